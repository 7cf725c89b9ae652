import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { HttpResponse, http } from 'msw';
import { createHandlers, mockBackend } from '../mock/handlers.js';
import { seedAssignments, seedProfiles } from '../seed/seed.js';
import type { AssignmentInput, ProfileInput } from '../src/api/schemas.js';
import '../src/elements/match-badge/define.js';
import { faultApi, STORY_API, withProvider } from './support.js';

/** A backend without the optional match endpoint (501): the badge fetches both objects and computes. */
const NO_MATCH_API = 'https://no-match.flexschil.test/v1';

/** Seed objects as the API sends them, with overrides (for the property-driven stories). */
const assignment = (id: string, overrides: Partial<AssignmentInput> = {}): AssignmentInput => ({
  ...structuredClone(seedAssignments.find((a) => a.id === id) ?? seedAssignments[0]),
  ...overrides,
});
const profile = (id: string, overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  ...structuredClone(seedProfiles.find((p) => p.id === id) ?? seedProfiles[0]),
  ...overrides,
});

interface Args {
  score?: number;
  assignment?: AssignmentInput;
  profile?: ProfileInput;
  assignmentId?: string;
  profileId?: string;
  variant?: 'full' | 'compact';
  endpoint?: string;
  lang?: string;
}

/**
 * How well a professional fits an assignment. Inputs, first that applies: `score`; the
 * `assignment` and `profile` properties (the API's JSON, computed in the browser);
 * `assignment-id` + `profile-id` (the backend's match endpoint, else both fetched and computed);
 * or one property with the other's id, as `<assignment-list profile-id>` does on its cards.
 * The level stories pass seed pairs of the mock backend as properties; the fetched ones use ids.
 */
const meta: Meta<Args> = {
  title: 'Elements/match-badge',
  component: 'match-badge',
  render: (args) =>
    withProvider(
      html`<div style="max-width: 32em">
        <match-badge
          score=${args.score ?? nothing}
          .assignment=${args.assignment ?? null}
          .profile=${args.profile ?? null}
          assignment-id=${args.assignmentId ?? nothing}
          profile-id=${args.profileId ?? nothing}
          variant=${args.variant ?? 'full'}
        ></match-badge>
      </div>`,
      { endpoint: args.endpoint ?? STORY_API, lang: args.lang ?? 'nl' },
    ),
  args: { variant: 'full' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    score: { control: { type: 'number', min: 0, max: 100 } },
  },
  // For the whole file, not one story: on the autodocs page every story shares one worker.
  parameters: {
    msw: {
      handlers: [
        http.get(`${NO_MATCH_API}/assignments/:id/match`, () =>
          HttpResponse.json(
            { title: 'Not Implemented', status: 501, detail: 'This backend does not compute matches.' },
            { status: 501, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
        ...createHandlers(mockBackend, NO_MATCH_API),
      ],
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

// Each level (computed in the browser from the two objects) ----------------------------------

export const Strong: Story = {
  name: 'Strong match (≥ 75)',
  args: { assignment: assignment('a-2026-0101'), profile: profile('p-0003') },
};

export const Good: Story = {
  name: 'Good match (≥ 50)',
  args: { assignment: assignment('a-2026-0102'), profile: profile('p-0007') },
};

export const Partial: Story = {
  name: 'Partial match (≥ 25)',
  args: { assignment: assignment('a-2026-0101'), profile: profile('p-0002') },
};

export const Weak: Story = {
  name: 'Weak match (< 25)',
  args: { assignment: assignment('a-2026-0105'), profile: profile('p-0022') },
};

export const English: Story = {
  args: { assignment: assignment('a-2026-0102'), profile: profile('p-0007'), lang: 'en' },
};

export const Compact: Story = {
  name: 'Compact (on cards, reasons behind "Waarom?")',
  render: (args) =>
    withProvider(
      html`<ul style="list-style: none; margin: 0; padding: 0; display: grid; gap: 1em; max-width: 28em">
        ${[
          ['a-2026-0101', 'p-0003'],
          ['a-2026-0102', 'p-0007'],
          ['a-2026-0101', 'p-0002'],
          ['a-2026-0105', 'p-0022'],
        ].map(
          ([a, p]) => html`<li style="padding: 0.75em; border: 1px solid #6b6b6b; border-radius: 4px">
            <strong>${assignment(a).title}</strong>
            <match-badge variant="compact" .assignment=${assignment(a)} .profile=${profile(p)}></match-badge>
          </li>`,
        )}
      </ul>`,
      { lang: args.lang ?? 'nl' },
    ),
};

export const ScoreOnly: Story = {
  name: 'A given score (no reasons)',
  render: (args) =>
    withProvider(
      html`<p style="display: flex; flex-wrap: wrap; gap: 1em">
        ${[92, 64, 31, 8].map((score) => html`<match-badge score=${score} variant=${args.variant ?? 'full'}></match-badge>`)}
      </p>`,
      { lang: args.lang ?? 'nl' },
    ),
};

// Missing data ---------------------------------------------------------------------------------

export const ProfileWithoutAvailabilityOrRate: Story = {
  name: 'Profile without availability or rate',
  args: { assignment: assignment('a-2026-0101'), profile: profile('p-0005', { availability: null, rate: null }) },
};

export const AssignmentWithoutSkills: Story = {
  name: 'Assignment without skills, start date or rate',
  args: { assignment: assignment('a-2026-0102', { skills: [], startDate: null, rate: null }), profile: profile('p-0007') },
};

// Fetched by id ----------------------------------------------------------------------------------

export const BackendMatch: Story = {
  name: 'Ids: the backend\'s match endpoint',
  args: { assignmentId: 'a-2026-0101', profileId: 'p-0003' },
};

export const BackendWithoutMatchEndpoint: Story = {
  name: 'Ids: backend without match endpoint (501), computed here',
  args: { assignmentId: 'a-2026-0101', profileId: 'p-0003', endpoint: NO_MATCH_API },
};

export const OnABoardCard: Story = {
  name: 'Assignment property + profile-id (as on a board card)',
  args: { assignment: assignment('a-2026-0102'), profileId: 'p-0007', variant: 'compact' },
};

export const Loading: Story = {
  args: { assignmentId: 'a-2026-0101', profileId: 'p-0003', endpoint: faultApi('slow') },
};

export const ServerError: Story = {
  name: 'Error (server error)',
  args: { assignmentId: 'a-2026-0101', profileId: 'p-0003', endpoint: faultApi('error500') },
};

export const ServerErrorCompact: Story = {
  name: 'Error, compact',
  args: { assignmentId: 'a-2026-0101', profileId: 'p-0003', endpoint: faultApi('error500'), variant: 'compact' },
};

// Theming ----------------------------------------------------------------------------------------

export const HouseStyle: Story = {
  name: 'House style (custom properties)',
  render: (args) =>
    withProvider(
      html`<div
        style="max-width: 32em; --flexschil-match-badge-strong-color: #ffffff; --flexschil-match-badge-strong-background-color: #01689b; --flexschil-match-badge-border-radius: 0; --flexschil-match-badge-toggle-color: #01689b"
      >
        <match-badge variant=${args.variant ?? 'compact'} .assignment=${assignment('a-2026-0101')} .profile=${profile('p-0003')}></match-badge>
      </div>`,
      { lang: args.lang ?? 'nl' },
    ),
  args: { variant: 'compact' },
};
