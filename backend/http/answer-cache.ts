/**
 * Public answers kept in memory, ready to send: the JSON already made and compressed.
 *
 * Only answers whose ETag comes from the data version (backend/http/respond.ts `versionEtag`):
 * routes that say their public answer depends on nothing but the data, the language, the day
 * and the URL (`fromData`), asked without credentials. That ETag names all of those, so two
 * requests with the same ETag get the same body, and the body is kept under it (and the content
 * coding). A write raises the data version: every kept answer is then of an old version, and the
 * cache empties itself on the first request that sees the new one. It is what a 304 already
 * promises, for clients that do not hold the answer yet: the board's first page, asked by every
 * visitor of a page, is made once per change of the data instead of once per visitor.
 *
 * Bounded by bytes; the least recently used answer leaves first. Clients that ask the same at
 * once, before it is kept, wait for one of them to make it ({@link AnswerCache.once}).
 */
import type { ContentCoding } from '../context.js';

export interface KeptAnswer {
  body: Uint8Array<ArrayBuffer> | string;
  headers: [string, string][];
}

export interface AnswerCache {
  /** The answer kept for this ETag and coding at this data version, marked as just used. */
  get(version: string, etag: string, coding: ContentCoding | null): KeptAnswer | undefined;
  set(version: string, etag: string, coding: ContentCoding | null, answer: KeptAnswer): void;
  /**
   * Runs `make` unless the same answer is being made already; then waits for that one and
   * returns null, so the caller takes what it kept (or makes its own when nothing was kept: the
   * other client went away, or its answer was not one to keep). After a write, the clients that
   * ask the same at once cost one query between them, not one each.
   */
  once<T>(etag: string, coding: ContentCoding | null, make: () => Promise<T>): Promise<T | null>;
  /** Bytes kept now (bodies; headers are small). */
  readonly bytes: number;
}

/** Answers larger than this share of the whole cache are not kept: one must not push out many. */
const LARGEST_SHARE = 1 / 8;

export function answerCache(maxBytes: number): AnswerCache {
  const kept = new Map<string, KeptAnswer & { size: number }>();
  const making = new Map<string, Promise<unknown>>();
  let keptVersion: string | null = null;
  let bytes = 0;

  /** Empties the cache when the data version moved on: nothing of an older version is sent. */
  const at = (version: string) => {
    if (version === keptVersion) return;
    kept.clear();
    bytes = 0;
    keptVersion = version;
  };
  const key = (etag: string, coding: ContentCoding | null) => `${coding ?? 'identity'} ${etag}`;

  return {
    get(version, etag, coding) {
      at(version);
      const k = key(etag, coding);
      const answer = kept.get(k);
      if (!answer) return undefined;
      // Map keeps insertion order: moving it to the end makes the first entry the least recently used.
      kept.delete(k);
      kept.set(k, answer);
      return answer;
    },
    set(version, etag, coding, answer) {
      at(version);
      const size = typeof answer.body === 'string' ? answer.body.length * 2 : answer.body.byteLength;
      if (size > maxBytes * LARGEST_SHARE) return;
      const k = key(etag, coding);
      const before = kept.get(k);
      if (before) {
        bytes -= before.size;
        kept.delete(k);
      }
      kept.set(k, { ...answer, size });
      bytes += size;
      for (const [oldest, entry] of kept) {
        if (bytes <= maxBytes) break;
        kept.delete(oldest);
        bytes -= entry.size;
      }
    },
    async once(etag, coding, make) {
      const k = key(etag, coding);
      const other = making.get(k);
      if (other) {
        await other.catch(() => {});
        return null;
      }
      const made = make();
      making.set(k, made);
      try {
        return await made;
      } finally {
        making.delete(k);
      }
    },
    get bytes() {
      return bytes;
    },
  };
}
