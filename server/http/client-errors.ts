/**
 * Requests Node's HTTP parser refuses before any route sees them (bare LF line ends,
 * Content-Length with Transfer-Encoding, headers or a URL over the 16 kB limit): answered as
 * problem+json like every other refusal, instead of Node's empty 400/431. A client that went
 * away is logged as such (info), never as a fault of ours.
 * https://nodejs.org/api/http.html#event-clienterror
 */
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { problemText, PROBLEM_CONTENT_TYPE } from '../../backend/http/problem.js';
import { API_VERSION } from '../../backend/openapi.js';
import type { Logger } from './log.js';

/** Codes of a client that left (or never finished) rather than one that sent something wrong. */
const GONE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'HPE_INVALID_EOF_STATE']);

export function answerClientError(error: Error & { code?: string }, socket: Socket, log: Logger): void {
  const code = error.code ?? 'unknown';
  if (GONE.has(code) || !socket.writable) {
    log.info('request.aborted', { code });
    socket.destroy();
    return;
  }
  const [status, title, detail] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Kopregels te groot', 'De kopregels (of het adres) van het verzoek zijn te groot: samen hooguit 16 kB.']
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Verzoek te traag', 'Het verzoek kwam niet op tijd binnen.']
        : [400, 'Ongeldig HTTP-verzoek', 'Het verzoek is geen geldig HTTP/1.1 (zoals regels die met LF in plaats van CRLF eindigen, of Content-Length samen met Transfer-Encoding).'];
  log.info('request.rejected', { status, code });
  const body = problemText(status as number, status === 400 ? 'bad-request' : status === 431 ? 'headers-too-large' : 'request-timeout', title as string, detail as string);
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status as number] ?? ''}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    `API-Version: ${API_VERSION}`,
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}
