/**
 * The version ETags this instance has given with a public 200 (backend/http/respond.ts
 * `versionEtag`), at the current data version. A revalidation is answered 304 before the route
 * runs only for one of these: the ETag is made of the data version (in every public ETag), the
 * language, the day and a hash of the URL, which anyone can compute for any URL, so without this
 * list an `If-None-Match` guessed for an internal assignment or an id that does not exist got a
 * 304 where the route answers 401 or 404 (and `*` matched every URL). An ETag this instance did
 * not give (another instance did, or it was pushed out) goes to the route, whose real 200 is
 * then answered 304 (and listed here); its 401 or 404 stays what it is.
 *
 * Emptied by the first answer of a new data version; bounded by count, the oldest out first.
 */
export interface IssuedEtags {
  /** Notes that a 200 went out with `etag` at `version`. */
  add(version: string, etag: string): void;
  /** Whether a 200 went out with `etag` at `version`, the current version. */
  has(version: string, etag: string): boolean;
}

/** ETags kept at most (about 100 bytes each). */
export const ISSUED_ETAGS_MAX = 20_000;

export function issuedEtags(max = ISSUED_ETAGS_MAX): IssuedEtags {
  // A Set keeps insertion order: its first entry is the oldest.
  const issued = new Set<string>();
  let at: string | null = null;
  return {
    add(version, etag) {
      if (version !== at) {
        issued.clear();
        at = version;
      }
      issued.delete(etag);
      issued.add(etag);
      if (issued.size > max) {
        for (const oldest of issued) {
          issued.delete(oldest);
          break;
        }
      }
    },
    has(version, etag) {
      return version === at && issued.has(etag);
    },
  };
}
