/** Shared helpers for browser tests: a recording fetch, waiting for conditions, typing. */
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { FlexschilError } from '../src/api/errors.js';

export const API = 'https://api.flexschil.test/v1';

/** WCAG 1.4.12's text spacing, as the bookmarklets that test it set it: adopt it where it should apply. */
export const textSpacing = new CSSStyleSheet();
textSpacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');

/**
 * A failed `expect(node).to.equal(null)` must fail, not hang. The runner hands each failure's
 * `actual` and `expected` out of the page, and a DOM node cannot be copied out: the result never
 * left the browser, and the whole file ended after three minutes with "did not finish", the
 * assertion's words lost. So a node in a failure goes as a short description (`<input name="email">`).
 */
afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = error[key];
    if (value instanceof Node) error[key] = describeNode(value);
  }
});

function describeNode(node: Node): string {
  if (!(node instanceof Element)) return node.nodeName;
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('');
  return `<${node.localName}${attributes}>`;
}

/** A node of the browser's accessibility tree: what a screen reader is given. */
export interface AccessibilityNode {
  role: string;
  name: string;
}

/**
 * An element's text as a screen reader reads it in browse mode: without what is `aria-hidden`
 * (a short visible label whose whole name is in hidden text), whitespace collapsed.
 */
export function spoken(node: Element | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The page's accessibility tree as Chromium builds it, shadow trees included (not in document order). */
export function accessibilityTree(): Promise<AccessibilityNode[]> {
  return executeServerCommand('accessibility-tree');
}

export interface Recorded {
  url: URL;
  init: RequestInit;
}

/** A fetch that answers from a script of responses and records every call. */
export function scriptedFetch(...answers: (Response | Error | ((init: RequestInit) => Promise<Response>))[]) {
  const calls: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: new URL(String(input)), init });
    const answer = answers.length > 1 ? answers.shift()! : answers[0];
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer(init);
    return answer.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': init.status && init.status >= 400 ? 'application/problem+json' : 'application/json', ...(init.headers as Record<string, string>) },
  });
}

export async function waitFor<T>(check: () => T | null | undefined | false, { timeout = 4000, message = 'condition' } = {}): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<FlexschilError> {
  try {
    await promise;
  } catch (error) {
    return error as FlexschilError;
  }
  throw new Error('expected a rejection');
}

/**
 * A real press of the mouse's button, down and up, on the middle of `target` as it is before the
 * press, with the page at its top and tall enough to show `target`: scrolled, Chrome would keep
 * what is in view in place (scroll anchoring), and content growing above `target` would not move it.
 */
export async function pressWithMouse(target: HTMLElement) {
  window.scrollTo(0, 0);
  await setViewport({ width: 1280, height: Math.ceil(target.getBoundingClientRect().bottom + 100) });
  window.scrollTo(0, 0);
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
  await resetMouse();
}

/**
 * Presses `button` as a pointer does (pointerdown, then focus moves to it), runs `during` while the
 * press lasts, and releases it (pointerup). For forms taller than a viewport, where a real press
 * ({@link pressWithMouse}) would not show a move: Chrome's scroll anchoring hides it.
 */
export async function whilePressed(button: HTMLElement, during: () => Promise<void>) {
  button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  button.focus();
  await during();
  button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
}

/** Replaces what a focused-by-us text field holds, as a person would: select all, delete, type. */
export async function retypeInto(control: HTMLElement, value: string) {
  control.focus();
  await sendKeys({ press: 'ControlOrMeta+A' });
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
}

/** A date typed into `<input type="date">` in the order of the browser's locale (dd-mm or mm/dd). */
export async function typeDateInto(control: HTMLElement, iso: string) {
  const [year, month, day] = iso.split('-');
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(2027, 0, 15))
    .filter((p) => p.type !== 'literal')
    .map((p) => p.type);
  control.focus();
  for (const segment of order) await sendKeys({ type: segment === 'year' ? year : segment === 'month' ? month : day });
}

/** A time (`09:30`) typed into `<input type="time">` as the browser's locale shows it (with AM/PM where it does). */
export async function typeTimeInto(control: HTMLElement, time: string) {
  const [hour, minute] = time.split(':').map(Number);
  const twelve = new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hour12;
  control.focus();
  if (twelve) {
    await sendKeys({ type: String(hour % 12 || 12).padStart(2, '0') });
    await sendKeys({ type: String(minute).padStart(2, '0') });
    await sendKeys({ type: hour < 12 ? 'A' : 'P' });
  } else {
    await sendKeys({ type: `${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}` });
  }
}

/**
 * The tab's storage disabled, as privacy settings or a sandboxed frame do it (the getter throws);
 * returns what puts it back.
 */
export function blockSessionStorage(): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
  Object.defineProperty(window, 'sessionStorage', {
    configurable: true,
    get() {
      throw new DOMException('blocked', 'SecurityError');
    },
  });
  return () => Object.defineProperty(window, 'sessionStorage', own);
}
