/**
 * What the application form's test files share: an assignment the mock backend knows, mounting a
 * form inside a provider, typing, choosing a CV, sending, and reading what a person sees.
 */
import { aTimeout, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import '../src/elements/apply-form/define.js';
import '../src/elements/marketplace-provider/define.js';
import type { ApplyForm } from '../src/elements/apply-form/apply-form.js';
import type { AssignmentInput } from '../src/api/schemas.js';
import { makeAssignment } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { backend, requests, resetMock, worker } from './msw.js';

/** Each test of an apply-form file starts from the mock's seed, with no draft and no handler of another test. */
export function startEachTestAfresh(): void {
  beforeEach(async () => {
    await resetMock();
    sessionStorage.clear();
  });
  afterEach(() => {
    worker.resetHandlers();
    backend.latency = 0;
  });
}

export const ID = 'a-test-0001';
export const PRIVACY = 'https://example.nl/privacy';
export const MOTIVATION = 'Ik heb tien jaar ervaring als projectleider bij gemeenten in West-Brabant.';
export type Requirements = AssignmentInput['requirements'];
export const NONE: Requirements = { kvkNumber: false, cv: false, conditionsUrl: null, managerConsent: false };
export const ALL: Requirements = { kvkNumber: true, cv: true, conditionsUrl: 'https://example.nl/inkoopvoorwaarden', managerConsent: true };

/** An assignment the mock backend knows, so applications to it are accepted. */
export function publish(overrides: Partial<AssignmentInput> = {}): AssignmentInput {
  const assignment = makeAssignment({ id: ID, requirements: NONE, ...overrides });
  backend.assignments.push(assignment);
  return assignment;
}

export interface MountOptions {
  assignment?: AssignmentInput | null;
  id?: string;
  lang?: string;
  profileId?: string;
  headingLevel?: number;
  endpoint?: string;
}

export async function mount(options: MountOptions = {}): Promise<ApplyForm> {
  const { assignment = null, id, lang = 'nl', profileId, headingLevel } = options;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <button type="button" id="before">Vorige</button>
    <marketplace-provider endpoint=${options.endpoint ?? API} privacy-url=${PRIVACY}>
      <apply-form
        .assignment=${assignment}
        assignment-id=${id ?? ''}
        profile-id=${profileId ?? ''}
        heading-level=${headingLevel ?? 2}
      ></apply-form>
    </marketplace-provider>
  </div>`);
  const form = wrapper.querySelector('apply-form')!;
  await waitFor(() => form.matches(':state(ready)') || form.matches(':state(error)'), { message: 'form ready' });
  await form.updateComplete;
  return form;
}

export const root = (el: ApplyForm) => el.shadowRoot!;
export const control = <T extends HTMLElement = HTMLInputElement>(el: ApplyForm, name: string) => root(el).querySelector<T>(`[name="${name}"]`)!;
export const part = (el: ApplyForm, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const focused = (el: ApplyForm) => root(el).activeElement as HTMLElement | null;
/** The form's accessible name: the text of what labels it. */
export const formName = (el: ApplyForm) => text(root(el).getElementById(part(el, 'form')!.getAttribute('aria-labelledby')!));
export const posts = () => requests.filter((r) => r.method === 'POST');
export const errorOf = (el: ApplyForm, name: string) => {
  const input = control(el, name);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.length ? text(root(el).getElementById(ids[0])) : '';
};

export async function typeInto(el: ApplyForm, name: string, value: string) {
  control(el, name).focus();
  await sendKeys({ type: value });
}

export async function leave(el: ApplyForm, name: string) {
  control(el, name).focus();
  control(el, name).blur();
  await el.updateComplete;
}

export async function tick(el: ApplyForm) {
  await aTimeout(0);
  await el.updateComplete;
}

export async function check(el: ApplyForm, name: string) {
  control(el, name).click();
  await el.updateComplete;
}

/**
 * A file input cannot be driven by keys (it opens the system's chooser): set it as a drop would.
 * The form reads the file's first bytes in its own time; wait for what it then shows, not for a clock.
 */
export async function choose(el: ApplyForm, file: File) {
  const input = control(el, 'cv');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export const pdf = (name = 'cv.pdf', size?: number) => {
  const head = new TextEncoder().encode('%PDF-1.7\n');
  return new File(size ? [head, new Uint8Array(size - head.length)] : [head, 'inhoud'], name, { type: 'application/pdf' });
};

export async function fillMinimum(el: ApplyForm) {
  await typeInto(el, 'name', 'Anne Backx');
  await typeInto(el, 'email', 'anne@example.nl');
  await typeInto(el, 'motivation', MOTIVATION);
  await check(el, 'consent');
}

export async function submit(el: ApplyForm) {
  part(el, 'submit')!.click();
  await tick(el);
}

/** The first application's answer is lost on the way back: the backend stores it, the browser sees a failure. */
export function loseTheFirstAnswer() {
  let first = true;
  worker.use(
    http.post(`${API}/assignments/:id/applications`, async ({ request }) => {
      const answer = await backend.handle(request.clone(), { base: API });
      if (!first) return answer;
      first = false;
      return HttpResponse.error();
    }),
  );
}

export async function sent(el: ApplyForm) {
  await waitFor(() => part(el, 'success'), { message: 'confirmation' });
  await el.updateComplete;
}

