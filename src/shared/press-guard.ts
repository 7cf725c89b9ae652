/**
 * A form checks a field when it is left, and the field's message then appears above the buttons
 * below it. Left by pressing a button with a mouse or a finger, that message moved the button
 * away before the press was released: the release landed beside it, and the click was lost (a
 * visitor pressed "Verstuur reactie" and nothing happened). The same for a checkbox, a radio
 * button or a label below the field (a poster ticked "Inhuur" and it stayed unticked). While a
 * press anywhere in the form lasts, the check waits until the press is released and its click
 * has run; sending checks every field anyway. Keys are not affected: they press nothing before
 * focus moves.
 */
export class PressGuard {
  #pressed = false;
  readonly #waiting: (() => void)[] = [];

  /** For the form's `pointerdown`. */
  readonly down = (): void => {
    if (this.#pressed) return;
    this.#pressed = true;
    const release = () => {
      removeEventListener('pointerup', release, true);
      removeEventListener('pointercancel', release, true);
      // After the click that the release dispatches.
      setTimeout(() => {
        this.#pressed = false;
        for (const check of this.#waiting.splice(0)) check();
      });
    };
    addEventListener('pointerup', release, true);
    addEventListener('pointercancel', release, true);
  };

  /** Runs `check` now, or once a press in the form has been released. */
  run(check: () => void): void {
    if (this.#pressed) this.#waiting.push(check);
    else check();
  }
}
