/**
 * Drafts of a form in the tab's `sessionStorage`, so a reload, a dropped connection or a tab
 * restored on a train loses nothing. `sessionStorage` rather than `localStorage`: a draft holds
 * personal data and should not outlive the tab. Storage may be blocked (privacy settings,
 * sandboxed frames) or full: every function then does nothing, and the form keeps working.
 *
 * What comes back is `unknown`: the form parses it like any input (a draft written by another
 * version, or edited by hand, must not put anything unexpected into it).
 */

/** The tab's session storage, or null where it is blocked. */
export function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // SecurityError when storage is disabled for this origin
  }
}

export function readDraft(key: string, storage: Storage | null = sessionStore()): unknown {
  try {
    return JSON.parse(storage?.getItem(key) || 'null'); // no item, or an empty one: none
  } catch {
    return null; // unreadable, or not JSON: as if there were none
  }
}

/** False when storage is unavailable or full (QuotaExceededError). */
export function writeDraft(key: string, value: unknown, storage: Storage | null = sessionStore()): boolean {
  try {
    storage?.setItem(key, JSON.stringify(value));
    return !!storage;
  } catch {
    return false;
  }
}

export function removeDraft(key: string, storage: Storage | null = sessionStore()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // storage went away: nothing left to remove
  }
}

