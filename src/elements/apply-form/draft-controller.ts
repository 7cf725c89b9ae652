import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../../api/personal.js';
import type { Lang } from '../../i18n/lang.js';
import { clearDraft, type DraftValues, isBlank, loadDraft, saveDraft } from './draft.js';
import type { ApplicationValues } from './validate.js';

/**
 * The applicant's draft of one application (draft.ts keeps it in `sessionStorage`): what was
 * typed, the name of the CV chosen before, and the idempotency key of a send that may have
 * arrived. One concern only: the form tells it what to keep and asks what was kept.
 */
export class DraftController implements ReactiveController {
  /** Name of the CV chosen before a reload: the file itself is never kept, so it is asked for again. */
  previousCv: string | null = null;
  /** Whether a draft with something in it was restored (the form says so, with a way to discard it). */
  restored = false;

  #assignmentId: string | null = null;
  #idempotencyKey: string | null = null;
  /** The language the key was first sent in: made, kept and forgotten with the key. */
  #language: Lang | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the draft kept for an assignment: its values, or null when there is none. */
  open(assignmentId: string): Partial<DraftValues> | null {
    const draft = loadDraft(assignmentId);
    this.#assignmentId = assignmentId;
    this.#idempotencyKey = draft?.idempotencyKey ?? null;
    this.#language = this.#idempotencyKey ? (draft?.language ?? null) : null;
    this.previousCv = draft?.cvName ?? null;
    this.restored = !!draft && !isBlank(draft);
    this.host.requestUpdate();
    return draft?.values ?? null;
  }

  /** Keeps what the applicant typed (and which file was chosen). */
  keep(values: ApplicationValues, cvName: string | null): void {
    if (!this.#assignmentId) return;
    const { website: _honeypot, ...kept } = values;
    saveDraft(this.#assignmentId, { values: kept, idempotencyKey: this.#idempotencyKey, language: this.#language, cvName: cvName ?? this.previousCv });
  }

  /**
   * The key of this application and the language it is sent in, made on the first send (the
   * form's language then) and kept (in the draft too) until it was received: every retry, even
   * after a reload, even from the page in the other language, sends the same key with the same
   * body, so the backend stores it once: the same key with another `language` is another body
   * to it (a 422), and a motivation stays in the language it was written in.
   */
  sendAs(lang: Lang): { idempotencyKey: string; language: Lang; retried: boolean } {
    const retried = this.#idempotencyKey !== null;
    this.#idempotencyKey ??= newIdempotencyKey();
    // Null with a new key, and with a key kept by a draft from before the language was kept.
    this.#language ??= lang;
    return { idempotencyKey: this.#idempotencyKey, language: this.#language, retried };
  }

  /** A definite refusal stored nothing: the next send is a new request with a new key (and the language of then). */
  forgetKey(values: ApplicationValues, cvName: string | null): void {
    this.#idempotencyKey = null;
    this.#language = null;
    this.keep(values, cvName);
  }

  /** A new file was chosen: the earlier one need not be asked for any more. */
  fileChosen(): void {
    this.previousCv = null;
  }

  /**
   * Forgets the draft: after it was received, or when the applicant discards it. Returns what
   * puts back what it knew (the key of a send that may have arrived, the CV to choose again):
   * the form's "Zet terug", which then keeps its values again.
   */
  clear(): () => void {
    const assignmentId = this.#assignmentId;
    const { previousCv, restored } = this;
    const [idempotencyKey, language] = [this.#idempotencyKey, this.#language];
    if (assignmentId) clearDraft(assignmentId);
    this.#idempotencyKey = null;
    this.#language = null;
    this.previousCv = null;
    this.restored = false;
    this.host.requestUpdate();
    return () => {
      if (this.#assignmentId !== assignmentId) return;
      Object.assign(this, { previousCv, restored });
      [this.#idempotencyKey, this.#language] = [idempotencyKey, language];
      this.host.requestUpdate();
    };
  }
}
