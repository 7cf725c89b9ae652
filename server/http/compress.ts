/**
 * Compression of answers with node:zlib, plugged into the backend (`compress` of createBackend):
 * a page of 10 assignments with facets is ~20 kB of JSON and ~3 kB compressed. Fast settings,
 * since every answer is compressed as it is made: brotli quality 4 (quality 11, the default, is
 * for files compressed once) and gzip level 4.
 */
import zlib from 'node:zlib';
import type { ContentCoding } from '../../backend/context.js';

const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT, BROTLI_PARAM_SIZE_HINT } = zlib.constants;

export function compressText(text: string, encoding: ContentCoding): Uint8Array<ArrayBuffer> {
  const input = Buffer.from(text);
  const output =
    encoding === 'br'
      ? zlib.brotliCompressSync(input, { params: { [BROTLI_PARAM_QUALITY]: 4, [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT, [BROTLI_PARAM_SIZE_HINT]: input.length } })
      : zlib.gzipSync(input, { level: 4 });
  // zlib's buffers are backed by a plain ArrayBuffer (never a SharedArrayBuffer).
  return output as Uint8Array<ArrayBuffer>;
}
