// What the four forms look like, as numbers: opens <apply-form>, <session-list>'s sign-up,
// <assignment-editor> and <profile-editor> in Chromium in their main states (empty, errors shown,
// a restored draft or a failed send, submitted), at 320 and 1280 px wide, and writes
// getComputedStyle of every element in their shadow roots (each property that differs from the
// same tag's default, plus its box) to tmp/form-styles.snapshot.txt (git ignores it). Run before and after a
// style change and diff:
//   npx wtr --files bench/form-styles.snapshot.ts && cp tmp/form-styles.snapshot.txt /tmp/before.txt
// Custom properties are left out: renaming a private `--_*` variable changes nothing a person sees.
import { aTimeout, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport, writeFile } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/elements/apply-form/define.js';
import '../src/elements/assignment-editor/define.js';
import '../src/elements/marketplace-provider/define.js';
import '../src/elements/profile-editor/define.js';
import '../src/elements/session-list/define.js';
import { sharedClient } from '../src/api/clients.js';
import type { AssignmentInput } from '../src/api/schemas.js';
import { mockToken } from '../mock/backend.js';
import { makeAssignment } from '../test/fixtures.js';
import { API, waitFor } from '../test/helpers.js';
import { backend, resetMock, worker } from '../test/msw.js';

const WIDTHS = [320, 1280];
const lines: string[] = [];
const defaults = new Map<string, Map<string, string>>();

/** The computed style of a bare element of this tag, in the light DOM: what "no styling" means. */
function defaultsOf(tag: string): Map<string, string> {
  if (!defaults.has(tag)) {
    const probe = document.createElement(tag);
    document.body.append(probe);
    const style = getComputedStyle(probe);
    defaults.set(tag, new Map([...style].filter((p) => !p.startsWith('--')).map((p) => [p, style.getPropertyValue(p)])));
    probe.remove();
  }
  return defaults.get(tag)!;
}

function pathOf(el: Element, root: ShadowRoot): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const siblings = node.parentElement ? [...node.parentElement.children] : [...root.children];
    const cls = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    steps.unshift(`${node.localName}${cls}:${siblings.indexOf(node)}`);
  }
  return steps.join('>');
}

function dump(label: string, host: Element) {
  const root = host.shadowRoot!;
  const hostStyle = getComputedStyle(host);
  lines.push(`## ${label} host display=${hostStyle.display} width=${Math.round(host.getBoundingClientRect().width)}`);
  for (const el of root.querySelectorAll('*')) {
    if (['style', 'script', 'template'].includes(el.localName)) continue;
    const style = getComputedStyle(el);
    const base = defaultsOf(el.localName);
    const box = el.getBoundingClientRect();
    const hostBox = host.getBoundingClientRect();
    // The receipt's values (a new id, the moment) are other text each run: their widths are left out.
    const timed = !!el.closest('.receipt dd');
    const props = [...style]
      .filter((p) => !p.startsWith('--'))
      .filter((p) => !(timed && /^(width|inline-size|transform-origin|perspective-origin)$/.test(p)))
      .filter((p) => style.getPropertyValue(p) !== base.get(p))
      .map((p) => `${p}: ${style.getPropertyValue(p)}`);
    // Where nothing is drawn (a closed disclosure's content), a position means nothing.
    const where = box.width || box.height ? `${Math.round(box.x - hostBox.x)},${Math.round(box.y - hostBox.y)},${timed ? '~' : Math.round(box.width)}x${Math.round(box.height)}` : 'none';
    lines.push(`${label} ${pathOf(el, root)} box=${where}`);
    for (const p of props.sort()) lines.push(`  ${p}`);
  }
}

async function settle(el: Element & { updateComplete?: Promise<unknown> }) {
  for (let i = 0; i < 3; i++) {
    await aTimeout(0);
    await el.updateComplete;
  }
  // Past any transition (none should be running; this keeps the dump free of timing).
  await aTimeout(50);
}

