import type { ReactiveController, ReactiveElement } from 'lit';

export interface DialogOptions {
  /**
   * A name for the dialog's history entry (the element's `sync-url` prefix), or null for none.
   * With one, opening adds an entry, so the phone's Back button closes the dialog instead of
   * leaving the search behind it.
   */
  historyKey: () => string | null;
  /** With a history key, the open item's id goes in the URL too (`<key>-id`): see `open`. */
  idInUrl?: boolean;
}

/**
 * The detail dialog of a collection: which item it shows, opening it as a modal `<dialog>`, its
 * history entry, and focus back on the control that opened it when it closes (WCAG 2.4.3).
 */
export class DialogController<T extends { id: string }> implements ReactiveController {
  /** What the dialog shows. */
  selected: T | null = null;
  readonly #host: ReactiveElement;
  readonly #options: DialogOptions;
  #opener: HTMLElement | null = null;
  /** The `history.state` key of the entry this dialog added, while it is open. */
  #entry: string | null = null;
  /** The address parameter that names the open item (`<key>-id`), while it is open with `idInUrl`. */
  #param: string | null = null;

  constructor(host: ReactiveElement, options: DialogOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    // Added again with its dialog still open (a script or a CMS moved the element): the entry
    // gets back its mark and the item's id, so the address names it and Back closes it again.
    const entry = this.#entry;
    if (entry && this.selected && history.state?.[entry] === undefined) {
      const url = new URL(location.href);
      if (this.#param) url.searchParams.set(this.#param, this.selected.id);
      history.replaceState({ ...history.state, [entry]: true }, '', url);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    this.#opener = null;
    // Taken off the page with the dialog open (by a script): its entry becomes an ordinary one,
    // without the item's id and without the mark (not by going Back: a host's router would take
    // that for a navigation), or a reload or a board added again would open it, or would take
    // the mark for its own open dialog. This one keeps them, for when it is added again.
    if (this.#entry && history.state?.[this.#entry] !== undefined) {
      const url = new URL(location.href);
      if (this.#param) url.searchParams.delete(this.#param);
      const { [this.#entry]: _mark, ...state } = history.state;
      history.replaceState(state, '', url);
    }
  }

  /**
   * Shows the item; `opener` (with `data-id`) gets focus back on close, or the results heading
   * when there is none or it has gone. With `idInUrl`, the item's id goes in the URL too (`<key>-id`), so that a
   * copied link names it, and opening from such a link (`fromLink`) splits its history entry in
   * two: the search without the id, then the dialog's own. Back or closing then shows the search
   * behind it, as after a click.
   */
  open(item: T, opener: HTMLElement | null, fromLink = false): void {
    // Closed a moment ago (Back, then Forward at once): its `close` event, still to come, would
    // undo this opening; open once it has come.
    if (this.#closing) {
      this.#dialog?.addEventListener('close', () => this.open(item, opener, fromLink), { once: true });
      return;
    }
    if (fromLink && this.selected) return;
    this.#opener = opener;
    this.selected = item;
    const key = this.#options.historyKey();
    const mark = `flexschil-dialog:${key}`;
    if (key && !this.#entry) {
      const url = new URL(location.href);
      const name = `${key}-id`;
      // Forward to an entry that opening made has its mark already.
      if (fromLink && history.state?.[mark] === undefined) {
        url.searchParams.delete(name);
        history.replaceState(history.state, '', url);
      }
      if (history.state?.[mark] === undefined) {
        if (this.#options.idInUrl) url.searchParams.set(name, item.id);
        history.pushState({ ...history.state, [mark]: true }, '', url);
      }
      this.#entry = mark;
      this.#param = this.#options.idInUrl ? name : null;
    }
    this.#host.requestUpdate();
    this.#host.updateComplete.then(() => {
      // (The element may have left the page meanwhile: then there is nothing to show.)
      const dialog = this.#dialog;
      if (dialog?.isConnected && !dialog.open) dialog.showModal();
    });
  }

  /** A close asked for whose `close` event has not come yet (it is queued). */
  #closing = false;

  readonly close = (): void => {
    if (!this.#dialog?.open) return;
    this.#closing = true;
    this.#dialog.close();
  };

  /** The dialog's `close` event. */
  readonly onClose = (): void => {
    this.#closing = false;
    // The close event is queued: another card may have reopened the dialog in the meantime.
    if (this.#dialog?.open) return;
    // Closed by the visitor (Escape, the close button): take its history entry away again, so
    // Back then goes where it went before the dialog opened.
    if (this.#entry && history.state?.[this.#entry] !== undefined) history.back();
    this.#entry = null;
    this.#param = null;
    this.selected = null;
    this.#host.requestUpdate();
    // Back to the control that opened it, found again by id in case the list re-rendered; else
    // (opened from a link, or its card left with a new page that came while the dialog was open)
    // the results heading, never the page's body.
    const id = this.#opener?.dataset.id;
    const root = this.#host.renderRoot;
    const again = id ? root.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`) : null;
    const target = again ?? (this.#opener?.isConnected ? this.#opener : root.querySelector<HTMLElement>('[part="count"]'));
    target?.focus();
    this.#opener = null;
  };

  /** Back (or Forward) left the dialog's entry: close it; its entry is no longer the current one. */
  readonly #onPopState = (): void => {
    if (!this.#entry || history.state?.[this.#entry] !== undefined) return;
    this.#entry = null;
    this.#param = null;
    this.close();
  };

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }
}
