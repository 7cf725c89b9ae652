/**
 * The API fuzzed from its own `/openapi.json` (issue 14): a few hundred generated requests
 * (server/test/openapi-fuzz.ts, fast-check) against the reference server over HTTP, with
 * every kind of caller. None may end in a server error or an answer the document does not
 * allow. Reproducible: FUZZ_SEED and FUZZ_RUNS choose the run —
 * `FUZZ_RUNS=5000 FUZZ_SEED=7 node --import tsx --test server/test/fuzz.test.ts` for a longer one.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { LogFields } from '../http/log.js';
import { type RunningServer, startServer } from '../server.js';
import { openTestDatabase } from './helpers.js';
import { type Caller, type Finding, type FuzzContext, generateRequests, judge, type OpenApiDocument, send } from './openapi-fuzz.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

let server: RunningServer;
let database: Awaited<ReturnType<typeof openTestDatabase>>;
const serverErrors: { event: string; fields?: LogFields }[] = [];

before(async () => {
  database = await openTestDatabase();
  const record = (event: string, fields?: LogFields) => serverErrors.push({ event, fields });
  server = await startServer({
    dev: true,
    port: 0,
    database,
    rateLimit: 0,
    sessionRateLimit: 0,
    validateResponses: true,
    logger: { info() {}, warn() {}, error: record },
  });
});
after(async () => {
  await server?.close();
  await database?.close();
});

async function token(base: string, claims: object): Promise<string> {
  const response = await fetch(`${base}/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(claims) });
  return ((await response.json()) as { token: string }).token;
}

it(`the API answers ${RUNS} generated requests as its OpenAPI document says (seed ${SEED})`, { timeout: 600_000 }, async () => {
  const base = `${server.url}${server.basePath}`;
  const doc = (await (await fetch(`${base}/openapi.json`)).json()) as OpenApiDocument;

  const poster = await token(base, { sub: 'fuzz-poster', org: 'gem-steenbergen', roles: ['poster'] });
  const employee = await token(base, { sub: 'fuzz-employee', org: 'prov-noord-brabant', network: true });
  const outsider = await token(base, { sub: 'fuzz-outsider' });
  const callers: Caller[] = [
    { name: 'anonymous', headers: {} },
    { name: 'poster', headers: { Authorization: `Bearer ${poster}` } },
    { name: 'poster (cookie)', headers: { Cookie: `flexschil-session=${poster}` } },
    { name: 'employee', headers: { Authorization: `Bearer ${employee}` } },
    { name: 'outsider', headers: { Authorization: `Bearer ${outsider}` } },
    { name: 'forged token', headers: { Authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' } },
  ];

  // Ids and codes that exist, so requests get past "unknown" to the rules behind it.
  const asPoster = { Authorization: `Bearer ${poster}` };
  const listed = async (path: string) => ((await (await fetch(`${base}${path}`, { headers: asPoster })).json()) as { items: { id: string }[] }).items.map((i) => i.id);
  const assignments = await listed('/assignments?visibility=all&status=all&pageSize=100');
  const profiles = await listed('/profiles?pageSize=100');
  const sessions = await listed('/sessions?pageSize=100');
  const vocabularies = (await (await fetch(`${base}/vocabularies`, { headers: asPoster })).json()) as Record<string, { value: string }[]>;
  const codes = (list: string) => (vocabularies[list] ?? []).map((c) => c.value);
  const applications: string[] = [];
  const inbox = (await (await fetch(`${base}/me/assignments?status=open&pageSize=20`, { headers: asPoster })).json()) as { items: { assignment: { id: string } }[] };
  for (const id of inbox.items.map((i) => i.assignment.id).slice(0, 10)) {
    const form = new FormData();
    const fields = { name: 'Fuzz Test', email: 'fuzz@example.nl', motivation: 'Een motivatie van ruim vijftig tekens om de regels te halen, echt waar.', kvkNumber: '12345678', consent: 'true', acceptConditions: 'true', managerConsent: 'true' };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('cv', new Blob(['%PDF-1.4\n% fuzz\n']), 'cv.pdf');
    const answer = await fetch(`${base}/assignments/${id}/applications`, { method: 'POST', body: form, headers: { 'Idempotency-Key': crypto.randomUUID() } });
    if (answer.status === 201) applications.push(((await answer.json()) as { id: string }).id);
    if (applications.length >= 3) break;
  }
  assert.ok(applications.length > 0, 'applications to read and change');
  const context: FuzzContext = {
    callers,
    ids: (path) => {
      if (path.startsWith('/applications/')) return applications;
      if (path.startsWith('/profiles/')) return profiles;
      if (path === '/sessions/{file}') return sessions.map((id) => `${id}.ics`);
      if (path.startsWith('/sessions/')) return sessions;
      if (path.startsWith('/registrations/')) return [];
      return assignments;
    },
    known: {
      profile: profiles,
      profileId: profiles,
      field: codes('field'),
      region: codes('region'),
      value: [...codes('field'), ...codes('region')],
      organisation: ['gem-steenbergen', 'prov-noord-brabant'],
      org: ['gem-steenbergen', 'prov-noord-brabant'],
    },
  };

  const requests = generateRequests(doc, context, { seed: SEED, runs: RUNS });
  const findings: Finding[] = [];
  const statuses = new Map<string, number>();
  let previous: (typeof requests)[number] | undefined;
  for (const request of requests) {
    const before = previous;
    previous = request;
    let response: Response;
    try {
      response = await send(base, request).catch((error) => {
        // A kept-alive connection that the server closed after an earlier answer it gave before
        // reading that request's body (it drains at most 500 ms): a browser sends again on a new
        // connection, and so does this. A second failure is a finding.
        if (!/ECONNRESET|UND_ERR_SOCKET|EPIPE/.test(String((error as { cause?: { code?: string } }).cause?.code))) throw error;
        return send(base, request);
      });
    } catch (error) {
      // The server closed the connection without an answer (or the request could not be sent).
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      findings.push({ request, status: 0, problem: `no answer: ${cause?.code ?? ''} ${cause?.message ?? String(error)}` });
      if (process.env.FUZZ_DEBUG) console.error(JSON.stringify({ request, before }, null, 1).slice(0, 5000));
      continue;
    }
    const problem = await judge(doc, request, response);
    statuses.set(`${request.operationId} ${response.status}`, (statuses.get(`${request.operationId} ${response.status}`) ?? 0) + 1);
    if (problem) findings.push({ request, status: response.status, problem });
  }

  if (process.env.FUZZ_DEBUG) console.error([...statuses.entries()].sort().map(([key, n]) => `${key}: ${n}`).join('\n'));
  // One line per kind of finding (operation, status, problem), with the first request that showed it.
  const kinds = new Map<string, Finding>();
  for (const finding of findings) kinds.set(`${finding.request.operationId} ${finding.status} ${finding.problem.slice(0, 60)}`, kinds.get(`${finding.request.operationId} ${finding.status} ${finding.problem.slice(0, 60)}`) ?? finding);
  const report = [...kinds.values()].map((f) => `${f.request.method} ${f.request.target.slice(0, 200)} as ${f.request.caller} ${JSON.stringify(f.request.headers).slice(0, 300)} → ${f.status}: ${f.problem}`);
  assert.deepEqual(report, [], `${findings.length} of ${requests.length} answers break the document`);
  assert.deepEqual(serverErrors, [], 'no request is logged as a server error');
  // The run reached every operation, and more than its first check.
  const operations = new Set(Object.values(doc.paths).flatMap((item) => Object.values(item).map((o) => (o as { operationId: string }).operationId)));
  const reached = new Set([...statuses.keys()].map((key) => key.split(' ')[0]));
  if (RUNS >= 300) assert.deepEqual([...operations].filter((o) => !reached.has(o)), [], 'every operation was tried');
  const successes = [...statuses.entries()].filter(([key]) => /\s2\d\d$/.test(key)).reduce((sum, [, n]) => sum + n, 0);
  assert.ok(successes >= RUNS / 10, `enough requests got through to a 2xx (${successes})`);
});
