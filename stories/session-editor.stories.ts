import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { createMockBackend, type Fault, mockToken, mockTokens } from '../mock/backend.js';
import { createHandlers } from '../mock/handlers.js';
import type { SessionEditor } from '../src/elements/session-editor/session-editor.js';
import '../src/elements/session-editor/define.js';
import { faultApi, STORY_API, withProvider } from './support.js';

/**
 * The session editor as an intranet embeds it for a poster of Gemeente Steenbergen: the mock
 * backend (msw) answers `GET /me`, the vocabularies, the session and its sign-ups, and stores
 * what is saved. The failure story points at a backend of this file's own that fails to post.
 *
 * The seed has one session of Gemeente Steenbergen (`s-2026-0001`, 6 of 10 seats taken); its only
 * full session with a waitlist (`s-2026-0002`) is Gemeente Bergen op Zoom's, so a poster of
 * Steenbergen cannot open it: there is no waitlist story here.
 */

/** A poster of Gemeente Steenbergen, as the intranet's single sign-on would say. */
const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
const OWN = 's-2026-0001'; // Gemeente Steenbergen: 10 seats, 6 taken
const OTHERS = 's-2026-0002'; // Gemeente Bergen op Zoom's

/** Reading works and posting a new session fails: no connection. */
const OFFLINE: Fault = { kind: 'network', paths: /^\/sessions$/ };
const OFFLINE_API = 'https://session-editor-offline.flexschil.test/v1';
const offlineBackend = createMockBackend();
offlineBackend.setFault(OFFLINE);

interface Options {
  id?: string;
  lang?: string;
  endpoint?: string;
  token?: string | null;
}

function editor({ id, lang = 'nl', endpoint = STORY_API, token = POSTER }: Options = {}): TemplateResult {
  return withProvider(html`<session-editor session-id=${id ?? nothing}></session-editor>`, { endpoint, lang, token });
}

async function ready(canvas: HTMLElement): Promise<SessionEditor> {
  const el = canvas.querySelector('session-editor')!;
  for (let i = 0; i < 200 && !el.matches(':state(ready), :state(empty), :state(error)'); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}

/** Fills the form as a person would end up having done (typing is not the point of these stories). */
async function fill(el: SessionEditor, values: Record<string, string>): Promise<void> {
  const root = el.shadowRoot!;
  for (const [name, value] of Object.entries(values)) {
    const control = root.querySelector<HTMLInputElement>(name === 'fields' ? `[name="fields"][value="${value}"]` : `[name="${name}"]`);
    if (!control) continue;
    if (control.type === 'checkbox') {
      if (!control.checked) control.click();
    } else {
      control.value = value;
      control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
    }
    await el.updateComplete;
  }
}

/** A day `weeks` from now, as `<input type="date">` holds it. */
function weeksAhead(weeks: number, daysBefore = 0): string {
  const day = new Date(Date.now() + (weeks * 7 - daysBefore) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

const complete = () => ({
  title: 'Zwermsessie: de omgevingsvisie',
  fields: 'ruimtelijke-ordening',
  date: weeksAhead(8),
  startTime: '09:30',
  endTime: '11:45',
  signUpDeadline: weeksAhead(8, 2),
  place: 'Gemeentehuis Steenbergen, Kaaiweg 2',
  region: 'west-brabant',
  capacity: '12',
});

async function save(el: SessionEditor): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await el.updateComplete;
}

const meta: Meta = {
  title: 'Elements/session-editor',
  component: 'session-editor',
  render: () => editor(),
  parameters: { msw: { handlers: createHandlers(offlineBackend, OFFLINE_API) } },
  // Drafts live in the preview's sessionStorage: without this, one story's typing shows up as a
  // restored draft in the next.
  beforeEach: () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('flexschil:session-editor:')) sessionStorage.removeItem(key);
  },
};
export default meta;
type Story = StoryObj;

export const Create: Story = { name: 'New session (empty)' };

export const Edit: Story = {
  name: 'Changing a session: 6 of 10 seats taken, with the sign-ups',
  render: () => editor({ id: OWN }),
};

export const Errors: Story = {
  name: 'Errors (saved empty)',
  play: async ({ canvasElement }) => save(await ready(canvasElement)),
};

export const CallOff: Story = {
  name: 'Calling it off: the confirmation',
  render: () => editor({ id: OWN }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel"]')?.click();
    await el.updateComplete;
  },
};

export const Offline: Story = {
  name: 'Save failed: no connection (retry keeps the Idempotency-Key)',
  render: () => editor({ endpoint: OFFLINE_API }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, complete());
    await save(el);
  },
};

export const SignIn: Story = { name: 'Not signed in: only a hint', render: () => editor({ token: null }) };

export const NoAccess: Story = { name: 'Signed in, but no poster: only a hint', render: () => editor({ token: mockTokens.steenbergen }) };

export const OtherOrganisation: Story = { name: "Another organisation's session", render: () => editor({ id: OTHERS }) };

export const English: Story = { render: () => editor({ lang: 'en' }) };

export const EditEnglish: Story = { name: 'Changing a session (English)', render: () => editor({ id: OWN, lang: 'en' }) };

export const Loading: Story = { render: () => editor({ endpoint: faultApi('slow') }) };
