import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { createMockBackend, type Fault, mockToken, mockTokens } from '../mock/backend.js';
import { createHandlers } from '../mock/handlers.js';
import type { AssignmentEditor } from '../src/elements/assignment-editor/assignment-editor.js';
import '../src/elements/assignment-editor/define.js';
import { editorDraftKey } from '../src/elements/assignment-editor/draft.js';
import { emptyValues } from '../src/elements/assignment-editor/values.js';
import { keepDraftAs, STORY_API, withProvider } from './support.js';

/**
 * The assignment editor as an intranet embeds it for a poster of Gemeente Steenbergen: the mock
 * backend (msw) answers `GET /me`, the vocabularies and the assignment, and stores what is
 * saved. Failure stories point at backends of this file's own that fail in one way each.
 */

/** A poster of Gemeente Steenbergen, as the intranet's single sign-on would say. */
const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
const OWN = 'a-2026-0101'; // open, public, Gemeente Steenbergen
const INTERNAL = 'a-2026-0103'; // internal, Gemeente Steenbergen
const OTHERS = 'a-2026-0107'; // another organisation's

const failing = {
  offline: { kind: 'network', paths: /^\/assignments$/ },
  loading: { kind: 'slow', delay: 3_600_000 },
  down: { kind: 'error500', paths: /^\/me$/ },
} satisfies Record<string, Fault>;
type Failing = keyof typeof failing;
const failingApi = (name: Failing) => `https://assignment-editor-${name}.flexschil.test/v1`;
// Reading works and posting fails (offline); nothing answers (loading); GET /me fails (down).
const failingHandlers = (Object.entries(failing) as [Failing, Fault][]).flatMap(([name, fault]) => {
  const backend = createMockBackend();
  backend.setFault(fault);
  return createHandlers(backend, failingApi(name));
});

/** A backend of its own where a colleague changes the assignment while the story edits it. */
const CONFLICT_API = 'https://assignment-editor-conflict.flexschil.test/v1';
const conflictBackend = createMockBackend();

interface Options {
  id?: string;
  lang?: string;
  endpoint?: string;
  token?: string | null;
}

function editor({ id, lang = 'nl', endpoint = STORY_API, token = POSTER }: Options = {}): TemplateResult {
  return withProvider(html`<assignment-editor assignment-id=${id ?? nothing}></assignment-editor>`, { endpoint, lang, token });
}

async function ready(canvas: HTMLElement): Promise<AssignmentEditor> {
  const el = canvas.querySelector('assignment-editor')!;
  for (let i = 0; i < 200 && !el.matches(':state(ready), :state(empty), :state(error)'); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}

/** Fills the form as a person would end up having done (typing is not the point of these stories). */
async function fill(el: AssignmentEditor, values: Record<string, string | boolean>): Promise<void> {
  const root = el.shadowRoot!;
  for (const [name, value] of Object.entries(values)) {
    const control = root.querySelector<HTMLInputElement>(`[name="${name}"]${typeof value === 'string' && /^(location\.mode|visibility|types)$/.test(name) ? `[value="${value}"]` : ''}`);
    if (!control) continue;
    if (typeof value === 'boolean' || control.type === 'radio' || control.type === 'checkbox') {
      if (control.checked !== (value !== false)) control.click();
    } else {
      control.value = value;
      control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
    }
    await el.updateComplete;
  }
}

const complete = {
  title: 'Kwartiermaker wijkteams',
  summary: 'Zet in drie maanden de wijkteams neer, samen met bewoners en partners.',
  field: 'sociaal-domein',
  'location.place': 'Steenbergen',
  'location.region': 'west-brabant',
  'location.mode': 'hybrid',
  'hoursPerWeek.min': '16',
  'hoursPerWeek.max': '24',
  closingDate: '2027-03-01',
  types: 'interim',
  'rate.min': '80',
  'rate.max': '100',
};

async function save(el: AssignmentEditor): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await el.updateComplete;
}

