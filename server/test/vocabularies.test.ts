/**
 * Labels only of what the viewer may see (issue 14 item 8): a code value first met in data —
 * not in the network's vocabulary — may be an internal project's or a network's own. It is
 * listed in `/vocabularies`, and echoed as a chosen filter, only for viewers who may see data
 * that uses it. Against the reference server and the mock's in-memory store alike.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MockBackend, mockToken } from '../../mock/backend.js';
import { seedAssignments, seedProfiles } from '../../seed/seed.js';
import type { AssignmentInput, ProfileInput } from '../../src/api/schemas.js';
import { importData } from '../store/import.js';
import { createTestApp, json, openTestDatabase, type TestApp } from './helpers.js';

const internal: AssignmentInput = {
  ...structuredClone(seedAssignments[0]!),
  id: 'a-geheim-0001',
  title: 'Kwartiermaker reorganisatie (intern)',
  organisation: { id: 'gem-steenbergen', name: 'Gemeente Steenbergen', logoUrl: null },
  visibility: 'internal',
  field: { value: 'reorganisatie-x', label: 'Reorganisatie X (vertrouwelijk)' },
  location: { ...structuredClone(seedAssignments[0]!.location), region: { value: 'achterkamer', label: 'Achterkamer' } },
};
const network: ProfileInput = {
  ...structuredClone(seedProfiles[0]!),
  id: 'p-netwerk-0001',
  visibility: 'network',
  fields: [{ value: 'netwerkveld', label: 'Netwerkveld' }],
};
const open: AssignmentInput = { ...structuredClone(seedAssignments[1]!), id: 'a-open-0001', visibility: 'public', field: { value: 'open-veld', label: 'Open veld' } };

const values = (codes: { value: string }[]) => codes.map((c) => c.value);

describe('/vocabularies lists a value first met in data only for viewers who may see that data', () => {
  let t: TestApp;
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  before(async () => {
    database = await openTestDatabase();
    await importData(database.db, { assignments: [internal, open], profiles: [network] });
    t = await createTestApp({ database });
  });
  after(async () => {
    await t.close();
    await database.close();
  });

  const vocabularies = async (claims?: object) => {
    const headers: Record<string, string> = claims ? { Authorization: `Bearer ${await t.token(claims)}` } : {};
    return json(await t.request('/vocabularies', { headers }));
  };

  it('anonymous visitors see the public data’s values, not internal or network ones', async () => {
    const body = await vocabularies();
    assert.ok(values(body.field).includes('open-veld'));
    assert.ok(values(body.field).includes(seedAssignments[0]!.field.value), 'the curated vocabulary stays');
    for (const value of ['reorganisatie-x', 'netwerkveld']) assert.ok(!values(body.field).includes(value), value);
    assert.ok(!values(body.region).includes('achterkamer'));
    assert.ok(!JSON.stringify(body).includes('vertrouwelijk'));
  });

  it('employees of the organisation see its internal values; network members the network’s', async () => {
    const employee = await vocabularies({ sub: 'e-1', org: 'gem-steenbergen' });
    assert.ok(values(employee.field).includes('reorganisatie-x'));
    assert.ok(values(employee.region).includes('achterkamer'));
    const member = await vocabularies({ sub: 'm-1', org: 'prov-noord-brabant', network: true });
    assert.ok(values(member.field).includes('netwerkveld'));
    assert.ok(!values(member.field).includes('reorganisatie-x'));
  });

  it('a chosen internal value is not echoed to an anonymous visitor', async () => {
    const body = await json(await t.request('/assignments?field=reorganisatie-x&region=achterkamer'));
    assert.equal(body.total, 0);
    assert.ok(!JSON.stringify(body.facets).includes('reorganisatie-x'));
    assert.ok(!JSON.stringify(body.facets).includes('Achterkamer'));
  });
});

describe('the mock store answers the same', () => {
  it('lists internal values only for their organisation', async () => {
    const backend = new MockBackend({ seed: { assignments: [...seedAssignments, internal], profiles: seedProfiles } });
    const ask = async (headers: Record<string, string> = {}) =>
      (await (await backend.handle(new Request(`${backend.base}/vocabularies`, { headers }))).json()) as { field: { value: string }[] };
    assert.ok(!values((await ask()).field).includes('reorganisatie-x'));
    const token = mockToken({ sub: 'e-1', org: 'gem-steenbergen' });
    assert.ok(values((await ask({ Authorization: `Bearer ${token}` })).field).includes('reorganisatie-x'));
  });
});
