import type { AssignmentInput, ProfileInput } from '../src/api/schemas.js';

/** A valid assignment as a backend sends it (CONTRACT.md example), with overrides. */
export function makeAssignment(overrides: Partial<AssignmentInput> = {}): AssignmentInput {
  return {
    id: 'a-2026-0042',
    title: 'Projectleider informatievoorziening',
    organisation: { id: 'gem-steenbergen', name: 'Gemeente Steenbergen', logoUrl: null },
    summary: 'Plain text, at most about 300 characters.',
    description: '<p>HTML fragment from the organisation\'s CMS.</p>',
    field: { value: 'informatievoorziening', label: 'Informatievoorziening' },
    skills: [
      { name: 'Projectmanagement', required: true },
      { name: 'Zaakgericht werken', required: false },
    ],
    location: { place: 'Steenbergen', region: { value: 'west-brabant', label: 'West-Brabant' }, mode: 'hybrid' },
    hoursPerWeek: { min: 16, max: 24 },
    startDate: '2027-01-15',
    endDate: '2027-06-30',
    closingDate: '2099-12-20', // open by the real date whatever day the tests run (the writers and forms read the clock)
    types: ['detachering', 'inhuur'],
    rate: { min: 75, max: 95, currency: 'EUR', unit: 'hour', publicRate: true },
    visibility: 'public',
    status: 'open',
    publishedAt: '2026-11-20T09:00:00+01:00',
    contact: { name: 'Pim Kroes', email: 'inkoop@example.nl', phone: null },
    url: 'https://www.example.nl/opdrachten/a-2026-0042',
    applyUrl: null,
    requirements: { kvkNumber: true, cv: true, conditionsUrl: 'https://example.nl/inkoopvoorwaarden', managerConsent: false },
    ...overrides,
  };
}

export function makePage<T>(items: T[], overrides: Record<string, unknown> = {}) {
  return { items, page: 1, pageSize: 10, total: items.length, ...overrides };
}

export function makeProfile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    id: 'p-0007',
    name: 'Anne-Marie Backx',
    headline: 'Projectleider en verbinder tussen gemeenten',
    photoUrl: null,
    kind: 'zpp',
    organisation: { id: 'gem-bergen-op-zoom', name: 'Gemeente Bergen op Zoom', logoUrl: null },
    fields: [{ value: 'organisatieontwikkeling', label: 'Organisatieontwikkeling' }],
    coreQualities: ['Verbinden', 'Ondernemend', 'Resultaatgericht'],
    skills: ['Projectmanagement', 'Informatievoorziening', 'Participatie'],
    experience: [{ title: 'Projectleider kunst in de binnenstad', organisation: 'Gemeente Steenbergen', from: '2024-03', to: null }],
    availability: { hoursPerWeek: 16, from: '2027-01-01' },
    region: { value: 'west-brabant', label: 'West-Brabant' },
    rate: { amount: 85, currency: 'EUR', unit: 'hour', publicRate: true },
    bio: 'Plain text.',
    links: { cv: 'https://example.nl/cv/p-0007.pdf', portfolio: null, linkedin: null },
    contact: { email: 'a.backx@example.nl', phone: null },
    visibility: 'public',
    updatedAt: '2026-10-01T12:00:00+02:00',
    ...overrides,
  };
}
