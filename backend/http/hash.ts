/** Hashes that run the same in the browser (the mock) and in Node (the reference server). */

import { hashText } from '../../src/api/hash.js';

/** A fast 53-bit hash of text (cyrb53), for ETags: not for secrets (the widgets' drafts use it too). */
export { hashText };

/** SHA-256 of a request's parts, as hex (Web Crypto: Node and secure browser contexts). */
export async function sha256(parts: (string | Uint8Array)[]): Promise<string> {
  const encoder = new TextEncoder();
  const chunks = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  if (globalThis.crypto?.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
    return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  // A page on plain http outside localhost has no crypto.subtle (the mock only): a weaker
  // fingerprint still tells one body from another.
  let text = '';
  for (const byte of joined) text += String.fromCharCode(byte);
  return `weak-${hashText(text)}-${hashText(text, 1)}`;
}

/** JSON with every object's members in sorted order: the same text whatever order they were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * A JSON request's fingerprint for its `Idempotency-Key`: the same body with its members in
 * another order is the same request. `isOf` tells whether a stored answer's fingerprint is this
 * request's, also one stored before fingerprints were canonical (the body as sent), so a retry
 * across an upgrade is still a replay. That second comparison can go once answers stored before
 * 2026-12-03 are past `RETENTION_DAYS`.
 */
export async function jsonRequestFingerprint(body: unknown): Promise<{ fingerprint: string; isOf: (stored: { fingerprint: string }) => boolean }> {
  const fingerprint = await sha256([canonicalJson(body)]);
  const asSent = await sha256([JSON.stringify(body)]);
  return { fingerprint, isOf: (stored) => stored.fingerprint === fingerprint || stored.fingerprint === asSent };
}
