import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockTokens } from '../mock/backend.js';
import '../src/elements/profile-directory/define.js';
import { faultApi, STORY_API, withProvider } from './support.js';

interface Args {
  filters?: string;
  pageSize?: number;
  field?: string;
  region?: string;
  kind?: string;
  detailUrl?: string;
  endpoint?: string;
  token?: string | null;
  lang?: string;
  width?: string;
}

/**
 * The directory of professionals as a regional network embeds it. Data comes from the mock
 * backend (msw); the error stories point at a backend that always fails in one way.
 */
const meta: Meta<Args> = {
  title: 'Elements/profile-directory',
  component: 'profile-directory',
  render: (args) =>
    withProvider(
      html`<div style=${args.width ? `max-width: ${args.width}` : ''}>
        <profile-directory
          filters=${args.filters ?? 'q,field,region,kind,available'}
          page-size=${args.pageSize ?? 6}
          field=${args.field ?? ''}
          region=${args.region ?? ''}
          kind=${args.kind ?? ''}
          detail-url=${args.detailUrl ?? ''}
        ></profile-directory>
      </div>`,
      { endpoint: args.endpoint ?? STORY_API, token: args.token ?? null, lang: args.lang ?? 'nl' },
    ),
  args: { filters: 'q,field,region,kind,available', pageSize: 6 },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const English: Story = { args: { lang: 'en' } };

// Each kind of professional, as a fixed pre-filter ------------------------------------------

export const OnlyZpp: Story = { name: 'Only zpp (fixed kind)', args: { kind: 'zpp' } };

export const OnlyZzp: Story = { name: 'Only zzp (fixed kind)', args: { kind: 'zzp' } };

export const OndernemendeAmbtenaren: Story = { name: 'Ondernemende ambtenaren (fixed kind)', args: { kind: 'ondernemend-ambtenaar' } };

export const Managers: Story = { name: 'Managers (fixed kind)', args: { kind: 'manager' } };

export const Interim: Story = { name: 'Interim professionals (fixed kind)', args: { kind: 'interim' } };

export const RegionalNetwork: Story = {
  name: 'A regional network (fixed region, zpp and ondernemend ambtenaar)',
  args: { region: 'west-brabant', kind: 'zpp,ondernemend-ambtenaar' },
};

// Privacy -----------------------------------------------------------------------------------

export const NetworkMember: Story = {
  name: 'Signed in as a network member (network profiles included)',
  args: { token: mockTokens.steenbergen },
};

export const ExpiredToken: Story = { name: 'Token not accepted (401)', args: { token: 'verlopen-token' } };

// Options -----------------------------------------------------------------------------------

export const SearchOnly: Story = { name: 'Search only (`filters="q"`)', args: { filters: 'q' } };

export const DetailUrl: Story = { name: 'Cards link to the host\'s own page (`detail-url`)', args: { detailUrl: '#/professionals/{id}' } };

export const Narrow: Story = { name: 'Narrow (320 px: one column)', args: { width: '320px' } };

export const Phone: Story = {
  name: 'Phone (320 px: filters behind one "Filters" button)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const Dialog: Story = {
  name: 'Profile opened in the dialog',
  play: async ({ canvasElement }) => {
    const directory = canvasElement.querySelector('profile-directory')!;
    for (let i = 0; i < 100 && !directory.shadowRoot?.querySelector('.view'); i++) await new Promise((r) => setTimeout(r, 50));
    directory.shadowRoot?.querySelector<HTMLButtonElement>('.view')?.click();
  },
};

// States ------------------------------------------------------------------------------------

export const Loading: Story = { args: { endpoint: faultApi('slow') } };

export const Empty: Story = { name: 'Empty (nothing matches)', args: { region: 'nergens' } };

export const ServerError: Story = { args: { endpoint: faultApi('error500') } };

export const MalformedJson: Story = { args: { endpoint: faultApi('malformed') } };

export const SchemaInvalid: Story = { args: { endpoint: faultApi('invalid') } };

export const Offline: Story = { args: { endpoint: faultApi('network') } };

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: () => html`<style>
      .theme {
        --flexschil-color-primary: #7a1d5b;
        --flexschil-border-radius: 0;
        --flexschil-profile-card-background-color: #fbf5f9;
        --flexschil-profile-directory-card-min-width: 20em;
      }
    </style>
    <div class="theme">${withProvider(html`<profile-directory page-size="4"></profile-directory>`)}</div>`,
};
