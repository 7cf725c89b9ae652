import { expect } from '@open-wc/testing';
import { createMockBackend, mockToken } from '../../mock/backend.js';
import { seedToday } from '../../seed/seed.js';
import { submitApplication } from '../../src/api/applications.js';
import { sharedClient } from '../../src/api/clients.js';
import { ClientCore } from '../../src/api/core.js';
import * as inbox from '../../src/api/inbox.js';
import { createClient, type FlexschilClient } from '../../src/api/index.js';
import { getMe } from '../../src/api/personal.js';
import * as posting from '../../src/api/posting.js';
import * as profiles from '../../src/api/profiles.js';
import * as sessions from '../../src/api/sessions.js';
import { API, json, rejection, scriptedFetch } from '../helpers.js';

/** The mock backend as a client's fetch: no worker, a backend of this file's own. */
function backendFetch() {
  const backend = createMockBackend({ today: seedToday });
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => backend.handle(new Request(input, init), { base: API });
  return { backend, fetch: fetch as typeof globalThis.fetch };
}

const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
/** Gemeente Steenbergen's open public assignment in the seed. */
const ASSIGNMENT = 'a-2026-0101';

function applicationForm(name: string): FormData {
  const body = new FormData();
  const fields = { name, email: 'a.backx@example.nl', phone: '06 12345678', kvkNumber: '12345678', motivation: 'Ik wil graag meewerken aan deze opdracht omdat ik er veel ervaring mee heb.', availableFrom: '2027-01-01', hoursPerWeek: '16', rate: '85' };
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  body.append('cv', new File(['%PDF-1.4\n% cv\n'], 'cv-anne.pdf', { type: 'application/pdf' }));
  body.append('consent', 'true');
  body.append('acceptConditions', 'true');
  return body;
}

