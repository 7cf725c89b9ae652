import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mockTokens } from '../mock/backend.js';
import { seedProfiles } from '../seed/seed.js';
import type { ProfileInput } from '../src/api/schemas.js';
import '../src/elements/profile-card/define.js';
import { faultApi, STORY_API, withProvider } from './support.js';

/** A seed profile as the API sends it, with overrides (for the property-driven stories). */
const seed = (id: string, overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  ...structuredClone(seedProfiles.find((p) => p.id === id) ?? seedProfiles[0]),
  ...overrides,
});

interface Args {
  profileId?: string;
  profile?: ProfileInput;
  variant?: 'full' | 'compact';
  headingLevel?: number;
  endpoint?: string;
  token?: string | null;
  lang?: string;
}

/**
 * One professional as a regional network shows them "as a business card" (`compact`) or as an
 * e-portfolio (`full`). Stories with `profileId` fetch from the mock backend (msw); stories with
 * `profile` pass the API's JSON as a property. The error stories point at a backend that always
 * fails in one way.
 */
const meta: Meta<Args> = {
  title: 'Elements/profile-card',
  component: 'profile-card',
  render: (args) =>
    withProvider(
      html`<div style="max-width: 48em">
        <profile-card
          profile-id=${args.profile ? '' : (args.profileId ?? 'p-0001')}
          variant=${args.variant ?? 'full'}
          heading-level=${args.headingLevel ?? 2}
          .profile=${args.profile ?? null}
        ></profile-card>
      </div>`,
      { endpoint: args.endpoint ?? STORY_API, token: args.token ?? null, lang: args.lang ?? 'nl' },
    ),
  args: { profileId: 'p-0001', variant: 'full' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;
type Story = StoryObj<Args>;

// Each kind of professional -----------------------------------------------------------------

export const Zpp: Story = { name: 'Zelfstandig publiek professional (zpp)', args: { profileId: 'p-0001' } };

export const Zzp: Story = { name: 'Zelfstandige (zzp)', args: { profileId: 'p-0007' } };

export const OndernemendAmbtenaar: Story = { name: 'Ondernemend ambtenaar', args: { profileId: 'p-0013' } };

export const Manager: Story = { name: 'Manager (short assignments)', args: { profileId: 'p-0019' } };

export const Interim: Story = { name: 'Interim professional', args: { profileId: 'p-0028' } };

// Variants and inputs -----------------------------------------------------------------------

export const Compact: Story = {
  name: 'Compact (grid tile)',
  render: (args) =>
    withProvider(
      html`<ul style="list-style: none; margin: 0; padding: 0; display: grid; gap: 1em; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr))">
        ${['p-0001', 'p-0007', 'p-0013', 'p-0019', 'p-0028'].map(
          (id) => html`<li style="display: grid"><profile-card profile-id=${id} variant="compact" heading-level="3"></profile-card></li>`,
        )}
      </ul>`,
      { lang: args.lang ?? 'nl' },
    ),
};

export const FromProperty: Story = {
  name: 'From the `profile` property (no request)',
  args: { profile: seed('p-0029') },
};

export const Minimal: Story = {
  name: 'Minimal profile (nothing optional published)',
  args: {
    profile: seed('p-0012', {
      organisation: null,
      availability: null,
      rate: null,
      bio: null,
      coreQualities: [],
      experience: [],
      links: { cv: null, portfolio: null, linkedin: null },
      contact: null,
    }),
  },
};

export const PhotoFailsToLoad: Story = {
  name: 'Photo that fails to load (initials instead)',
  args: { profile: seed('p-0002', { photoUrl: 'https://photos.flexschil.invalid/p-0002.jpg' }) },
};

export const HostileData: Story = {
  name: 'Hostile data (shown as text, unsafe links dropped)',
  args: {
    profile: seed('p-0003', {
      name: '<img src=x onerror="alert(1)">Fatima',
      headline: '<script>alert(1)</script>',
      bio: '"><svg onload=alert(1)>',
      links: { cv: 'javascript:alert(1)', portfolio: 'data:text/html,<script>alert(1)</script>', linkedin: 'https://www.linkedin.com/in/example' },
    }),
  },
};

export const English: Story = { args: { profileId: 'p-0001', lang: 'en' } };

// Privacy: network and internal profiles --------------------------------------------------

export const NetworkSignedIn: Story = {
  name: 'Network profile, signed in as a member',
  args: { profileId: 'p-0006', token: mockTokens.steenbergen },
};

export const NetworkSignedOut: Story = { name: 'Network profile, not signed in (401)', args: { profileId: 'p-0006' } };

export const NetworkForbidden: Story = {
  name: 'Network profile, signed in without rights (403)',
  args: { profileId: 'p-0006', token: mockTokens.guest },
};

export const InternalSignedIn: Story = {
  name: 'Internal profile, signed in as a colleague',
  args: { profileId: 'p-0017', token: mockTokens.steenbergen },
};

// States ------------------------------------------------------------------------------------

export const Loading: Story = { args: { endpoint: faultApi('slow') } };

export const NotFound: Story = { name: 'Not found (404)', args: { profileId: 'p-9999' } };

export const ServerError: Story = { args: { endpoint: faultApi('error500') } };

export const MalformedJson: Story = { args: { endpoint: faultApi('malformed') } };

export const Offline: Story = { args: { endpoint: faultApi('network') } };

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: () => html`<style>
      .theme {
        --flexschil-color-primary: #7a1d5b;
        --flexschil-font-family: Georgia, serif;
        --flexschil-border-radius: 0;
        --flexschil-profile-card-background-color: #fbf5f9;
        --flexschil-profile-card-photo-size: 120px;
      }
    </style>
    <div class="theme" style="max-width: 48em">${withProvider(html`<profile-card profile-id="p-0019"></profile-card>`)}</div>`,
};
