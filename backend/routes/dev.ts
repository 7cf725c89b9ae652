/**
 * Development only (`DEV=1` on the server; always in the mock): `POST /dev/token` mints a
 * short-lived token for any identity, so demos and tests can act as a poster, an employee or a
 * professional without an identity provider:
 * `{"sub": "…", "org": "gem-steenbergen", "roles": ["poster"], "profile": "p-0007"}`.
 * Without `org` it is a signed-in user without an organisation (internal data: 403).
 */
import { z } from 'zod';
import { invalidInput, problem } from '../http/problem.js';
import { parseWith, plainText } from '../http/input.js';
import { operations } from './docs.js';
import type { Routes } from './routes.js';

export const DEV_TOKEN_SECONDS = 15 * 60;

const tokenRequest = z.object({
  sub: plainText(200, 'sub').min(1).optional(),
  org: plainText(100, 'org').nullable().optional(),
  roles: z.array(z.enum(['poster', 'coordinator'])).max(5).optional(),
  profile: plainText(100, 'profile').nullable().optional(),
  network: z.boolean().optional(),
});

/** What this operation says in `/openapi.json` (backend/routes/docs.ts). */
const docs = operations({
  createDevToken: {
    summary: 'A short-lived token for any identity (development mode only)',
    description: 'Only on a server started with DEV=1 (never in production, and on the network only with ALLOW_DEV_ON_NETWORK=1).',
    tags: ['development'],
    auth: 'optional',
    body: { required: false, content: { 'application/json': tokenRequest } },
    responses: {
      200: {
        description: 'The token',
        content: {
          'application/json': {
            type: 'object',
            properties: { token: { type: 'string' }, tokenType: { type: 'string', enum: ['Bearer'] }, expiresIn: { type: 'integer', const: DEV_TOKEN_SECONDS } },
            required: ['token', 'tokenType', 'expiresIn'],
          },
        },
      },
      404: 'This server mints no development tokens',
    },
  },
});

export function devRoutes(routes: Routes): void {
  routes.post('/dev/token', docs.createDevToken, async (c) => {
    const mint = c.get('deps').identity.mint;
    if (!mint) return problem(404, 'not-found', 'Niet gevonden', 'Deze server geeft geen ontwikkeltokens uit.');
    let body: unknown = {};
    const length = c.req.header('Content-Length');
    if (length !== '0' && (c.req.header('Content-Type') ?? '').includes('json')) {
      try {
        body = await c.req.json();
      } catch {
        return problem(400, 'validation', 'Ongeldige invoer', 'De body is geen geldige JSON.');
      }
    }
    const parsed = parseWith(tokenRequest, body);
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'fields');
    const claims = parsed.value;
    const token = await mint({ ...claims, org: claims.org ?? null, profile: claims.profile ?? null }, DEV_TOKEN_SECONDS);
    return c.json({ token, tokenType: 'Bearer', expiresIn: DEV_TOKEN_SECONDS }, 200, { 'Cache-Control': 'no-store' });
  });
}
