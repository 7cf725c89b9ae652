/** HTTP hygiene: CORS by allowlist, security headers, /health, /openapi.json. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, json, type TestApp } from './helpers.js';

const LISTED = 'https://www.steenbergen.nl';

let open: TestApp; // a listed origin, and `*` for the rest
let strict: TestApp; // only the listed origin
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

  it('gives an unlisted origin nothing', async () => {
    const response = await strict.request('/assignments', { headers: { Origin: 'https://evil.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    assert.match(response.headers.get('Vary') ?? '', /Origin/);
    const preflight = await strict.request('/assignments/a-2026-0101/applications', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
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

describe('operations', () => {
  it('/health reports the database', async () => {
    const response = await open.app.fetch(new Request('http://localhost/health'));
    assert.equal(response.status, 200);
    const body = await json(response);
    assert.equal(body.status, 'ok');
    assert.ok(['pglite', 'postgres'].includes(body.database));
  });

  it('/openapi.json describes every path with schemas generated from the contract', async () => {
    const response = await open.request('/openapi.json');
    assert.equal(response.status, 200);
    const doc = await json(response);
    assert.equal(doc.openapi, '3.1.0');
    // Every operation the app routes is documented, with its method, and nothing else is.
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    const routed = open.app.operations.filter((o) => !o.path.startsWith('/dev/')).map((o) => `${o.method} ${o.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`);
    assert.deepEqual(documented.sort(), routed.sort());
    for (const name of ['Assignment', 'Profile', 'AssignmentPage', 'Match', 'Problem', 'Vocabularies']) {
      assert.ok(doc.components.schemas[name], name);
    }
    assert.deepEqual(doc.components.schemas.Assignment.properties.location.properties.mode.enum, ['onsite', 'hybrid', 'remote']);
    // Every $ref points at a component.
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.slice(ref.lastIndexOf('/') + 1, -1);
      assert.ok(doc.components.schemas[name], ref);
    }
    const typeParameter = doc.paths['/assignments'].get.parameters.find((p: { name: string }) => p.name === 'type');
    assert.deepEqual(typeParameter.schema.items.enum, ['detachering', 'interim', 'inhuur', 'intern', 'belangeloos']);
  });
});
