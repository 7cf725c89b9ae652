/**
 * Example applications for the inbox's stories and the demo's inbox page: sent through the mock
 * backend's own `POST /assignments/{id}/applications` (and statuses set with its own `PATCH`), so
 * they are stored, counted and audited as any application is. The seed has none of its own.
 */
import { type MockBackend, mockToken } from '../mock/backend.js';
import { seedAssignments } from '../seed/seed.js';

/** A poster of Gemeente Steenbergen: reads and changes its applications. */
export const posterClaims = { sub: 'poster-steenbergen', org: 'gem-steenbergen', roles: ['poster'] };
export const posterToken = mockToken(posterClaims);
/** Gemeente Steenbergen's assignment with the most example applications. */
export const exampleAssignment = 'a-2026-0101';

const examples = [
  { assignment: 'a-2026-0101', name: 'Anne-Marie Backx', email: 'a.backx@example.nl', cv: 'cv Anne-Marie Backx.pdf', status: 'uitgenodigd', hours: 16, rate: 85 },
  { assignment: 'a-2026-0101', name: 'Zoë van Dijk', email: 'zoe.vandijk@example.nl', cv: 'Zoë van Dijk – cv 2026.pdf', status: 'received', hours: 24, rate: 92.5 },
  { assignment: 'a-2026-0101', name: 'Łukasz Nowak', email: 'lukasz@example.nl', cv: 'CV_Łukasz_Nowak.pdf', status: 'received', hours: 20, rate: null },
  { assignment: 'a-2026-0101', name: 'Pieter Jansen', email: 'pieter.jansen@example.nl', cv: 'cv.pdf', status: 'afgewezen', hours: 8, rate: 110 },
  { assignment: 'a-2026-0105', name: 'Fatma Yıldız', email: 'f.yildiz@example.nl', cv: 'cv-fatma-yildiz.pdf', status: 'in-behandeling', hours: 32, rate: null },
  { assignment: 'a-2026-0105', name: 'Sanne de Boer', email: 'sanne@example.nl', cv: 'Sanne de Boer.pdf', status: 'received', hours: 16, rate: null },
] as const;

const MOTIVATION =
  'Ik heb acht jaar ervaring als projectleider bij gemeenten in West-Brabant.\n\nIk begeleidde twee aanbestedingen van een zaaksysteem en werk graag samen met informatiemanagers en de business.';

const added = new WeakMap<MockBackend, Promise<void>>();

/** Adds the examples once per backend (several stories share one). */
export function addExampleApplications(backend: MockBackend, base: string): Promise<void> {
  let done = added.get(backend);
  if (!done) {
    done = Promise.all(examples.map((example) => addOne(backend, base.replace(/\/+$/, ''), example))).then(() => undefined);
    added.set(backend, done);
  }
  return done;
}

async function addOne(backend: MockBackend, base: string, example: (typeof examples)[number]): Promise<void> {
  const requirements = seedAssignments.find((a) => a.id === example.assignment)?.requirements;
  const body = new FormData();
  body.append('name', example.name);
  body.append('email', example.email);
  body.append('motivation', MOTIVATION);
  body.append('hoursPerWeek', String(example.hours));
  if (example.rate !== null) body.append('rate', String(example.rate));
  if (requirements?.kvkNumber) body.append('kvkNumber', '12345678');
  if (requirements?.cv) body.append('cv', new File(['%PDF-1.4\n% example cv\n'], example.cv, { type: 'application/pdf' }));
  if (requirements?.conditionsUrl) body.append('acceptConditions', 'true');
  if (requirements?.managerConsent) body.append('managerConsent', 'true');
  body.append('consent', 'true');
  const created = await backend.handle(
    new Request(`${base}/assignments/${example.assignment}/applications`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body }),
    { base },
  );
  if (created.status !== 201) throw new Error(`example application of ${example.name}: ${created.status} ${await created.text()}`);
  if (example.status === 'received') return;
  const { id } = (await created.json()) as { id: string };
  await backend.handle(
    new Request(`${base}/applications/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${posterToken}`, 'If-Match': '"v1"', 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ status: example.status }),
    }),
    { base },
  );
}
