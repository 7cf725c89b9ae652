import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import { html, type TemplateResult } from 'lit';
import type { StoredProfile } from '../backend/ports.js';
import { createMockBackend, type MockBackend, mockToken } from '../mock/backend.js';
import { createHandlers } from '../mock/handlers.js';
import { seedProfiles } from '../seed/seed.js';
import type { ProfileEditor } from '../src/elements/profile-editor/profile-editor.js';
import { profileDraftKey } from '../src/elements/profile-editor/draft-controller.js';
import '../src/elements/profile-editor/with-parts.js';
import { keepDraftAs, withProvider } from './support.js';

/**
 * A professional keeps their own e-portfolio, as the regional network's "Mijn profiel" page
 * embeds it. Each story talks to a mock backend of its own (msw), reset before it renders, and
 * acts as the professional `pro-1` through the provider's `getToken`; the stories that show
 * an existing profile give `pro-1` one first.
 */

const PRO = 'pro-1';
const token = mockToken({ sub: PRO });

type Name = 'create' | 'edit' | 'english' | 'signedOut' | 'noAccess' | 'errors' | 'offline' | 'stale' | 'exists' | 'draft' | 'saved' | 'loading';
const api = (name: Name) => `https://profile-editor-${name}.flexschil.test/v1`;
const backends = new Map<Name, MockBackend>();
const names: Name[] = ['create', 'edit', 'english', 'signedOut', 'noAccess', 'errors', 'offline', 'stale', 'exists', 'draft', 'saved', 'loading'];
for (const name of names) backends.set(name, createMockBackend());
const backend = (name: Name) => backends.get(name)!;

/** Registered once: on the autodocs page every story shares one worker, so each has its own URL. */
const handlers = [
  http.get(`${api('noAccess')}/me`, () => HttpResponse.json({ organisation: null, profileId: null, can: { postAssignments: false, readApplications: false, editProfile: false } })),
  ...names.flatMap((name) => createHandlers(backend(name), api(name))),
];

/** A seed profile that `pro-1` owns in a story's backend. */
function own(name: Name, overrides: Partial<StoredProfile> = {}): StoredProfile {
  const seed = structuredClone(seedProfiles.find((p) => p.id === 'p-0013') ?? seedProfiles[0]);
  const profile: StoredProfile = { ...seed, id: 'p-pro-1', owner: PRO, version: 1, ...overrides };
  backend(name).store.profiles.push(profile);
  return profile;
}

function editor(name: Name, { lang = 'nl', signedIn = true } = {}): TemplateResult {
  return withProvider(
    html`<profile-editor>
      <a slot="sign-in" href="https://www.example.nl/inloggen">Inloggen bij het netwerk</a>
    </profile-editor>`,
    { endpoint: api(name), token: signedIn ? token : null, lang },
  );
}

async function ready(canvas: HTMLElement): Promise<ProfileEditor> {
  const el = canvas.querySelector('profile-editor')!;
  for (let i = 0; i < 200 && !(el.matches(':state(ready)') && el.shadowRoot!.querySelector('form')); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}

/** Fills controls as a person would end up having done (typing is not the point of these stories). */
async function fill(el: ProfileEditor, values: Record<string, string | boolean>): Promise<void> {
  const root = el.shadowRoot!;
  for (const [name, value] of Object.entries(values)) {
    const [control] = [...root.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)].filter((c) => typeof value !== 'string' || c.type !== 'radio' || c.value === value);
    if (!control) continue;
    if (control.type === 'radio' || control.type === 'checkbox') {
      if (control.checked !== Boolean(value)) control.click();
    } else {
      control.value = String(value);
      control.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    await el.updateComplete;
  }
}

async function save(el: ProfileEditor, until: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector(`[part~="${until}"]`); i++) await new Promise((r) => setTimeout(r, 25));
}

const sanne = {
  name: 'Sanne Verhoeven',
  headline: 'Adviseur participatie en verbinder tussen gemeenten',
  kind: 'ondernemend-ambtenaar',
  skills: 'Participatie\nProcesbegeleiding\nOmgevingswet',
  region: 'west-brabant',
};

const meta: Meta = {
  title: 'Elements/profile-editor',
  component: 'profile-editor',
  render: () => editor('create'),
  parameters: { msw: { handlers } },
  beforeEach: () => {
    for (const b of backends.values()) b.reset();
    // Drafts live in the preview's sessionStorage: without this one story's typing shows up in the next.
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('flexschil:profile-editor:')) sessionStorage.removeItem(key);
  },
};
export default meta;
type Story = StoryObj;

export const Create: Story = { name: 'Create (a professional without a profile)' };

export const Edit: Story = {
  name: 'Edit one’s own profile',
  render: () => {
    own('edit');
    return editor('edit');
  },
};

export const English: Story = {
  render: () => {
    own('english');
    return editor('english', { lang: 'en' });
  },
};

export const SignedOut: Story = { name: 'Signed out: only a hint, with the page’s sign-in link', render: () => editor('signedOut', { signedIn: false }) };

export const NoAccess: Story = { name: '/me does not allow keeping a profile', render: () => editor('noAccess') };

export const Loading: Story = {
  render: () => {
    backend('loading').setFault({ kind: 'slow', delay: 3_600_000, paths: /^\/me$/ });
    return editor('loading');
  },
};

export const Errors: Story = {
  name: 'Errors (saved with problems)',
  render: () => editor('errors'),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, { name: 'S', 'links.cv': 'javascript:alert(1)', 'availability.hoursPerWeek': '60', 'contact.email': 'sanne@' });
    await save(el, 'summary');
  },
};

export const Saved: Story = {
  name: 'Saved (created, visible to network members)',
  render: () => editor('saved'),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, sanne);
    await save(el, 'saved');
  },
};

export const Offline: Story = {
  name: 'Save failed: no connection (retry keeps the Idempotency-Key)',
  render: () => {
    backend('offline').setFault({ kind: 'network', paths: /^\/profiles$/ });
    return editor('offline');
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, sanne);
    await save(el, 'failure');
  },
};

export const Stale: Story = {
  name: 'Saved meanwhile elsewhere (412): both versions, part by part',
  render: () => {
    own('stale');
    return editor('stale');
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, { headline: 'Projectleider sociaal domein', bio: 'Ik help gemeenten hun inwoners écht te betrekken.' });
    const store = backend('stale').store;
    const current = store.profiles.find((p) => p.id === 'p-pro-1') as StoredProfile;
    await store.updateProfile({ ...current, headline: 'Kwartiermaker wijkgericht werken', skills: [...current.skills, 'Wijkgericht werken'] }, 1);
    await save(el, 'conflict');
  },
};

export const Exists: Story = {
  name: 'A second create (409): the existing profile beside what was typed',
  render: () => editor('exists'),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el, sanne);
    // Meanwhile, in another tab, this person created a profile.
    own('exists', { name: 'Sanne V.', headline: 'Projectleider' });
    await save(el, 'conflict');
  },
};

export const DraftRestored: Story = {
  name: 'Draft restored after a reload',
  // After the meta's beforeEach, which empties the drafts.
  beforeEach: () =>
    keepDraftAs(
      profileDraftKey(null),
      { values: { ...sanne, experience: [{ title: 'Adviseur participatie', organisation: 'Gemeente Bergen op Zoom', from: '2021-09', to: '' }] }, base: null, etag: null, idempotencyKey: null },
      { endpoint: api('draft'), token },
    ),
  render: () => editor('draft'),
};
