import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../../api/personal.js';
import { readOwnDraft, writeOwnDraft } from '../../shared/draft-owner.js';
import { removeDraft } from '../../shared/session-draft.js';
import { parseValues, type ProfileValues } from './values.js';

/** What is kept of an unsaved profile. */
export interface ProfileDraftState {
  values: ProfileValues;
  /** The version the edits started from (and its ETag): a later save then meets a 412 if it changed meanwhile. */
  base: ProfileValues | null;
  etag: string | null;
}

const PREFIX = 'flexschil:profile-editor:v1:';

/** Storage key of the draft of a profile, or of the new one (`new`). */
export function profileDraftKey(profileId: string | null): string {
  return PREFIX + (profileId ?? 'new');
}

/**
 * The professional's unsaved profile in `sessionStorage` (src/shared/session-draft.ts): what was
 * typed, the version it started from, and the idempotency key of a create that may have arrived.
 * One concern only: the form tells it what to keep and asks what was kept.
 */
export class DraftController implements ReactiveController {
  /** Whether a draft with unsaved changes was restored (the form says so, with a way to discard it). */
  restored = false;

  #key: string | null = null;
  #owner: string | null = null;
  #idempotencyKey: string | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Opens the draft of a profile (null: the new one) that `owner` typed
   * (shared/draft-owner.ts), or null when there is none (or none readable, or someone else's).
   */
  open(profileId: string | null, owner: string): ProfileDraftState | null {
    this.#key = profileDraftKey(profileId);
    this.#owner = owner;
    const stored = owner ? readOwnDraft(this.#key, owner) : null;
    const values = parseValues(stored?.values);
    this.#idempotencyKey = typeof stored?.idempotencyKey === 'string' && stored.idempotencyKey ? stored.idempotencyKey : null;
    this.restored = false;
    if (!values) return null;
    return { values, base: parseValues(stored?.base), etag: typeof stored?.etag === 'string' ? stored.etag : null };
  }

  /**
   * The draft of a new profile, taken over (and removed) when the visitor turns out to have a
   * profile already: a create whose answer was lost did arrive, and `/me` now names it.
   */
  takeNew(): ProfileValues | null {
    const key = profileDraftKey(null);
    if (key === this.#key || !this.#owner) return null;
    const values = parseValues(readOwnDraft(key, this.#owner)?.values);
    removeDraft(key);
    return values;
  }

  /** Keeps what was typed, with the version it started from. */
  keep(state: ProfileDraftState): void {
    if (!this.#key || !this.#owner) return;
    const { values, base, etag } = state;
    writeOwnDraft(this.#key, this.#owner, { values, base, etag, idempotencyKey: this.#idempotencyKey });
  }

  /** The form showed the restored draft. */
  markRestored(restored: boolean): void {
    this.restored = restored;
    this.host.requestUpdate();
  }

  /**
   * The key of this create, made on the first send and kept (in the draft too) until the
   * profile exists: every retry, even after a reload, sends the same key, so it is stored once.
   */
  idempotencyKey(): string {
    this.#idempotencyKey ??= newIdempotencyKey();
    return this.#idempotencyKey;
  }

  /** A definite refusal stored nothing: the next send is a new request with a new key. */
  forgetKey(): void {
    this.#idempotencyKey = null;
  }

  /** The draft continues as the draft of a profile that exists now (after a create, or a 409). */
  moveTo(profileId: string, state: ProfileDraftState): void {
    if (this.#key) removeDraft(this.#key);
    this.#key = profileDraftKey(profileId);
    this.#idempotencyKey = null;
    this.keep(state);
  }

  /**
   * Forgets the draft: after a save, or when it is discarded. Returns what puts back what it knew
   * (the key of a create that may have arrived): the form's "Zet terug", which then keeps its
   * values again.
   */
  clear(): () => void {
    const [key, idempotencyKey, restored] = [this.#key, this.#idempotencyKey, this.restored];
    if (this.#key) removeDraft(this.#key);
    this.#idempotencyKey = null;
    this.restored = false;
    this.host.requestUpdate();
    return () => {
      if (this.#key !== key) return;
      this.#idempotencyKey = idempotencyKey;
      this.restored = restored;
      this.host.requestUpdate();
    };
  }
}
