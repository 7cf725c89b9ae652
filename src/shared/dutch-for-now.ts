/**
 * When an element's English strings are late or could not be loaded (src/i18n/messages.ts), it
 * speaks Dutch for now: all of it, its labels, dates and numbers and its requests' language,
 * and it says so with `lang="nl"`, so that a screen reader reads it in a Dutch voice rather
 * than Dutch words in an English one. It asks for the strings again, a few times and less and
 * less often (a network that comes back), and speaks its language again once they are in.
 * Loaded only when this happens.
 */
import type { Lang } from '../i18n/lang.js';
import { loadStrings, stringsComplete } from '../i18n/messages.js';

/** The tries after the first, and the wait before the first of them; each wait doubles. */
const TRIES = 5;
const FIRST_WAIT_MS = 2000;

const speakingDutch = new WeakSet<Element>();

export function speakDutchForNow(element: Element, lang: Lang, strings: Promise<void>): void {
  if (speakingDutch.has(element)) return;
  speakingDutch.add(element);
  const before = element.getAttribute('lang');
  element.setAttribute('lang', 'nl');
  const speakAgain = () => {
    speakingDutch.delete(element);
    // Unless the host page set another language meanwhile.
    if (element.getAttribute('lang') !== 'nl') return;
    if (before === null) element.removeAttribute('lang');
    else element.setAttribute('lang', before);
  };
  const tryAgain = async (pending: Promise<void>, tries: number, wait: number): Promise<void> => {
    await pending;
    if (stringsComplete(lang)) return speakAgain();
    if (tries === 0) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
    return tryAgain(loadStrings(lang, { retry: true }) ?? Promise.resolve(), tries - 1, wait * 2);
  };
  void tryAgain(strings, TRIES, FIRST_WAIT_MS);
}
