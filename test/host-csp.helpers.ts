/**
 * A host page that enforces a Content Security Policy: what host-csp*.test.ts share. The policy
 * is put in force once per test file (a page keeps a policy for good), after msw's worker is
 * registered (the mock is the test's, not the host's) and before the library's modules load, so
 * that everything they do, from creating a Trusted Types policy on, happens under it.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { mockToken } from '../mock/backend.js';
import { makeAssignment, makePage } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { backend, resetMock, worker } from './msw.js';

/**
 * The README's policy for a host page ("Content Security Policy"), scripts and API here, with
 * `trustedTypes` the policies it allows. The mock backend runs in the test's page and sanitises
 * with DOMPurify's own policy, so `dompurify` is always allowed too; a host never runs it.
 */
export function strictPolicy(trustedTypes: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'none'",
    "img-src 'self' https:",
    `connect-src 'self' ${new URL(API).origin}`,
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes} dompurify`,
  ].join('; ');
}

/** What the page's policy refused (the browser's `securitypolicyviolation` reports). */
export const violations: { directive: string; sample: string; source: string }[] = [];
/** Every report since the policy came in force, across the file's tests. */
export const allViolations: typeof violations = [];
/** Errors nobody caught: a widget that broke under the policy. */
export const uncaught: string[] = [];

/** The Trusted Types policies made under the policy, with the stack that made each. */
export const policies: { name: string; by: string }[] = [];

let inForce = false;

/** Fresh mock and logs, with `policy` in force from the first call on. */
export async function underPolicy(policy: string): Promise<void> {
  await resetMock();
  violations.length = 0;
  uncaught.length = 0;
  if (inForce) return;
  inForce = true;
  document.addEventListener('securitypolicyviolation', (e) => {
    const report = { directive: e.effectiveDirective, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` };
    violations.push(report);
    allViolations.push(report);
  });
  window.addEventListener('error', (e) => uncaught.push(String(e.error ?? e.message)));
  // Which Trusted Types policies are made, and by what: the mock backend, which runs in this page
  // and never on a host's, sanitises with DOMPurify's own.
  const factory = (window as unknown as { trustedTypes: { createPolicy: (name: string, rules: object) => unknown } }).trustedTypes;
  const create = factory.createPolicy.bind(factory);
  factory.createPolicy = (name, rules) => {
    policies.push({ name, by: new Error().stack ?? '' });
    return create(name, rules);
  };
  window.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
  await import('../src/index.js');
}

export const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
export const PROFESSIONAL = mockToken({ sub: 'pro-csp' });

/** Rich text as the reference server stores it: formatting and a link, no attributes but `href`. */
export const RICH = '<p>Goed <b>vet</b> en <a href="https://example.nl/meer">meer</a></p><ul><li>Een</li><li>Twee</li></ul>';
/** Rich text as a careless or hostile CMS sends it: styles, handlers, a script, an image. */
export const HOSTILE = `${RICH}<script>window.__xss=1</script><img src=x onerror="window.__xss=1"><p style="color:red" onclick="window.__xss=1">Rood</p>`;

/** Three open assignments (the JSON-LD leaves out what is closed by the real date), the first described by `description`. */
export function serveBoard(description: string): void {
  const items = [0, 1, 2].map((i) =>
    makeAssignment({ id: `a-csp-${i}`, title: `Opdracht ${i}`, closingDate: '2099-01-01', description: i === 0 ? description : '<p>Tekst</p>' }),
  );
  worker.use(
    http.get(`${API}/assignments`, () => HttpResponse.json(makePage(items))),
    http.get(`${API}/assignments/:id`, ({ params }) => {
      const assignment = items.find((a) => a.id === params.id);
      return assignment && HttpResponse.json(assignment); // others: the mock backend's
    }),
  );
}

