/**
 * A modal `<dialog>` that follows a state: `open()` shows it with `showModal()` after the host's
 * next update (the rest of the page inert, focus inside), `close()` closes it. Its template is
 * the host's; this holds only whether it is open. Used by the editors' confirmations (closing an
 * assignment, calling a session off).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ModalDialog implements ReactiveController {
  #open = false;

  constructor(
    private readonly host: Host,
    /** Finds the dialog in the host's root. */
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#open;
  }

  open(): void {
    this.#open = true;
    this.host.requestUpdate();
  }

  close(): void {
    this.#open = false;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>(this.selector);
    if (!dialog) return;
    if (this.#open && !dialog.open) dialog.showModal();
    else if (!this.#open && dialog.open) dialog.close();
  }
}
