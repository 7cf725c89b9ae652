/**
 * `sort=fit` (contract §1): best match first. The backend ranks the FIT_LIMIT results that close
 * soonest; those after them follow in closing-date order, so every page that `total` promises
 * holds its results and each result is on exactly one page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMockBackend, DEFAULT_BASE } from '../../mock/backend.js';
import { seedFor } from '../../seed/seed.js';
import { FIT_LIMIT } from '../../backend/routes/catalog.js';
import { match } from '../../src/match/match.js';
import { Assignment, Profile } from '../../src/api/schemas.js';

const today = '2026-12-02';
const world = seedFor(today);
const open = world.assignments.filter((a) => a.status === 'open' && a.visibility === 'public');

describe('sort=fit beyond the results it ranks', () => {
  it('ranks the soonest-closing FIT_LIMIT results and lists the rest after them by closing date', async () => {
    const count = FIT_LIMIT + 150;
    // Many assignments, each closing on a day of its own after the ranked ones: i days from a base.
    const assignments = Array.from({ length: count }, (_, i) => {
      const closing = new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return { ...open[i % open.length], id: `fit-${String(i).padStart(4, '0')}`, closingDate: closing, status: 'open' as const };
    });
    const mock = createMockBackend({ today, seed: { assignments } });
    const profile = world.profiles.find((p) => p.visibility === 'public')!;
    const pageOf = async (page: number) => {
      const response = await mock.handle(new Request(`${DEFAULT_BASE}/assignments?sort=fit&profile=${profile.id}&pageSize=100&page=${page}`));
      assert.equal(response.status, 200, await response.clone().text());
      return (await response.json()) as { items: { id: string; closingDate: string }[]; total: number };
    };
    const first = await pageOf(1);
    assert.equal(first.total, count);
    const pages = Math.ceil(count / 100);
    const ids: string[] = [];
    const items: { id: string; closingDate: string }[] = [];
    for (let page = 1; page <= pages; page++) {
      const { items: onPage } = await pageOf(page);
      assert.equal(onPage.length, Math.min(100, count - (page - 1) * 100), `page ${page} of ${pages} is full`);
      items.push(...onPage);
      ids.push(...onPage.map((a) => a.id));
    }
    assert.equal(new Set(ids).size, count, 'each result on exactly one page');

    const ranked = items.slice(0, FIT_LIMIT);
    const rest = items.slice(FIT_LIMIT);
    const latestRanked = ranked.map((a) => a.closingDate).sort().at(-1)!;
    assert.ok(rest.every((a) => a.closingDate > latestRanked), 'the ranked ones are those that close soonest');
    assert.deepEqual(rest.map((a) => a.closingDate), rest.map((a) => a.closingDate).sort(), 'the rest by closing date');
    const parsedProfile = Profile.parse(profile);
    const scores = ranked.map((a) => match(Assignment.parse(assignments.find((x) => x.id === a.id)), parsedProfile, { today }).score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best match first among the ranked ones');
  });
});
