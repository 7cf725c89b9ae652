import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
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
