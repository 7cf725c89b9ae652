import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { mockTokens } from '../mock/backend.js';
import { faultApi, STORY_API, withProvider } from './support.js';

/**
 * The assignment board as a municipality embeds it. Data comes from the mock backend (msw);
 * the error stories point at a backend that always fails in one way.
 */
const meta: Meta = {
  title: 'Elements/assignment-list',
  component: 'assignment-list',
  render: (args) =>
    withProvider(
      html`<assignment-list
        filters=${args.filters}
        page-size=${args.pageSize}
        visibility=${args.visibility ?? 'public'}
        field=${args.field ?? ''}
        organisation=${args.organisation ?? ''}
        profile-id=${args.profileId ?? nothing}
        ?feed=${args.feed ?? false}
        ?sessions=${args.sessions ?? false}
        ?sync-url=${args.syncUrl ?? false}
      ></assignment-list>`,
      { endpoint: args.endpoint ?? STORY_API, token: args.token ?? null, lang: args.lang ?? 'nl' },
    ),
  args: { filters: 'q,field,region,type', pageSize: 5 },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const AllFilters: Story = { args: { filters: 'q,field,region,type,mode,hours' } };

export const Filtered: Story = {
  name: 'Filtered (fixed to one organisation and field)',
  args: { organisation: 'gem-steenbergen', field: 'informatievoorziening' },
};

export const English: Story = { args: { lang: 'en' } };

export const RegionalBoard: Story = {
  name: 'Regional board (several organisations, organisation filter with counts)',
  args: { organisation: 'gem-steenbergen,gem-bergen-op-zoom,ws-brabantse-delta', filters: 'q,organisation,field' },
};

export const FollowThisSearch: Story = { name: 'Follow this search (`feed`: the Atom feed of the current filters)', args: { feed: true } };

export const WithSessions: Story = {
  name: 'Swarm sessions on the cards (`sessions`: one request per page for their next sessions)',
  args: { sessions: true, field: 'water' },
};

export const BestFit: Story = {
  name: 'Best passend (`profile-id`: the backend ranks the whole result)',
  args: { profileId: 'p-0001', filters: 'q,field' },
  play: async ({ canvasElement }) => {
    const board = canvasElement.querySelector('assignment-list')!;
    for (let i = 0; i < 100 && !board.shadowRoot?.querySelector('option[value="fit"]'); i++) await new Promise((r) => setTimeout(r, 50));
    const select = board.shadowRoot?.querySelector<HTMLSelectElement>('select[name="sort"]');
    if (!select) return;
    select.value = 'fit';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  },
};

export const Phone: Story = {
  name: 'Phone (320 px: filters behind one "Filters" button)',
  args: { filters: 'q,field,region,type,mode,hours' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const Empty: Story = {
  args: { organisation: 'does-not-exist' },
};

export const Loading: Story = { args: { endpoint: faultApi('slow') } };

export const ServerError: Story = { args: { endpoint: faultApi('error500') } };

export const MalformedJson: Story = { args: { endpoint: faultApi('malformed') } };

export const SchemaInvalid: Story = { args: { endpoint: faultApi('invalid') } };

export const Offline: Story = { args: { endpoint: faultApi('network') } };

export const InternalSignedIn: Story = {
  name: 'Internal (signed in)',
  args: { visibility: 'internal', token: mockTokens.steenbergen },
};

export const InternalSignedOut: Story = { name: 'Internal (not signed in)', args: { visibility: 'internal' } };

export const Dialog: Story = {
  name: 'Dialog (opened)',
  play: async ({ canvasElement }) => {
    const board = canvasElement.querySelector('assignment-list')!;
    for (let i = 0; i < 100 && !board.shadowRoot?.querySelector('[part="card-title"] button'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    board.shadowRoot?.querySelector<HTMLButtonElement>('[part="card-title"] button')?.click();
  },
};

export const NlDesignSystemTheme: Story = {
  name: 'Themed with NL Design System-style tokens',
  render: () => html`<style>
      .theme {
        --flexschil-color-primary: #a90061;
        --flexschil-border-radius: 0;
        --flexschil-font-family: Georgia, serif;
        --flexschil-assignment-list-card-background-color: #fdf6fa;
      }
    </style>
    <div class="theme">${withProvider(html`<assignment-list page-size="3"></assignment-list>`)}</div>`,
};
