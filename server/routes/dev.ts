/**
 * Development only (`DEV=1`): `POST /dev/token {"org": "gem-steenbergen"}` mints a short-lived
 * token with the key generated at start-up, so the intranet demo page can show internal data.
 * `{"org": null}` (or no org) gives a signed-in user without an organisation: internal data 403.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Deps } from '../context.js';
import { invalidInput, problem } from '../http/problem.js';
import { parseWith } from '../http/input.js';

const TOKEN_SECONDS = 15 * 60;

const tokenRequest = z.object({
  org: z.string().max(100).nullable().optional(),
  network: z.boolean().optional(),
});

export function devRoutes(api: Hono<AppEnv>, deps: Deps): void {
  const mint = deps.auth.mint;
  if (!deps.dev || !mint) return;

  api.post('/dev/token', async (c) => {
    let body: unknown = {};
    if (c.req.header('Content-Length') !== '0' && (c.req.header('Content-Type') ?? '').includes('json')) {
      try {
        body = await c.req.json();
      } catch {
        return problem(400, 'validation', 'Ongeldige invoer', 'De body is geen geldige JSON.');
      }
    }
    const parsed = parseWith(tokenRequest, body);
    if (!parsed.ok) return invalidInput(parsed.invalidParams, 'fields');
    const token = await mint({ org: parsed.value.org ?? null, network: parsed.value.network }, TOKEN_SECONDS);
    return c.json({ token, tokenType: 'Bearer', expiresIn: TOKEN_SECONDS }, 200, { 'Cache-Control': 'no-store' });
  });
}
