import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockToken } from '../mock/backend.js';
import { mockBackend } from '../mock/handlers.js';
import type { ApplicationInbox } from '../src/elements/application-inbox/application-inbox.js';
import '../src/elements/application-inbox/define.js';
import { addExampleApplications, exampleAssignment, posterToken } from './inbox-examples.js';
import { faultApi, STORY_API, withProvider } from './support.js';

interface Args {
  assignmentId?: string;
  pageSize?: number;
  endpoint?: string;
  token?: string | null;
  lang?: string;
  width?: string;
}

/**
 * The inbox of an organisation's applications, as an intranet embeds it for the people who post
 * assignments. Data comes from the mock backend (msw) with a few example applications sent
 * through its own `POST`; the token is a poster's of Gemeente Steenbergen unless a story says
 * otherwise. The error stories point at a backend that always fails in one way.
 */
const meta: Meta<Args> = {
  title: 'Elements/application-inbox',
  component: 'application-inbox',
  loaders: [
    async () => {
      await addExampleApplications(mockBackend, STORY_API);
      return {};
    },
  ],
  render: (args) =>
    withProvider(
      html`<div style=${args.width ? `max-width: ${args.width}` : ''}>
        <application-inbox assignment-id=${args.assignmentId ?? ''} page-size=${args.pageSize ?? 10}></application-inbox>
      </div>`,
      { endpoint: args.endpoint ?? STORY_API, token: args.token === undefined ? posterToken : args.token, lang: args.lang ?? 'nl' },
    ),
};
export default meta;
type Story = StoryObj<Args>;

async function until<T>(check: () => T | null | undefined | false): Promise<T | null> {
  for (let i = 0; i < 200; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

const inboxIn = (canvas: HTMLElement) => canvas.querySelector<ApplicationInbox>('application-inbox')!;

export const Default: Story = { name: 'Overview (a poster of Gemeente Steenbergen)' };

export const English: Story = { args: { lang: 'en' } };

export const Pinned: Story = { name: 'One assignment (`assignment-id`)', args: { assignmentId: exampleAssignment } };

export const Applications: Story = {
  name: "An assignment's applications (opened from the overview)",
  play: async ({ canvasElement }) => {
    const root = inboxIn(canvasElement).shadowRoot!;
    (await until(() => root.querySelector<HTMLButtonElement>(`[data-assignment="${exampleAssignment}"]`)))?.click();
  },
};

export const Detail: Story = {
  name: 'One application in the dialog (status, facts, motivation, CV)',
  args: { assignmentId: exampleAssignment },
  play: async ({ canvasElement }) => {
    const root = inboxIn(canvasElement).shadowRoot!;
    (await until(() => root.querySelector<HTMLButtonElement>('[data-id]')))?.click();
  },
};

export const Narrow: Story = { name: 'Narrow (320 px)', args: { assignmentId: exampleAssignment, width: '320px' } };

// Who may see it ------------------------------------------------------------------------------

export const SignIn: Story = { name: 'Not signed in (sign-in hint)', args: { token: null } };

export const NoRole: Story = {
  name: 'Signed in without the poster role (no-access hint)',
  args: { token: mockToken({ sub: 'employee-steenbergen', org: 'gem-steenbergen' }) },
};

export const OtherOrganisation: Story = {
  name: "Another organisation's poster, pinned to this one's assignment (403)",
  args: { assignmentId: exampleAssignment, token: mockToken({ sub: 'poster-provincie', org: 'prov-noord-brabant', roles: ['poster'] }) },
};

// States --------------------------------------------------------------------------------------

export const NoApplications: Story = { name: 'Empty (an assignment without applications)', args: { assignmentId: 'a-2026-0102' } };

export const NoAssignments: Story = {
  name: 'Empty (an organisation without assignments)',
  args: { token: mockToken({ sub: 'poster-nergens', org: 'gem-nergens', roles: ['poster'] }) },
};

export const Loading: Story = { args: { endpoint: faultApi('slow') } };

export const ServerError: Story = { args: { endpoint: faultApi('error500') } };

export const Offline: Story = { args: { endpoint: faultApi('network') } };

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: () => html`<style>
      .theme {
        --flexschil-color-primary: #7a1d5b;
        --flexschil-border-radius: 0;
        --flexschil-application-inbox-card-background-color: #fbf5f9;
        --flexschil-application-inbox-new-color: #0b5d1e;
      }
    </style>
    <div class="theme">${withProvider(html`<application-inbox></application-inbox>`, { token: posterToken })}</div>`,
};