/** Opens the board's first card by keyboard; its description once shown. */
export async function openFirstCard(board: Element): Promise<{ dialog: HTMLDialogElement; description: Element }> {
  board.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-title"] button')!.focus();
  await sendKeys({ press: 'Enter' });
  const dialog = board.shadowRoot!.querySelector('dialog')!;
  const description = await waitFor(() => dialog.open && dialog.querySelector('.description b') && dialog.querySelector('.description'), { message: 'description' });
  return { dialog, description };
}

/** The tags {@link mountWidgets} puts on the page: every element, in the state it first shows. */
export const TAGS = [
  'assignment-list',
  'profile-directory',
  'session-list',
  'profile-card',
  'match-badge',
  'application-inbox',
  'assignment-editor',
  'session-editor',
  'profile-editor',
] as const;

/**
 * Every element on one page: the board (with its JSON-LD), the directory in English, the session
 * list, a profile card and a match badge, and a poster's inbox and editors; a professional's own
 * profile under a provider of its own.
 */
export async function mountWidgets(): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} .getToken=${async () => POSTER}>
      <assignment-list structured-data page-size="3"></assignment-list>
      <profile-directory page-size="3" lang="en"></profile-directory>
      <session-list page-size="3"></session-list>
      <profile-card profile-id="p-0001"></profile-card>
      <match-badge assignment-id="a-2026-0101" profile-id="p-0001"></match-badge>
      <application-inbox></application-inbox>
      <assignment-editor></assignment-editor>
      <session-editor></session-editor>
    </marketplace-provider>
    <marketplace-provider endpoint=${API} .getToken=${async () => PROFESSIONAL}>
      <profile-editor></profile-editor>
    </marketplace-provider>
  </div>`);
  for (const tag of TAGS) {
    const element = page.querySelector(tag)!;
    await waitFor(() => element.matches(':state(ready)'), { message: `${tag} ready`, timeout: 10_000 });
  }
  return page;
}

/** The editor of assignment a-2026-0101, its description {@link RICH}; its editable area. */
export async function editStoredDescription(): Promise<{ editor: HTMLElement; editable: HTMLElement }> {
  backend.assignments.find((a) => a.id === 'a-2026-0101')!.description = RICH;
  const editor = await mountEditor('a-2026-0101');
  return { editor, editable: editor.shadowRoot!.querySelector<HTMLElement>('#f-description')! };
}

/**
 * On a new line at the end (a list's item, or with `paragraph` a paragraph), types `before`, then adds a link to `url` by keyboard with nothing
 * selected, so the address becomes its text (the editor's `insertHTML`).
 */
export async function addLinkAtEnd(editor: HTMLElement, editable: HTMLElement, url: string, before = '', { paragraph = false } = {}): Promise<void> {
  editable.focus();
  await sendKeys({ press: 'ControlOrMeta+End' });
  await sendKeys({ press: 'Enter' });
  // In a list, a second Enter on the empty item ends the list: a paragraph follows.
  if (paragraph) await sendKeys({ press: 'Enter' });
  if (before) await sendKeys({ type: before });
  await sendKeys({ press: 'ControlOrMeta+K' });
  const field = await waitFor(() => editor.shadowRoot!.querySelector<HTMLInputElement>('.rt-link-form input'), { message: 'link field' });
  field.focus();
  await sendKeys({ type: url });
  await sendKeys({ press: 'Enter' });
  await waitFor(() => editable.textContent!.includes(url), { message: 'the address' });
}

export async function mountEditor(assignmentId: string): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} .getToken=${async () => POSTER}>
      <assignment-editor assignment-id=${assignmentId}></assignment-editor>
    </marketplace-provider>
  </div>`);
  const editor = page.querySelector<HTMLElement>('assignment-editor')!;
  await waitFor(() => editor.matches(':state(ready)'), { message: 'editor ready', timeout: 10_000 });
  return editor;
}

/** Pastes HTML into `target` as a clipboard would hand it over. */
export function paste(target: HTMLElement, markup: string): void {
  const data = new DataTransfer();
  data.setData('text/html', markup);
  data.setData('text/plain', markup.replace(/<[^>]*>/g, ''));
  target.focus();
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}
