import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createMockBackend, type Fault, mockTokens } from '../mock/backend.js';
import { createHandlers } from '../mock/handlers.js';
import { seedAssignments } from '../seed/seed.js';
import type { ApplyForm } from '../src/elements/apply-form/apply-form.js';
import '../src/elements/apply-form/define.js';
import { draftKey, saveDraft } from '../src/elements/apply-form/draft.js';
import { emptyValues } from '../src/elements/apply-form/validate.js';
import { STORY_API, withProvider } from './support.js';

/**
 * The application form as a municipality or a regional network embeds it. Assignments come
 * from the mock backend's seed, chosen for their `requirements`; submitting talks to the mock
 * (msw), and the failure stories point at a backend that always fails in one way.
 */

/** Seed assignments with the requirement sets worth showing. */
const seed = (id: string) => {
  const found = seedAssignments.find((a) => a.id === id);
  if (!found) throw new Error(`seed assignment ${id} is missing`);
  return found;
};
const REGIONAL = 'a-2026-0101'; // inhuur: KvK number, CV, procurement conditions
const MINIMAL = 'a-2026-0135'; // interim: nothing beyond the contract's own fields
const CV_ONLY = 'a-2026-0105'; // detachering: CV required
const KVK_NO_CV = 'a-2026-0108'; // inhuur without a CV
const INTERNAL = 'a-2026-0103'; // internal assignment: manager consent, needs sign-in
const PRO_BONO = 'a-2026-0110'; // belangeloos: manager consent, no rate
const CLOSED = 'a-2026-0111';
const EXTERNAL = 'a-2026-0114'; // applyUrl: apply on the organisation's site

/**
 * Backends of this file's own, each failing in one way, at their own URLs. Every story
 * registers all of them, so on the autodocs page (one worker, last loader wins) each story
 * still finds its backend. Reading assignments works; sending applications fails, so the
 * stories show the form's own failure handling.
 */
const failing = {
  sending: { kind: 'slow', delay: 3_600_000, paths: /\/applications$/ },
  offline: { kind: 'network', paths: /\/applications$/ },
  busy: { kind: 'rate-limit', paths: /\/applications$/ },
  broken: { kind: 'error500', paths: /\/applications$/ },
  loading: { kind: 'slow', delay: 3_600_000 },
  down: { kind: 'error500' },
} satisfies Record<string, Fault>;
type Failing = keyof typeof failing;
const failingApi = (name: Failing) => `https://apply-form-${name}.flexschil.test/v1`;
const failingHandlers = (Object.entries(failing) as [Failing, Fault][]).flatMap(([name, fault]) => {
  const backend = createMockBackend();
  backend.setFault(fault);
  return createHandlers(backend, failingApi(name));
});

const MOTIVATION =
  'Ik heb acht jaar ervaring als projectleider bij gemeenten in West-Brabant en begeleidde twee aanbestedingen van een zaaksysteem.';

interface Options {
  id?: string;
  assignment?: unknown;
  endpoint?: string;
  lang?: string;
  token?: string | null;
  profileId?: string;
}

function form({ id, assignment, endpoint = STORY_API, lang = 'nl', token = null, profileId }: Options): TemplateResult {
  return withProvider(
    html`<apply-form
      assignment-id=${id ?? ''}
      .assignment=${assignment ?? null}
      profile-id=${profileId ?? ''}
    ></apply-form>`,
    { endpoint, lang, token },
  );
}

async function ready(canvas: HTMLElement): Promise<ApplyForm> {
  const el = canvas.querySelector('apply-form')!;
  for (let i = 0; i < 200 && !el.matches(':state(ready)'); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}

/** Fills the form as a person would end up having done (typing is not the point of these stories). */
async function fill(el: ApplyForm, values: Record<string, string | boolean>): Promise<void> {
  const root = el.shadowRoot!;
  for (const [name, value] of Object.entries(values)) {
    const control = root.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!control) continue;
    if (typeof value === 'boolean') {
      if (control.checked !== value) control.click();
    } else {
      control.value = value;
      control.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
  }
  await el.updateComplete;
}

const complete = { name: 'Anne-Marie Backx', email: 'a.backx@example.nl', motivation: MOTIVATION, consent: true, hoursPerWeek: '16' };

async function submit(el: ApplyForm): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await el.updateComplete;
}