describe('API client: the core and the requests of each feature', () => {
  it('gives elements a core client that makes the personal requests through the feature functions', async () => {
    const { fetch } = backendFetch();
    const visitor = new ClientCore({ endpoint: API, fetch });
    const poster = new ClientCore({ endpoint: API, fetch, getToken: () => POSTER });

    const receipt = await submitApplication(visitor, ASSIGNMENT, applicationForm('Anne Backx'), { idempotencyKey: crypto.randomUUID() });
    expect(receipt.status).to.equal('received');

    expect((await getMe(poster)).can.readApplications).to.be.true;
    const overview = await inbox.listInbox(poster, { status: 'all' });
    expect(overview.items.map((item) => item.assignment.id)).to.include(ASSIGNMENT);
    const list = await inbox.listApplications(poster, ASSIGNMENT);
    expect(list.items.map((a) => a.id)).to.deep.equal([receipt.id]);

    const { value, etag } = await inbox.getApplication(poster, receipt.id);
    expect(value.name).to.equal('Anne Backx');
    expect(etag).to.equal('"v1"');
    const changed = await inbox.updateApplication(poster, receipt.id, { status: 'uitgenodigd' }, etag!);
    expect(changed.value.status).to.equal('uitgenodigd');
    expect(changed.etag).to.equal('"v2"');
    const stale = await rejection(inbox.updateApplication(poster, receipt.id, { status: 'afgewezen' }, etag!));
    expect(stale.status).to.equal(412);
    expect((stale.members.current as { status: string }).status).to.equal('uitgenodigd');

    const cv = await inbox.downloadCv(poster, receipt.id);
    expect(cv.fileName).to.equal('cv-anne.pdf');
    expect(await cv.blob.text()).to.match(/^%PDF-/);
    const csv = await inbox.downloadApplications(poster, ASSIGNMENT);
    expect(await csv.blob.text()).to.contain('Anne Backx');
  });

  it('signs up for a session and cancels with the secret from the mail, and tells a second cancel from the first', async () => {
    const { backend, fetch } = backendFetch();
    const client = new ClientCore({ endpoint: API, fetch });
    const open = (await client.listSessions({ pageSize: 100 })).items.find((s) => s.status === 'open')!;
    const receipt = await sessions.registerForSession(client, open.id, { name: 'Fatima', email: 'fatima@example.nl', consent: true }, { idempotencyKey: crypto.randomUUID() });
    expect(receipt).to.include({ sessionId: open.id, status: 'registered' });
    const link = new URL(backend.mails.find((m) => m.to === 'fatima@example.nl')!.text.match(/https?:\/\/\S+\?registration=\S+/)![0]);
    expect(link.searchParams.get('registration')).to.equal(receipt.id);
    const cancelled = await sessions.cancelRegistration(client, receipt.id, link.searchParams.get('token')!);
    expect(cancelled).to.include({ id: receipt.id, status: 'cancelled', alreadyCancelled: false });
    const again = await sessions.cancelRegistration(client, receipt.id, link.searchParams.get('token')!);
    expect(again).to.include({ id: receipt.id, status: 'cancelled', alreadyCancelled: true });
  });

  it('keeps personal answers out of the shared cache', async () => {
    const me = { organisation: null, profileId: 'p-1', can: { postAssignments: false, readApplications: false, editProfile: true } };
    const { fetch, calls } = scriptedFetch(json(me));
    const client = new ClientCore({ endpoint: API, fetch, getToken: () => 'token' });
    expect(await getMe(client)).to.deep.equal(me);
    expect(await getMe(client)).to.deep.equal(me);
    expect(calls.map((c) => c.url.pathname)).to.deep.equal(['/v1/me', '/v1/me']);
  });

  it('has the public class make exactly the request of the function of the same name', async () => {
    const draft = { title: 'Nieuw' } as never;
    const form = new FormData();
    const cases: [keyof FlexschilClient, (core: ClientCore, ...args: never[]) => Promise<unknown>, unknown[]][] = [
      ['submitApplication', submitApplication, ['a 1', form, { idempotencyKey: 'k-1', lang: 'en' }]],
      ['getMe', getMe, [{ lang: 'en' }]],
      ['listInbox', inbox.listInbox, [{ page: 2, pageSize: 5, status: 'open' }, { lang: 'en' }]],
      ['listApplications', inbox.listApplications, ['a/1', { status: ['received', 'afgewezen'], page: 2 }]],
      ['getApplication', inbox.getApplication, ['app 1']],
      ['updateApplication', inbox.updateApplication, ['app-1', { status: 'afgewezen' }, '"v3"']],
      ['downloadApplications', inbox.downloadApplications, ['a-1']],
      ['downloadCv', inbox.downloadCv, ['app-1']],
      ['listRegistrations', inbox.listRegistrations, ['s-1', { page: 3 }]],
      ['downloadRegistrations', inbox.downloadRegistrations, ['s-1']],
      ['getAssignmentForEditing', posting.getAssignmentForEditing, ['a-1']],
      ['createAssignment', posting.createAssignment, [draft, { idempotencyKey: 'k-2' }]],
      ['updateAssignment', posting.updateAssignment, ['a-1', { title: 'Anders' }, '"v1"']],
      ['getProfileForEditing', profiles.getProfileForEditing, ['p-1']],
      ['createProfile', profiles.createProfile, [draft, { idempotencyKey: 'k-3' }]],
      ['updateProfile', profiles.updateProfile, ['p-1', { headline: 'Anders' }, '"v2"']],
      ['registerForSession', sessions.registerForSession, ['s-1', { name: 'Fatima', email: 'f@example.nl', consent: true }, { idempotencyKey: 'k-4' }]],
      ['cancelRegistration', sessions.cancelRegistration, ['reg-1', 'geheim']],
      ['getRegistrationStatus', sessions.getRegistrationStatus, ['reg-1', 'geheim']],
    ];
    const forbidden = () => json({ type: 'about:blank', title: 'Verboden', status: 403 }, { status: 403 });
    for (const [name, fn, args] of cases) {
      const byClass = scriptedFetch(forbidden());
      const byFunction = scriptedFetch(forbidden());
      const client = createClient({ endpoint: API, fetch: byClass.fetch, getToken: () => 'token' });
      const core = new ClientCore({ endpoint: API, fetch: byFunction.fetch, getToken: () => 'token' });
      const [a, b] = [
        await rejection((client[name] as (...args: unknown[]) => Promise<unknown>)(...args)),
        await rejection(fn(core, ...(args as never[]))),
      ];
      expect([a.kind, a.status], name).to.deep.equal(['forbidden', 403]);
      expect([b.kind, b.status], name).to.deep.equal([a.kind, a.status]);
      const seen = (calls: typeof byClass.calls) =>
        calls.map(({ url, init }) => ({ url: url.href, method: init.method, headers: [...new Headers(init.headers)], body: init.body, credentials: init.credentials }));
      expect(seen(byFunction.calls), name).to.deep.equal(seen(byClass.calls));
      expect(byClass.calls, name).to.have.length(1);
    }
  });

  it('keeps every method of the public class, with the same number of parameters', () => {
    const client = createClient({ endpoint: API });
    expect(client).to.be.instanceOf(ClientCore);
    // The methods and their `length` (parameters before the first default) before the split (issue 15).
    const before = {
      listAssignments: 0, getAssignment: 1, listProfiles: 0, getProfile: 1, getVocabularies: 0, getMatch: 2, submitApplication: 3, getMe: 0,
      listInbox: 0, listApplications: 1, getApplication: 1, updateApplication: 3, downloadApplications: 1, downloadCv: 1, getAssignmentForEditing: 1,
      createAssignment: 2, updateAssignment: 3, getProfileForEditing: 1, createProfile: 2, updateProfile: 3, listSessions: 0, getSession: 1,
      sessionCalendarUrl: 1, registerForSession: 3, cancelRegistration: 2, listRegistrations: 1, downloadRegistrations: 1, feedUrl: 0, clearCache: 0,
    };
    const now = Object.fromEntries(Object.keys(before).map((name) => [name, (client[name as keyof FlexschilClient] as () => unknown).length]));
    expect(now).to.deep.equal(before);
  });

  it('gives elements a core without the personal and writing methods', () => {
    const core = sharedClient(API, 'omit', null) as unknown as Record<string, unknown>;
    expect(core).to.be.instanceOf(ClientCore);
    for (const name of ['getMe', 'listInbox', 'createAssignment', 'updateProfile', 'registerForSession', 'submitApplication']) expect(core[name], name).to.be.undefined;
    for (const name of ['listAssignments', 'getProfile', 'getVocabularies', 'listSessions', 'feedUrl']) expect(core[name], name).to.be.a('function');
  });
});
