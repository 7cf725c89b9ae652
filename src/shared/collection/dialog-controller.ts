import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The detail dialog of a collection: which item it shows, opening it as a modal `<dialog>`, and
 * focus back on the control that opened it when it closes (WCAG 2.4.3).
 */
export class DialogController<T extends { id: string }> implements ReactiveController {
  /** What the dialog shows. */
  selected: T | null = null;
  readonly #host: ReactiveElement;
  #opener: HTMLElement | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Shows the item; `opener` (with `data-id`) gets focus back on close. */
  open(item: T, opener: HTMLElement): void {
    this.#opener = opener;
    this.selected = item;
    this.#host.requestUpdate();
    this.#host.updateComplete.then(() => {
      if (!this.#dialog?.open) this.#dialog?.showModal();
    });
  }

  readonly close = (): void => this.#dialog?.close();

  /** The dialog's `close` event. */
  readonly onClose = (): void => {
    // The close event is queued: another card may have reopened the dialog in the meantime.
    if (this.#dialog?.open) return;
    this.selected = null;
    this.#host.requestUpdate();
    // Back to the control that opened it, found again by id in case the list re-rendered.
    const id = this.#opener?.dataset.id;
    const target = (id && this.#host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)) || this.#opener;
    target?.focus();
    this.#opener = null;
  };

  hostDisconnected(): void {
    this.#opener = null;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }
}