const meta: Meta = {
  title: 'Elements/apply-form',
  component: 'apply-form',
  render: () => form({ id: REGIONAL }),
  parameters: { msw: { handlers: failingHandlers } },
  // Drafts live in the preview's sessionStorage: without this, one story's typing shows up as a
  // restored draft in the next.
  beforeEach: () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(draftKey(''))) sessionStorage.removeItem(key);
  },
};
export default meta;
type Story = StoryObj;

export const Empty: Story = { name: 'Empty (regional hiring: KvK number, CV, procurement conditions)' };

export const English: Story = { render: () => form({ id: REGIONAL, lang: 'en' }) };

export const Minimal: Story = { name: 'Requirements: none beyond the contract', render: () => form({ id: MINIMAL }) };

export const CvRequired: Story = { name: 'Requirements: CV', render: () => form({ id: CV_ONLY }) };

export const KvkWithoutCv: Story = { name: 'Requirements: KvK number, no CV', render: () => form({ id: KVK_NO_CV }) };

export const Internal: Story = {
  name: 'Requirements: internal assignment (manager consent, signed in)',
  render: () => form({ id: INTERNAL, token: mockTokens.steenbergen }),
};

export const ProBono: Story = { name: 'Requirements: pro bono (manager consent, no rate)', render: () => form({ id: PRO_BONO }) };

export const FromProperty: Story = {
  name: 'Assignment passed as a property (as in assignment-list’s dialog)',
  render: () => form({ assignment: seed(MINIMAL) }),
};

export const Prefilled: Story = {
  name: 'Prefilled from a profile (profile-id)',
  render: () => form({ id: MINIMAL, profileId: 'p-0002' }),
};

export const DraftRestored: Story = {
  name: 'Draft restored after a reload',
  render: () => {
    saveDraft(MINIMAL, { values: { ...emptyValues(), ...complete, motivation: MOTIVATION.slice(0, 60) }, idempotencyKey: null, language: null, cvName: 'cv-anne-marie.pdf' });
    return form({ id: MINIMAL });
  },
};

export const Errors: Story = {
  name: 'Errors (submitted empty)',
  play: async ({ canvasElement }) => submit(await ready(canvasElement)),
};

export const ErrorsEnglish: Story = {
  name: 'Errors (English)',
  render: () => form({ id: REGIONAL, lang: 'en' }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, { name: 'A', email: 'anne@', kvkNumber: '1234', motivation: 'Too short.' });
    await submit(el);
  },
};

export const BackendRejects: Story = {
  name: 'Errors from the backend (invalidParams: an unknown profile)',
  render: () => form({ id: MINIMAL, profileId: 'p-does-not-exist' }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, complete);
    await submit(el);
  },
};

export const Sending: Story = {
  render: () => form({ id: MINIMAL, endpoint: failingApi('sending') }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, complete);
    await submit(el);
  },
};

export const Success: Story = {
  render: () => form({ id: MINIMAL }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, complete);
    await submit(el);
  },
};

export const SuccessEnglish: Story = {
  name: 'Success (English)',
  render: () => form({ id: MINIMAL, lang: 'en' }),
  play: Success.play,
};

export const Offline: Story = {
  name: 'Send failed: no connection (retry keeps the idempotency key)',
  render: () => form({ id: MINIMAL, endpoint: failingApi('offline') }),
  play: Success.play,
};

export const RateLimited: Story = {
  name: 'Send failed: 429 with Retry-After',
  render: () => form({ id: MINIMAL, endpoint: failingApi('busy') }),
  play: Success.play,
};

export const ServerError: Story = {
  name: 'Send failed: server error',
  render: () => form({ id: MINIMAL, endpoint: failingApi('broken') }),
  play: Success.play,
};

export const Closed: Story = { render: () => form({ id: CLOSED }) };

export const External: Story = { name: 'External (applyUrl)', render: () => form({ id: EXTERNAL }) };

export const Loading: Story = { render: () => form({ id: MINIMAL, endpoint: failingApi('loading') }) };

export const LoadError: Story = { name: 'Assignment could not be loaded', render: () => form({ id: MINIMAL, endpoint: failingApi('down') }) };

export const NlDesignSystemTheme: Story = {
  name: 'Themed with NL Design System-style tokens',
  render: () => html`<style>
      .theme {
        --flexschil-color-primary: #a90061;
        --flexschil-border-radius: 0;
        --flexschil-font-family: Georgia, serif;
        --flexschil-apply-form-error-color: #8b0000;
        --flexschil-apply-form-notice-background-color: #fdf6fa;
      }
    </style>
    <div class="theme">${form({ id: REGIONAL })}</div>`,
  play: Errors.play,
};
