/** Importing JSON files (server/import.ts) and first-start seeding. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { seedAssignments, seedProfiles } from '../../seed/seed.js';
import type { AssignmentInput } from '../../src/api/schemas.js';
import { createApp } from '../app.js';
import { dutchToday } from '../../backend/time.js';
import { seedIfEmpty } from '../store/seed.js';
import { ImportError, importData } from '../store/import.js';
import { type Database, dropSchema, openDatabase } from '../db/database.js';
import { silentLogger } from '../http/log.js';
import { main } from '../import.js';
import { lockDataDir } from '../db/data-lock.js';

/** server/import.ts as an operator runs it: its own process, its exit code and what it printed. */
async function runImport(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/import.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stderr };
}

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'flexschil-import-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const archive: AssignmentInput = {
  ...structuredClone(seedAssignments[0]!),
  id: 'a-import-0001',
  title: 'Archiefmedewerker digitalisering',
  field: { value: 'archief', label: 'Archief' },
  url: 'javascript:alert(1)',
  language: 'en',
};

describe('server/import.ts', () => {
  it('validates, upserts by id, adds new code values, and stops demo seeding', async () => {
    const assignmentsFile = path.join(dir, 'assignments.json');
    const profilesFile = path.join(dir, 'profiles.json');
    const renamed = { ...structuredClone(seedAssignments[0]!), title: 'Hernoemde opdracht' };
    await writeFile(assignmentsFile, JSON.stringify([renamed, archive]));
    await writeFile(profilesFile, JSON.stringify({ items: seedProfiles.slice(0, 3) }));

    const url = process.env.DATABASE_URL;
    const schema = `test_import_${randomBytes(4).toString('hex')}`;
    const env = url ? { DATABASE_URL: url, DATABASE_SCHEMA: schema } : { DATA_DIR: path.join(dir, 'data') };
    const output: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      output.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main([assignmentsFile, profilesFile], env);
    } finally {
      process.stdout.write = write;
    }
    assert.equal(code, 0);
    assert.match(output.join(''), /"assignments":2,"profiles":3/);

    // The data is there after a restart, and first-start seeding does not add the demo data.
    const database: Database = await openDatabase(url ? { url, schema } : { dataDir: path.join(dir, 'data', 'pglite') });
    try {
      assert.equal(await seedIfEmpty(database.db, dutchToday()), false);
      const rows = await database.db.selectFrom('assignment').select(['id', 'title', 'url', 'language']).orderBy('id').execute();
      assert.deepEqual(rows, [
        { id: renamed.id, title: 'Hernoemde opdracht', url: renamed.url, language: 'nl' }, // none said: Dutch
        { id: archive.id, title: archive.title, url: null, language: 'en' }, // a javascript: URL is dropped on the way in
      ]);
      // Importing again updates by id.
      await importData(database.db, { assignments: [{ ...renamed, title: 'Weer anders' }] });
      const again = await database.db.selectFrom('assignment').select('title').where('id', '=', renamed.id).executeTakeFirstOrThrow();
      assert.equal(again.title, 'Weer anders');
      const app = await createApp({ database, logger: silentLogger });
      const found = await (await app.fetch(new Request('http://localhost/api/v1/assignments?q=archief'))).json();
      assert.deepEqual(found.items.map((a: { id: string }) => a.id), [archive.id]);
      assert.deepEqual(found.facets.field, [{ value: 'archief', label: 'Archief', count: 1 }]);
      await app.close();
    } finally {
      await database.close();
      if (url) await dropSchema(url, schema);
    }
  });

  it('writes nothing when any record is invalid, and names every problem', async () => {
    const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, schema: `test_import_${randomBytes(4).toString('hex')}` } : {});
    try {
      const broken = [{ ...archive, closingDate: '20-12-2026' }, { ...archive, id: '', types: ['vast'] }, archive, { ...archive, language: 'Engels' }];
      await assert.rejects(importData(database.db, { assignments: broken }), (error: unknown) => {
        assert.ok(error instanceof ImportError);
        assert.ok(error.problems.some((p) => p.startsWith('assignments[0]') && p.includes('closingDate')));
        assert.ok(error.problems.some((p) => p.startsWith('assignments[1]') && p.includes('types')));
        assert.ok(error.problems.some((p) => p.startsWith('assignments[3]') && p.includes('language')));
        // Records counted as records, though one has two problems.
        assert.ok(error.problems.filter((p) => p.startsWith('assignments[1]')).length >= 2, error.message);
        assert.match(error.message, new RegExp(`^3 invalid record\\(s\\), ${error.problems.length} problem\\(s\\):`));
        return true;
      });
      const count = await database.db.selectFrom('assignment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);
    } finally {
      await database.close();
    }
  });

  it('says how many problems it left out of its message, past the first fifty', () => {
    const problems = Array.from({ length: 60 }, (_, i) => `assignments[${i}].title: Too small`);
    const error = new ImportError(problems);
    assert.match(error.message, /^60 invalid record\(s\), 60 problem\(s\):/);
    assert.match(error.message, /\n… and 10 more problem\(s\)$/);
    assert.equal(error.message.split('\n').length, 1 + 50 + 1);
  });

  it('applies the rules of POST /assignments and POST /profiles: every problem of a record, named; nothing written', async () => {
    const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, schema: `test_import_${randomBytes(4).toString('hex')}` } : {});
    try {
      const bad = { ...archive, id: 'a-import-bad', title: '', hoursPerWeek: { min: 50, max: 2 }, contact: { name: 'Jan', email: 'geen-adres', phone: null } };
      const profile = { ...structuredClone(seedProfiles[0]!), id: 'p-import-bad', headline: '' };
      await assert.rejects(importData(database.db, { assignments: [archive, bad], profiles: [profile] }), (error: unknown) => {
        assert.ok(error instanceof ImportError);
        const about = (record: string) => error.problems.filter((p) => p.startsWith(record));
        assert.deepEqual(
          about('assignments[1] (a-import-bad)').map((p) => p.split(':')[0]),
          ['assignments[1] (a-import-bad).title', 'assignments[1] (a-import-bad).hoursPerWeek.min', 'assignments[1] (a-import-bad).contact.email'],
          error.message,
        );
        assert.equal(about('assignments[0]').length, 0, error.message);
        assert.deepEqual(about('profiles[0] (p-import-bad)').map((p) => p.split(':')[0]), ['profiles[0] (p-import-bad).headline'], error.message);
        return true;
      });
      const count = await database.db.selectFrom('assignment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);

      // Hours the wrong way round, as the API says it.
      await assert.rejects(importData(database.db, { assignments: [{ ...archive, hoursPerWeek: { min: 32, max: 8 } }] }), /a-import-0001\)\.hoursPerWeek\.max: /);

      // A description is sanitised to the contract's allowlist, as POST /assignments does; a closed one may close in the past.
      const dirty = {
        ...archive,
        status: 'closed' as const,
        closingDate: '2020-01-31',
        description: '<p onclick="x()">Tekst<script>alert(1)</script><img src="x" onerror="alert(1)"> <a href="javascript:alert(1)">link</a></p>',
      };
      await importData(database.db, { assignments: [dirty] });
      const row = await database.db.selectFrom('assignment').select(['description', 'closing_date']).where('id', '=', archive.id).executeTakeFirstOrThrow();
      assert.equal(row.closing_date, '2020-01-31');
      assert.doesNotMatch(row.description, /script|onerror|onclick|javascript:|<img/i);
      assert.match(row.description, /^<p>Tekst.*link<\/a><\/p>$/);
    } finally {
      await database.close();
    }
  });

  it('refuses a database folder a running server holds in one line: stop it first, or use PostgreSQL', async () => {
    const dataDir = path.join(dir, 'busy');
    // This process stands in for the server: it holds the folder's lock as a server does.
    await mkdir(dataDir, { recursive: true });
    const unlock = await lockDataDir(path.join(dataDir, 'pglite'));
    try {
      const { code, stderr } = await runImport(['-', '-'], { DATA_DIR: dataDir });
      assert.equal(code, 1);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, new RegExp(`in use by process ${process.pid}.*Stop the server first.*PostgreSQL \\(DATABASE_URL\\)`));
      assert.ok(!stderr.includes('npm start'), 'no advice to start a second server');
    } finally {
      await unlock();
    }
  });

  it('names a missing input file in one line', async () => {
    const missing = path.join(dir, 'missing.json');
    const { code, stderr } = await runImport([missing, '-'], { DATA_DIR: path.join(dir, 'unused') });
    assert.equal(code, 1);
    assert.equal(stderr, `${missing}: no such file\n`);
  });

  it('prints usage for wrong arguments', async () => {
    const write = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      assert.equal(await main(['only-one.json']), 2);
    } finally {
      process.stderr.write = write;
    }
  });
});
