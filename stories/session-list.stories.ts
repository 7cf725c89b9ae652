import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockBackend } from '../mock/handlers.js';
import type { SessionList } from '../src/elements/session-list/session-list.js';
import '../src/elements/session-list/define.js';
import { faultApi, STORY_API, withProvider } from './support.js';

interface Args {
  filters?: string;
  pageSize?: number;
  field?: string;
  region?: string;
  organisation?: string;
  endpoint?: string;
  lang?: string;
  width?: string;
}

/** The mock's seed sessions: one open with seats left, one full (its sign-ups go to the waitlist). */
const OPEN = 's-2026-0001';
const FULL = 's-2026-0002';

/**
 * Upcoming swarm sessions as a regional network embeds them. Data comes from the mock backend
 * (msw), which serves the seed's sessions: open ones, a full one with a waitlist, a cancelled
 * one. The error stories point at a backend that always fails in one way.
 */
const meta: Meta<Args> = {
  title: 'Elements/session-list',
  component: 'session-list',
  render: (args) =>
    withProvider(
      html`<div style=${args.width ? `max-width: ${args.width}` : ''}>
        <session-list
          filters=${args.filters ?? 'q,field,region,organisation'}
          page-size=${args.pageSize ?? 5}
          field=${args.field ?? ''}
          region=${args.region ?? ''}
          organisation=${args.organisation ?? ''}
        ></session-list>
      </div>`,
      { endpoint: args.endpoint ?? STORY_API, lang: args.lang ?? 'nl' },
    ),
  args: { filters: 'q,field,region,organisation', pageSize: 5 },
  // Drafts live in the preview's sessionStorage: without this, one story's typing shows up as a
  // restored draft in the next.
  beforeEach: () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('flexschil:session-list:')) sessionStorage.removeItem(key);
  },
};
export default meta;
type Story = StoryObj<Args>;

async function ready(canvas: HTMLElement): Promise<SessionList> {
  const el = canvas.querySelector('session-list')!;
  for (let i = 0; i < 200 && !el.matches(':state(ready)'); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}

/** Opens a session's sign-up dialog and, given values, fills and sends the form (typing is not the point here). */
async function signUp(el: SessionList, id: string, values?: { name: string; email: string }): Promise<void> {
  const root = el.shadowRoot!;
  root.querySelector<HTMLButtonElement>(`[part="sign-up"][data-id="${id}"]`)?.click();
  await el.updateComplete;
  if (!values) return;
  for (const [name, value] of Object.entries(values)) {
    const input = root.querySelector<HTMLInputElement>(`dialog [name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
  root.querySelector<HTMLInputElement>('dialog [name="consent"]')?.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('dialog [part="submit"]')?.click();
}

export const Default: Story = {};

export const English: Story = { args: { lang: 'en' } };

export const RegionalNetwork: Story = {
  name: 'A regional network (fixed organisations)',
  args: { organisation: 'gem-steenbergen,gem-bergen-op-zoom,gem-breda,ws-brabantse-delta', filters: 'q,field,organisation' },
};

export const SearchOnly: Story = { name: 'Search only (`filters="q"`)', args: { filters: 'q' } };

export const SignUpDialog: Story = {
  name: 'Signing up (the dialog)',
  play: async ({ canvasElement }) => signUp(await ready(canvasElement), OPEN),
};

export const Errors: Story = {
  name: 'Signing up: the error summary',
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await signUp(el, OPEN);
    el.shadowRoot!.querySelector<HTMLButtonElement>('dialog [part="submit"]')?.click();
  },
};

export const Waitlist: Story = {
  name: 'Signed up for a full session: on the waitlist',
  play: async ({ canvasElement }) => signUp(await ready(canvasElement), FULL, { name: 'Joris Verbeek', email: 'joris@example.nl' }),
};

export const CancelLink: Story = {
  name: 'Opened from the confirmation mail’s cancel link',
  play: async ({ canvasElement }) => {
    // Someone signs up; their mail's link (`?registration=…&token=…`) is then opened on this page.
    const el = await ready(canvasElement);
    await signUp(el, OPEN, { name: 'Ruben Claes', email: 'ruben@example.nl' });
    for (let i = 0; i < 200 && !mockBackend.mails.some((m) => m.to === 'ruben@example.nl'); i++) await new Promise((r) => setTimeout(r, 25));
    const mail = [...mockBackend.mails].reverse().find((m) => m.to === 'ruben@example.nl');
    const link = mail?.text.match(/\?registration=\S+/)?.[0];
    if (!link) return;
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${link}`);
    // A new element reads the address as it would after following the link.
    el.shadowRoot!.querySelector('dialog')?.close();
    el.replaceWith(el.cloneNode());
    // Storybook's own address again, for the next story.
    history.replaceState(history.state, '', before);
  },
};

export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: '320px' } };

// States ------------------------------------------------------------------------------------

export const Loading: Story = { args: { endpoint: faultApi('slow') } };

export const Empty: Story = { name: 'Empty (nothing matches)', args: { region: 'nergens' } };

export const ServerError: Story = { args: { endpoint: faultApi('error500') } };

export const Offline: Story = { args: { endpoint: faultApi('network') } };

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: () => html`<style>
      .theme {
        --flexschil-color-primary: #7a1d5b;
        --flexschil-border-radius: 0;
        --flexschil-session-list-card-background-color: #fbf5f9;
        --flexschil-session-list-card-border-color: #7a1d5b;
        --flexschil-session-list-status-color: #4a1037;
      }
    </style>
    <div class="theme">${withProvider(html`<session-list page-size="3"></session-list>`)}</div>`,
};
