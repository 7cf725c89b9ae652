/**
 * Answers that used to be empty or plain text (issue 14 item 7): requests Node's HTTP parser
 * refuses, and paths outside the API, are problem+json like every other refusal; a client
 * that goes away is logged as an aborted request, not as a server error.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { LogFields } from '../http/log.js';
import { type RunningServer, startServer } from '../server.js';
import { openTestDatabase } from './helpers.js';

let server: RunningServer;
let database: Awaited<ReturnType<typeof openTestDatabase>>;
const logged: { level: string; event: string; fields?: LogFields }[] = [];

before(async () => {
  database = await openTestDatabase();
  const at = (level: string) => (event: string, fields?: LogFields) => logged.push({ level, event, fields });
  server = await startServer({ port: 0, hostname: '127.0.0.1', database, logger: { info: at('info'), warn: at('warn'), error: at('error') } });
});
after(async () => {
  await server?.close();
  await database?.close();
});

/** Sends raw bytes and reads the answer until the server closes the connection. */
function raw(request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      data += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.end(request);
  });
}

function assertProblem(answer: { status: number; headers: Record<string, string>; body: string }, status: number): void {
  assert.equal(answer.status, status, answer.body);
  assert.match(answer.headers['content-type'] ?? '', /^application\/problem\+json/);
  const problem = JSON.parse(answer.body) as { status: number; title: string; detail: string; type: string };
  assert.equal(problem.status, status);
  assert.ok(problem.title && problem.detail && problem.type, answer.body);
  assert.ok(answer.headers['api-version'], 'API-Version');
}

describe("requests Node's HTTP parser refuses", () => {
  it('bare LF line ends: 400 problem+json', async () => {
    assertProblem(await raw('GET /api/v1/assignments HTTP/1.1\nHost: localhost\n\n'), 400);
  });

  it('Content-Length together with Transfer-Encoding: 400 problem+json', async () => {
    assertProblem(await raw('POST /api/v1/assignments HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'), 400);
  });

  it('oversized headers: 431 problem+json', async () => {
    assertProblem(await raw(`GET /api/v1/assignments HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`), 431);
  });

  it('a 60,000-character id: 431 problem+json', async () => {
    assertProblem(await raw(`GET /api/v1/assignments/${'a'.repeat(60_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`), 431);
  });

  it('none of them is logged as a server error', () => {
    assert.deepEqual(logged.filter((l) => l.level === 'error'), []);
    assert.ok(logged.some((l) => l.event === 'request.rejected' && l.fields?.status === 431));
  });
});

describe('paths outside the API', () => {
  it('are a 404 problem+json, not text/plain', async () => {
    for (const path of ['/', '/favicon.ico', '/api/v2/assignments']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/, path);
      const problem = (await response.json()) as { status: number; detail: string };
      assert.equal(problem.status, 404);
      assert.match(problem.detail, /\/api\/v1/);
    }
  });
});

describe('a client that goes away', () => {
  it('is logged as an aborted request, not as a server error', async () => {
    const before = logged.length;
    await new Promise<void>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write('POST /api/v1/assignments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title":');
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
    });
    // Half a request and a closed connection: whatever the server makes of it, no error line.
    for (let i = 0; i < 50 && !logged.slice(before).some((l) => l.event.startsWith('request')); i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(logged.slice(before).filter((l) => l.level === 'error'), []);
  });
});