const meta: Meta = {
  title: 'Elements/assignment-editor',
  component: 'assignment-editor',
  render: () => editor(),
  parameters: { msw: { handlers: [...failingHandlers, ...createHandlers(conflictBackend, CONFLICT_API)] } },
  // Drafts live in the preview's sessionStorage: without this, one story's typing shows up as a
  // restored draft in the next.
  beforeEach: () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(editorDraftKey(''))) sessionStorage.removeItem(key);
  },
};
export default meta;
type Story = StoryObj;

export const Create: Story = { name: 'New assignment (empty)' };

export const English: Story = { render: () => editor({ lang: 'en' }) };

export const Filled: Story = {
  name: 'Filled in, with the live preview',
  play: async ({ canvasElement }) => fill(await ready(canvasElement), complete),
};

export const Edit: Story = { name: 'Editing an open assignment', render: () => editor({ id: OWN }) };

export const EditInternal: Story = { name: 'Editing an internal assignment', render: () => editor({ id: INTERNAL }) };

export const Errors: Story = {
  name: 'Errors (saved empty)',
  play: async ({ canvasElement }) => save(await ready(canvasElement)),
};

export const ErrorsEnglish: Story = {
  name: 'Errors (English)',
  render: () => editor({ lang: 'en' }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, { title: 'Kort', 'hoursPerWeek.min': '90', 'contact.name': 'Pim', 'contact.email': 'pim@' });
    await save(el);
  },
};

export const Saved: Story = {
  name: 'Posted (the form goes on editing it)',
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, complete);
    await save(el);
  },
};

export const CloseNow: Story = {
  name: 'Close now: the confirmation',
  render: () => editor({ id: INTERNAL }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')?.click();
    await el.updateComplete;
  },
};

export const Conflict: Story = {
  name: 'Changed by someone else meanwhile (412): both versions, per field',
  render: () => {
    conflictBackend.reset();
    return editor({ id: OWN, endpoint: CONFLICT_API });
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, { title: 'Projectleider zaakgericht werken', 'hoursPerWeek.min': '20' });
    const current = conflictBackend.assignments.find((a) => a.id === OWN)!;
    // A colleague saves first: another title, another summary.
    await conflictBackend.store.updateAssignment(
      { ...structuredClone(current), title: 'Projectleider informatiebeheer', summary: 'Een collega schreef intussen een nieuwe samenvatting.' } as never,
      (current as { version?: number }).version ?? 1,
    );
    await save(el);
  },
};

export const DraftRestored: Story = {
  name: 'Draft restored after a reload',
  beforeEach: () => keepDraftAs(editorDraftKey(null), { values: { ...emptyValues(), title: 'Meedenker omgevingsvisie', 'location.place': 'Steenbergen' }, base: null, pending: null }, { token: POSTER }),
  render: () => editor(),
};

export const Offline: Story = {
  name: 'Save failed: no connection (retry keeps the Idempotency-Key)',
  render: () => editor({ endpoint: failingApi('offline') }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, complete);
    await save(el);
  },
};

export const SignIn: Story = { name: 'Not signed in: only a hint', render: () => editor({ token: null }) };

export const NoAccess: Story = { name: 'Signed in, but no poster: only a hint', render: () => editor({ token: mockTokens.steenbergen }) };

export const OtherOrganisation: Story = { name: "Another organisation's assignment", render: () => editor({ id: OTHERS }) };

export const Loading: Story = { render: () => editor({ endpoint: failingApi('loading') }) };

export const LoadError: Story = { name: 'GET /me failed', render: () => editor({ endpoint: failingApi('down') }) };

export const NlDesignSystemTheme: Story = {
  name: 'Themed with NL Design System-style tokens',
  render: () => html`<style>
      .theme {
        --flexschil-color-primary: #a90061;
        --flexschil-border-radius: 0;
        --flexschil-font-family: Georgia, serif;
        --flexschil-assignment-editor-error-color: #8b0000;
        --flexschil-assignment-editor-preview-background-color: #fdf6fa;
      }
    </style>
    <div class="theme">${editor({ id: OWN })}</div>`,
};