async function typeInto(root: ParentNode, name: string, value: string) {
  root.querySelector<HTMLElement>(`[name="${name}"]`)!.focus();
  await sendKeys({ type: value });
}
const click = (root: ParentNode, selector: string) => root.querySelector<HTMLElement>(selector)!.click();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function fresh(width: number) {
  await resetMock();
  sharedClient(API, 'omit', null).clearCache();
  sessionStorage.clear();
  worker.resetHandlers();
  backend.latency = 0;
  await setViewport({ width, height: 900 });
}

// ---- <apply-form>
const ASSIGNMENT = 'a-test-0001';
const ALL: AssignmentInput['requirements'] = { kvkNumber: true, cv: false, conditionsUrl: 'https://example.nl/inkoopvoorwaarden', managerConsent: true };
async function mountApply(assignment: AssignmentInput) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} privacy-url="https://example.nl/privacy">
      <apply-form .assignment=${assignment} assignment-id="" heading-level="2"></apply-form>
    </marketplace-provider>
  </div>`);
  const el = wrapper.querySelector('apply-form')!;
  await waitFor(() => el.matches(':state(ready)'), { message: 'apply-form ready' });
  await settle(el);
  return el;
}
async function applyForm(width: number) {
  await fresh(width);
  const assignment = makeAssignment({ id: ASSIGNMENT, requirements: ALL });
  backend.assignments.push(assignment);
  let el = await mountApply(assignment);
  dump(`apply-form@${width} empty`, el);
  click(el.shadowRoot!, '[part~="submit"]');
  await settle(el);
  dump(`apply-form@${width} errors`, el);
  await typeInto(el.shadowRoot!, 'name', 'Anne Backx');
  await settle(el);
  el = await mountApply(assignment);
  const root = el.shadowRoot!;
  await typeInto(root, 'email', 'anne@example.nl');
  await typeInto(root, 'kvkNumber', '12345678');
  await typeInto(root, 'motivation', 'Ik heb tien jaar ervaring als projectleider bij gemeenten in West-Brabant.');
  for (const name of ['consent', 'acceptConditions', 'managerConsent']) click(root, `[name="${name}"]`);
  await settle(el);
  backend.setFault({ kind: 'network', times: 1, paths: /\/applications$/ });
  click(root, '[part~="submit"]');
  await waitFor(() => part(el, 'failure'), { message: 'apply-form failure' });
  await settle(el);
  dump(`apply-form@${width} draft+failure`, el);
  part(el, 'failure')!.querySelector('button')!.click();
  await waitFor(() => part(el, 'success'), { message: 'apply-form success' });
  await settle(el);
  dump(`apply-form@${width} submitted`, el);
}

// ---- <session-list>'s sign-up
const OPEN = 's-2026-0001';
async function mountSessions() {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} privacy-url="/privacy">${unsafeHTML('<session-list></session-list>')}</marketplace-provider>
  </div>`);
  const el = wrapper.querySelector('session-list')!;
  await waitFor(() => el.matches(':state(ready)') && !el.shadowRoot!.querySelector('[aria-busy="true"]'), { message: 'session-list ready' });
  // The cards' questions are rich text, put in once the sanitiser has loaded.
  await waitFor(() => [...el.shadowRoot!.querySelectorAll('.question')].every((q) => q.childElementCount > 0), { message: 'questions' });
  await settle(el);
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="sign-up"][data-id="${OPEN}"]`)!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitFor(() => el.shadowRoot!.querySelector('dialog')?.open && el.shadowRoot!.querySelector('dialog [name="name"]'), { message: 'dialog' });
  await settle(el);
  return el;
}
async function sessionList(width: number) {
  await fresh(width);
  let el = await mountSessions();
  dump(`session-list@${width} empty`, el);
  const dialog = () => el.shadowRoot!.querySelector('dialog')!;
  click(dialog(), '[part="submit"]');
  await settle(el);
  dump(`session-list@${width} errors`, el);
  await typeInto(dialog(), 'name', 'Anne Backx');
  await settle(el);
  el.closest('div')!.remove();
  el = await mountSessions();
  await typeInto(dialog(), 'email', 'anne@example.nl');
  click(dialog(), '[name="consent"]');
  await settle(el);
  backend.setFault({ kind: 'network', times: 1, paths: /\/registrations$/ });
  click(dialog(), '[part="submit"]');
  await waitFor(() => dialog().querySelector('[part~="failure"]'), { message: 'session failure' });
  await settle(el);
  dump(`session-list@${width} draft+failure`, el);
  click(dialog(), '[part="submit"]');
  await waitFor(() => dialog().querySelector('[part="success"]'), { message: 'session success' });
  await settle(el);
  dump(`session-list@${width} submitted`, el);
}

// ---- <assignment-editor>
const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
const OWN = 'a-2026-0101';
async function mountEditor(id?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} .getToken=${async () => POSTER}>
      <assignment-editor assignment-id=${id ?? nothing}></assignment-editor>
    </marketplace-provider>
  </div>`);
  const el = wrapper.querySelector('assignment-editor')!;
  await waitFor(() => el.matches(':state(ready)') && part(el, 'form'), { message: 'editor ready' });
  await settle(el);
  return el;
}
async function assignmentEditor(width: number) {
  await fresh(width);
  let el = await mountEditor();
  dump(`assignment-editor@${width} empty`, el);
  part(el, 'submit')!.click();
  await settle(el);
  dump(`assignment-editor@${width} errors`, el);
  el.closest('div')!.remove();
  el = await mountEditor(OWN);
  await typeInto(el.shadowRoot!, 'title', ' (nieuw)');
  await settle(el);
  el.closest('div')!.remove();
  el = await mountEditor(OWN);
  backend.setFault({ kind: 'network', times: 1, paths: /\/assignments\// });
  part(el, 'submit')!.click();
  await waitFor(() => part(el, 'failure'), { message: 'editor failure' });
  await settle(el);
  dump(`assignment-editor@${width} draft+failure`, el);
  part(el, 'submit')!.click();
  await waitFor(() => part(el, 'saved'), { message: 'editor saved' });
  await settle(el);
  dump(`assignment-editor@${width} submitted`, el);
}

// ---- <profile-editor>
async function mountProfile() {
  const token = mockToken({ sub: 'pro-1' });
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} .getToken=${async () => token}>
      <profile-editor><a slot="sign-in" href="/login">Inloggen</a></profile-editor>
    </marketplace-provider>
  </div>`);
  const el = wrapper.querySelector('profile-editor')!;
  await waitFor(() => el.matches(':state(ready)') && part(el, 'form'), { message: 'profile ready' });
  await settle(el);
  return el;
}
async function profileEditor(width: number) {
  await fresh(width);
  let el = await mountProfile();
  dump(`profile-editor@${width} empty`, el);
  part(el, 'submit')!.click();
  await settle(el);
  dump(`profile-editor@${width} errors`, el);
  await typeInto(el.shadowRoot!, 'name', 'Sanne Verhoeven');
  await settle(el);
  el.closest('div')!.remove();
  el = await mountProfile();
  const root = el.shadowRoot!;
  await typeInto(root, 'headline', 'Adviseur participatie');
  click(root, '[name="kind"][value="ondernemend-ambtenaar"]');
  root.querySelector<HTMLElement>('[name="region"]')!.focus();
  await sendKeys({ type: 'West' });
  await settle(el);
  backend.setFault({ kind: 'network', times: 1, paths: /\/profiles/ });
  part(el, 'submit')!.click();
  await waitFor(() => part(el, 'failure'), { message: 'profile failure' });
  await settle(el);
  dump(`profile-editor@${width} draft+failure`, el);
  part(el, 'submit')!.click();
  await waitFor(() => part(el, 'saved'), { message: 'profile saved' });
  await settle(el);
  dump(`profile-editor@${width} submitted`, el);
}

describe('form styles snapshot', function () {
  this.timeout(60_000);
  for (const width of WIDTHS) {
    it(`apply-form at ${width}`, () => applyForm(width));
    it(`session-list at ${width}`, () => sessionList(width));
    it(`assignment-editor at ${width}`, () => assignmentEditor(width));
    it(`profile-editor at ${width}`, () => profileEditor(width));
  }
  after(async () => {
    await writeFile({ path: '../tmp/form-styles.snapshot.txt', content: `${lines.join('\n')}\n` });
  });
});
