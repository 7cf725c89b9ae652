/**
 * A form checks a field when it is left, and its message appears beside it. By then focus is on
 * the next field, so a screen reader says that field and never the message, until sending shows
 * the summary: a status message that must be said without moving focus (WCAG 2.2 SC 4.1.3). Each
 * form of ours says it in its polite status region with these two helpers, reading what it
 * rendered, so the form's own words are said (they name the field: "Vul je e-mailadres in").
 */
import type { ReactiveControllerHost } from 'lit';

/** The text of the message a control is described by (its `…-error` element), or ''. */
export function errorMessageOf(control: Element): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const owner = control.closest('fieldset[aria-describedby]');
  const ids = `${control.getAttribute('aria-describedby') ?? ''} ${owner?.getAttribute('aria-describedby') ?? ''}`;
  const id = ids.split(' ').find((i) => i.endsWith('-error'));
  const message = id ? root.getElementById(id) : null;
  return (message?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * After the check that leaving `control` ran has been rendered: what the status region should
 * hold now, or null to leave it. The message to say when that check brought a message the
 * control did not have before (`before`, read when it was left); nothing when focus went to the
 * error summary or a failed send's notice: they are said already (`role="alert"`). `said` reads
 * what the status region holds by then: the same words again (the same mistake made twice) get a
 * no-break space, or the region would not change and stay silent. A mistake put right (while
 * typing or when left) is taken back (''), when the region still holds what was said of this
 * control: browse mode would find it there.
 */
export async function newErrorMessage(host: ReactiveControllerHost, control: Element, before: string, said: () => string): Promise<string | null> {
  await host.updateComplete;
  const message = errorMessageOf(control);
  const last = lastSaid.get(host);
  if (!message) return last?.control === control && said() === last.text ? '' : null;
  if (message === before) return null;
  const focused = (control.getRootNode() as Document | ShadowRoot).activeElement;
  if (focused?.closest('.error-summary, .failure')) return null;
  const text = message === said() ? `${message}\u00a0` : message;
  lastSaid.set(host, { control, text });
  return text;
}

/** What each form's status region was last given to say of a control, to take back once put right. */
const lastSaid = new WeakMap<ReactiveControllerHost, { control: Element; text: string }>();
