import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FlexschilError, isAbortError, toFlexschilError } from '../../api/errors.js';
import type { RegistrationReceipt } from '../../api/schemas.js';
import type { CancelReceipt } from '../../api/sessions.js';

export type CancelPhase = 'none' | 'checking' | 'offered' | 'cancelling' | 'done' | 'failed';

/**
 * The page's query parameters of the confirmation mail's cancel link
 * (`?registration=…&token=…`, since 0.1 also `&session=…` and, from a waitlist mail, `&list=waitlist`).
 * A link without the last two (an older mail) still works: the offer then names no session.
 */
const REGISTRATION = 'registration';
const TOKEN = 'token';
const SESSION = 'session';
const LIST = 'list';
const ID = /^[\w-]{1,200}$/;

/**
 * Cancelling a sign-up by the link in its confirmation mail. Opening the link only *offers* it:
 * mail scanners and link previews fetch links, so nothing is cancelled until the person
 * confirms with a click. Before offering, it asks where the registration stands
 * (`POST /registrations/{id}/status`): a link used before says so at once, without asking
 * again; when that cannot be known (a backend without it, a failure), it offers as before.
 * Once done, or declined, the secret leaves the address bar (a reload or a shared URL does not
 * offer it again).
 */
export class CancelController implements ReactiveController {
  phase: CancelPhase = 'none';
  receipt: CancelReceipt | null = null;
  error: FlexschilError | null = null;
  /** The session the link is for, when the link names it. */
  sessionId: string | null = null;
  /** The link came from a waitlist mail: the offer is about a place on the waitlist, not a seat. */
  waitlisted = false;
  #link: { registration: string; token: string } | null = null;
  /** The status check under way: aborted when the list leaves the page. */
  #checking: AbortController | null = null;
  /** On the page: a detached list is still updated (Lit renders it), but must not ask again. */
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly cancel: (registration: string, token: string) => Promise<CancelReceipt>,
    private readonly status: (registration: string, token: string, signal: AbortSignal) => Promise<RegistrationReceipt>,
    /** The check is over and the panel says something: the offer, or that it was done before. */
    private readonly checked: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    // Put back on the page while it was checking: that check was aborted, the next update asks again.
    if (this.phase === 'checking') this.host.requestUpdate();
    if (this.phase !== 'none') return;
    const params = new URLSearchParams(location.search);
    const registration = params.get(REGISTRATION) ?? '';
    const token = params.get(TOKEN) ?? '';
    if (!ID.test(registration) || !token || token.length > 200) return;
    this.#link = { registration, token };
    const session = params.get(SESSION) ?? '';
    this.sessionId = ID.test(session) ? session : null;
    this.waitlisted = params.get(LIST) === 'waitlist';
    this.setPhase('checking');
  }

  /**
   * Asks at the first update (or before a first render that waits for its strings), not on
   * connecting: the backend of `<marketplace-provider>` is known by then.
   */
  hostUpdate(): void {
    const link = this.#link;
    if (this.phase === 'checking' && link && !this.#checking && this.#connected) void this.check(link);
  }

  /** Off the page, nothing is asked and nothing of a detached list changes. */
  hostDisconnected(): void {
    this.#connected = false;
    this.#checking?.abort();
    this.#checking = null;
  }

  startLoad(): void {
    this.hostUpdate();
  }

  private async check(link: { registration: string; token: string }): Promise<void> {
    const checking = new AbortController();
    this.#checking = checking;
    try {
      const found = await this.status(link.registration, link.token, checking.signal);
      if (checking.signal.aborted) return;
      // What the backend holds beats what the link says (an older link names no session or list).
      this.sessionId = found.sessionId;
      if (found.status === 'cancelled') {
        this.receipt = { ...found, alreadyCancelled: true };
        this.forgetLink();
        this.setPhase('done');
        return this.checked();
      }
      this.waitlisted = found.status === 'waitlisted';
    } catch {
      // A backend without the extension (404, 405), a wrong token (404 too) or a failure: offer,
      // and cancelling says what is wrong. Aborted, the list left the page: nothing to say.
      if (checking.signal.aborted) return;
    }
    this.setPhase('offered');
    this.checked();
  }

  /** The person confirmed: cancel now. A second click while it runs does nothing. */
  confirm = async (): Promise<void> => {
    const link = this.#link;
    if (!link || this.phase === 'cancelling' || this.phase === 'done') return;
    this.setPhase('cancelling');
    try {
      this.receipt = await this.cancel(link.registration, link.token);
      this.error = null;
      this.forgetLink();
      this.setPhase('done');
    } catch (error) {
      if (isAbortError(error)) return this.setPhase('offered');
      this.error = toFlexschilError(error);
      this.setPhase('failed');
    }
  };

  /** The person keeps their place: the offer goes, and so does the secret in the address. */
  decline = (): void => {
    this.forgetLink();
    this.setPhase('none');
  };

  private forgetLink(): void {
    this.#link = null;
    const url = new URL(location.href);
    url.searchParams.delete(REGISTRATION);
    url.searchParams.delete(TOKEN);
    url.searchParams.delete(SESSION);
    url.searchParams.delete(LIST);
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  }

  private setPhase(phase: CancelPhase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }
}
