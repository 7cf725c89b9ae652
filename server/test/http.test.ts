/** HTTP hygiene: CORS by allowlist, security headers, /health, /openapi.json. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_CONTACT, openApiPath } from '../../backend/openapi.js';
import { optionsFromEnv } from '../config.js';
import { recordingLog } from './fixtures.js';
import { createTestApp, json, type TestApp } from './helpers.js';

const LISTED = 'https://www.steenbergen.nl';

let open: TestApp; // a listed origin, and `*` for the rest
let strict: TestApp; // only the listed origin, no `*`
before(async () => {
  open = await createTestApp({ corsOrigins: [LISTED, '*'] });
  strict = await createTestApp({ corsOrigins: [LISTED], database: open.app.database });
});
after(async () => {
  await strict.close();
  await open.close();
});

describe('CORS', () => {
  it('echoes a listed origin and allows credentials for it', async () => {
    const response = await open.request('/assignments', { headers: { Origin: LISTED } });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), LISTED);
    assert.equal(response.headers.get('Access-Control-Allow-Credentials'), 'true');
    assert.match(response.headers.get('Vary') ?? '', /Origin/);
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
  });

  it('lets any origin read without credentials when * is listed', async () => {
    const response = await open.request('/assignments', { headers: { Origin: 'https://cms.example.org' } });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
  });

  it('lets an unlisted origin read public data without credentials, also when only others are listed', async () => {
    // A municipality lists its intranet (for the cookie session); a partner's site still shows the public board.
    for (const path of ['/vocabularies', '/assignments']) {
      const response = await strict.request(path, { headers: { Origin: 'https://www.partnergemeente.nl' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*', path);
      assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null, 'never its cookies');
      assert.match(response.headers.get('Vary') ?? '', /Origin/);
    }
    const preflight = await strict.request('/assignments/a-2026-0101/applications', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.partnergemeente.nl', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), '*', 'the public apply form works there too');
    assert.equal(preflight.headers.get('Access-Control-Allow-Credentials'), null, 'a browser sends no cookie after it');
  });

  it('lets a page read the 404 of a path outside the API, so a mistyped endpoint is told as such, not as a CORS refusal', async () => {
    // A web team typed the endpoint's path wrong (…/api/v2, …/v1): the widget must see the 404 and
    // its detail ("de API staat onder /api/v1"), not a refusal that sends them to CORS_ORIGINS.
    for (const path of ['/api/v2/assignments', '/v1/assignments']) {
      const response = await strict.app.fetch(new Request(`http://localhost${path}`, { headers: { Origin: 'https://www.partnergemeente.nl' } }));
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*', path);
      assert.match((await response.json()).detail, /de API staat onder \/api\/v1/);
      const preflight = await strict.app.fetch(
        new Request(`http://localhost${path}`, { method: 'OPTIONS', headers: { Origin: LISTED, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } }),
      );
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), LISTED, `${path}: a token getter's preflight`);
    }
  });

  it('answers a preflight for the application endpoint', async () => {
    const response = await strict.request('/assignments/a-2026-0101/applications', {
      method: 'OPTIONS',
      headers: {
        Origin: LISTED,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key, authorization',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), LISTED);
    assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
    assert.match(response.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/);
    assert.match(response.headers.get('Access-Control-Allow-Headers') ?? '', /Authorization/);
  });
});

describe('security headers', () => {
  it('are on every API answer, errors included', async () => {
    for (const path of ['/assignments', '/assignments/a-nope', '/nope']) {
      const response = await open.request(path);
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', path);
      assert.match(response.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/, path);
      assert.equal(response.headers.get('Referrer-Policy'), 'no-referrer', path);
    }
  });
});

describe('request ids', () => {
  it('name every answer and every line its request logged; one a proxy gave is kept', async () => {
    const { lines, logger } = recordingLog();
    const t = await createTestApp({ database: open.app.database, logger });
    try {
      // A token no key signed: the route's own line (why it was refused) and the request's line.
      const refused = await t.request('/me', { headers: { Authorization: 'Bearer not.a.token' } });
      assert.equal(refused.status, 401);
      const id = refused.headers.get('X-Request-Id') ?? '';
      assert.match(id, /^req-[0-9a-z]{10}$/);
      assert.deepEqual(
        lines.filter((line) => line.requestId === id).map((line) => line.event),
        ['auth.refused', 'request'],
      );

      // nginx's $request_id: kept, so the proxy's log and ours name the same request.
      const given = '7f9c2ba4e88f827d616045507605853e';
      const kept = await t.request('/assignments', { headers: { 'X-Request-Id': given } });
      assert.equal(kept.headers.get('X-Request-Id'), given);
      assert.equal(lines.at(-1)?.requestId, given);

      // Not one that could mislead a reader of the logs: a new one instead.
      for (const odd of ['short', `${'x'.repeat(129)}`, 'id with spaces', '<script>']) {
        const answer = await t.request('/assignments', { headers: { 'X-Request-Id': odd } });
        assert.match(answer.headers.get('X-Request-Id') ?? '', /^req-/, odd);
      }
      const [one, two] = await Promise.all([t.request('/assignments'), t.request('/assignments')]);
      assert.notEqual(one.headers.get('X-Request-Id'), two.headers.get('X-Request-Id'));
    } finally {
      await t.close();
    }
    // A host page's script may read it, to quote it in a report.
    const cross = await open.request('/assignments', { headers: { Origin: LISTED } });
    assert.match(cross.headers.get('Access-Control-Expose-Headers') ?? '', /X-Request-Id/);
  });
});

describe('operations', () => {
  it('/health reports the database', async () => {
    const response = await open.app.fetch(new Request('http://localhost/health'));
    assert.equal(response.status, 200);
    const body = await json(response);
    assert.equal(body.status, 'ok');
    assert.ok(['pglite', 'postgres'].includes(body.database));
  });

  it('/health answers another method 405 with Allow, as the API does', async () => {
    const posted = await open.app.fetch(new Request('http://localhost/health', { method: 'POST' }));
    assert.equal(posted.status, 405);
    assert.equal(posted.headers.get('Allow'), 'GET, HEAD, OPTIONS');
    assert.match(posted.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    const head = await open.app.fetch(new Request('http://localhost/health', { method: 'HEAD' }));
    assert.equal(head.status, 200);
    const options = await open.app.fetch(new Request('http://localhost/health', { method: 'OPTIONS' }));
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('Allow'), 'GET, HEAD, OPTIONS');
  });

  it("lets any site embed a public answer, and only the API's own site a personal one (Cross-Origin-Resource-Policy)", async () => {
    const token = await open.token({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
    const personal = await open.request('/me', { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(personal.status, 200);
    assert.equal(personal.headers.get('Cross-Origin-Resource-Policy'), 'same-site');
    const everyone = await open.request('/assignments');
    assert.equal(everyone.headers.get('Cross-Origin-Resource-Policy'), 'cross-origin');
  });

  it('/health and a path outside the API carry the API version and the security headers, as the API does', async () => {
    for (const path of ['/health', '/wp-login.php']) {
      const response = await open.app.fetch(new Request(`http://localhost${path}`));
      assert.match(response.headers.get('API-Version') ?? '', /^\d+\.\d+\.\d+$/, path);
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', path);
      assert.match(response.headers.get('Content-Security-Policy') ?? '', /frame-ancestors 'none'/, path);
    }
  });

  it('/openapi.json documents exactly the routed operations, each with its operationId', async () => {
    const response = await open.request('/openapi.json');
    assert.equal(response.status, 200);
    const doc = await json(response);
    assert.equal(doc.openapi, '3.1.0');
    // Generated from the route table: every operation the app routes is documented, with its
    // method, and nothing else is (the dev token too: this app runs in dev mode).
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.entries(item).map(([m, operation]) => `${m.toUpperCase()} ${path} ${operation.operationId}`),
    );
    // An operation documented as part of another (a `.ics` of a session) is found inside it.
    const routed = open.app.operations.filter((o) => !o.docs.partOf).map((o) => `${o.method} ${openApiPath(o.path)} ${o.operationId}`);
    for (const part of open.app.operations.filter((o) => o.docs.partOf)) {
      const whole = Object.values(doc.paths as Record<string, Record<string, { operationId: string; responses: Record<string, { content?: object }> }>>)
        .flatMap((item) => Object.values(item))
        .find((o) => o.operationId === part.docs.partOf);
      assert.ok(whole, `${part.operationId} is documented in ${part.docs.partOf}`);
      for (const media of Object.keys(part.docs.responses[200] && typeof part.docs.responses[200] === 'object' ? (part.docs.responses[200].content ?? {}) : {})) {
        assert.ok(media in (whole.responses['200']?.content ?? {}), `${part.docs.partOf} answers ${media} too`);
      }
    }
    assert.deepEqual(documented.sort(), routed.sort());
    assert.ok(documented.some((d) => d.startsWith('POST /dev/token')));
    assert.equal(new Set(routed.map((r) => r.split(' ')[2])).size, routed.length, 'operationIds are unique');
    for (const name of ['Assignment', 'Profile', 'AssignmentPage', 'Match', 'Problem', 'Vocabularies', 'AssignmentDraft', 'ProfileDraft', 'ApplicationForm']) {
      assert.ok(doc.components.schemas[name], name);
    }
    assert.deepEqual(doc.components.schemas.Assignment.properties.location.properties.mode.enum, ['onsite', 'hybrid', 'remote']);
    // Every $ref points at a component.
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const [, kind, name] = /#\/components\/(\w+)\/([^"]+)"/.exec(ref) ?? [];
      assert.ok(doc.components[kind as string]?.[name as string], ref);
    }
    const typeParameter = doc.paths['/assignments'].get.parameters.find((p: { name: string }) => p.name === 'type');
    assert.deepEqual(typeParameter.schema.items.enum, ['detachering', 'interim', 'inhuur', 'intern', 'belangeloos']);
  });

  it('/openapi.json allows no more than the routes accept (issue 14: the fuzzer\'s findings)', async () => {
    const doc = await json(await open.request('/openapi.json'));
    const parameter = (path: string, method: string, name: string) =>
      doc.paths[path][method].parameters.find((p: { name: string }) => p.name === name) as { required: boolean; schema: Record<string, unknown> };
    for (const path of ['/assignments', '/profiles']) {
      assert.deepEqual(parameter(path, 'get', 'page').schema, { default: 1, type: 'integer', minimum: 1, maximum: 10_000 });
      assert.deepEqual(parameter(path, 'get', 'pageSize').schema, { default: 10, type: 'integer', minimum: 1, maximum: 100 });
      assert.deepEqual(parameter(path, 'get', 'hoursMin').schema, { type: 'integer', minimum: 0, maximum: 168 });
    }
    assert.deepEqual(parameter('/assignments', 'get', 'hoursMax').schema, { type: 'integer', minimum: 0, maximum: 168 });
    assert.equal(parameter('/assignments', 'get', 'profile').schema.minLength, 1);
    const profile = parameter('/assignments/{id}/match', 'get', 'profile');
    assert.equal(profile.required, true);
    assert.equal(profile.schema.minLength, 1);
    assert.equal(parameter('/profiles', 'get', 'availableFrom').schema.format, 'date');
    assert.equal(parameter('/assignments/{id}', 'get', 'id').schema.maxLength, 200);

    const form = doc.components.schemas.ApplicationForm;
    assert.ok(form.required.includes('consent'), 'consent is required');
    assert.deepEqual(form.properties.consent, { type: 'string', enum: ['true'] });
    assert.equal(form.properties.email.format, 'idn-email');
    assert.equal(form.properties.availableFrom.format, 'date');
    assert.equal(doc.components.schemas.AssignmentDraft.properties.contact.properties.email.format, 'idn-email');
    assert.equal(doc.components.schemas.Assignment.properties.closingDate.format, 'date');
    assert.equal(doc.components.schemas.Assignment.properties.publishedAt.format, 'date-time');

    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, { content?: object; headers?: object }> }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method} ${path}`;
        for (const status of ['401', '431', '500', '503']) assert.ok(operation.responses[status], `${where} declares ${status}`);
        for (const [status, answer] of Object.entries(operation.responses)) {
          assert.ok(answer.headers && 'API-Version' in answer.headers, `${where} ${status} has API-Version`);
          if (Number(status) >= 400) assert.deepEqual(Object.keys(answer.content ?? {}), ['application/problem+json'], `${where} ${status} is a problem`);
        }
      }
    }
    assert.ok(doc.paths['/assignments'].post.responses['422'], 'a reused Idempotency-Key is a documented 422');
    assert.deepEqual(doc.components.schemas.Problem.required, ['type', 'title', 'status', 'detail']);
    assert.deepEqual(Object.keys(doc.info.contact).sort(), ['email', 'name', 'url']);
    assert.match(doc.servers[0].url, /\/v1$/);
  });

  it("/openapi.json names the API's contact: the project's, or the one API_CONTACT_* configures", async () => {
    assert.deepEqual((await json(await open.request('/openapi.json'))).info.contact, DEFAULT_CONTACT);
    const env = { API_CONTACT_NAME: 'Servicedesk Gemeente Steenbergen', API_CONTACT_URL: 'https://www.gemeente-steenbergen.nl/api', API_CONTACT_EMAIL: 'api@gemeente-steenbergen.nl' };
    const apiContact = optionsFromEnv(env).apiContact;
    assert.deepEqual(apiContact, { name: env.API_CONTACT_NAME, url: env.API_CONTACT_URL, email: env.API_CONTACT_EMAIL });
    const own = await createTestApp({ apiContact, database: open.app.database });
    try {
      assert.deepEqual((await json(await own.request('/openapi.json'))).info.contact, apiContact);
    } finally {
      await own.close();
    }
    assert.throws(() => optionsFromEnv({ API_CONTACT_NAME: 'Servicedesk' }), /API_CONTACT_URL and API_CONTACT_EMAIL must be set too/);
    assert.throws(() => optionsFromEnv({ ...env, API_CONTACT_URL: 'ftp://x' }), /API_CONTACT_URL/);
  });

  it('/openapi.json is readable from any origin, also with a list in CORS_ORIGINS', async () => {
    const response = await strict.request('/openapi.json', { headers: { Origin: 'https://developer.overheid.nl' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    assert.equal(response.headers.get('Access-Control-Allow-Credentials'), null);
  });

  it('/openapi.json is cached and revalidated as the other public reads: a weak ETag, public with stale-while-revalidate, 304', async () => {
    const response = await open.request('/openapi.json', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(response.status, 200);
    const etag = response.headers.get('ETag') ?? '';
    assert.match(etag, /^W\/"[^"]+"$/);
    assert.match(response.headers.get('Cache-Control') ?? '', /^public, max-age=\d+, stale-while-revalidate=\d+$/);
    assert.equal(response.headers.get('Content-Language'), 'en', 'the document is written in English');
    const revalidated = await open.request('/openapi.json', { headers: { 'If-None-Match': etag } });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.headers.get('ETag'), etag);
  });

  it('/openapi.json says in which language problems come, as they come with Accept-Language: en', async () => {
    const doc = await json(await open.request('/openapi.json'));
    const english = { 'Accept-Language': 'en' };
    const query = await json(await open.request('/assignments?pageSize=0', { headers: english }));
    const token = await open.token({ sub: 'language-of-problems' });
    const body = await json(await open.request('/profiles', { method: 'POST', headers: { ...english, 'Content-Type': 'application/json', 'Idempotency-Key': 'k-language', Authorization: `Bearer ${token}` }, body: '{}' }));
    // What the server does: Dutch titles, a body field's reason in English, a query parameter's in Dutch.
    assert.deepEqual([query.title, body.title], ['Ongeldige invoer', 'Ongeldige invoer']);
    assert.equal(body.invalidParams[0].reason, 'Enter your name');
    assert.equal(query.invalidParams[0].reason, 'Moet een geheel getal van 1 tot en met 100 zijn.');
    // What the document says.
    assert.doesNotMatch(doc.info.description, /messages follow Accept-Language/i);
    assert.match(doc.info.description, /Problems are written in Dutch/);
    assert.match(doc.components.schemas.Problem.properties.title.description, /Dutch/);
    assert.match(doc.components.schemas.InvalidParam.properties.reason.description, /request body in the language of Accept-Language.*query parameter.*Dutch/);
  });

  it('every answer carries API-Version, the version the document names', async () => {
    const doc = await json(await open.request('/openapi.json'));
    assert.match(doc.info.version, /^\d+\.\d+\.\d+$/);
    const answers = await Promise.all([
      open.request('/assignments'),
      open.request('/assignments?pageSize=0'),
      open.request('/assignments/a-nope'),
      open.request('/nope'),
      open.request('/assignments', { method: 'DELETE' }),
      open.request('/me'),
      open.request('/assignments', { method: 'OPTIONS', headers: { Origin: LISTED, 'Access-Control-Request-Method': 'GET' } }),
      open.request('/openapi.json'),
    ]);
    assert.deepEqual(
      answers.map((r) => r.status),
      [200, 400, 404, 404, 405, 401, 204, 200],
    );
    for (const response of answers) assert.equal(response.headers.get('API-Version'), doc.info.version, response.url);
  });
});
