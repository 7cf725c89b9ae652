/**
 * Settings from the environment (server/config.ts): a value that cannot work stops the start
 * with a message naming the variable and what it should look like, instead of failing later
 * somewhere else or silently matching nothing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { optionsFromEnv, pagesNotSet, productionGaps } from '../config.js';
import { createApp } from '../app.js';
import { type DatabaseOptions, openDatabase } from '../db/database.js';

const SECRET = 'k3Xq9vT2mW8zR4pL6nB1cY7hJ5dF0gAs';

describe('DATABASE_URL', () => {
  it('takes a PostgreSQL URL', () => {
    const url = 'postgres://flexschil:geheim@db.example.nl:5432/flexschil';
    assert.equal((optionsFromEnv({ DATABASE_URL: url }).database as DatabaseOptions).url, url);
    assert.ok(optionsFromEnv({ DATABASE_URL: 'postgresql:///flexschil?host=/var/run/postgresql' }).database);
  });

  it('refuses what is no PostgreSQL URL, saying what it should look like without repeating it', () => {
    assert.throws(() => optionsFromEnv({ DATABASE_URL: 'not-a-url' }), /^Error: DATABASE_URL must be a PostgreSQL URL like postgres:\/\/user:password@host:5432\/database/);
    assert.throws(() => optionsFromEnv({ DATABASE_URL: 'mysql://root:geheim@db/flexschil' }), (error: Error) => /DATABASE_URL.*mysql:/.test(error.message) && !error.message.includes('geheim'));
  });

  it('stops server/main.ts with that message and exit code 1', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: 'not-a-url', PORT: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 1);
    const line = JSON.parse(output.trim().split('\n').at(-1) as string);
    assert.equal(line.event, 'server.failed');
    assert.match(line.message, /DATABASE_URL must be a PostgreSQL URL like postgres:\/\//);
  });
});

describe('CORS_ORIGINS', () => {
  it('takes * and origins, written as browsers send them', () => {
    assert.deepEqual(optionsFromEnv({ CORS_ORIGINS: '*, https://www.example.nl, http://localhost:3000, https://Intranet.Example.nl:443/' }).corsOrigins, [
      '*',
      'https://www.example.nl',
      'http://localhost:3000',
      'https://intranet.example.nl',
    ]);
  });

  it('refuses an entry without a scheme, with a path, or of another scheme, naming it', () => {
    for (const entry of ['www.example.nl', 'localhost:3000', 'https://www.example.nl/vacatures', 'ftp://www.example.nl']) {
      assert.throws(() => optionsFromEnv({ CORS_ORIGINS: `https://ok.example.nl,${entry}` }), new RegExp(`^Error: CORS_ORIGINS must list \\* or origins.*got "${entry}"`));
    }
  });
});

describe('JWT_SECRET', () => {
  it('takes a secret of 32 characters or more', () => {
    assert.equal(optionsFromEnv({ JWT_SECRET: SECRET }).auth?.secret, SECRET);
  });

  it('refuses a shorter one, but not in dev mode', () => {
    assert.throws(() => optionsFromEnv({ JWT_SECRET: 'x' }), /^Error: JWT_SECRET must be at least 32 characters.*got 1$/);
    assert.equal(optionsFromEnv({ JWT_SECRET: 'x', DEV: '1' }).auth?.secret, 'x');
  });
});

describe('PUBLIC_URL', () => {
  it('names the API as clients reach it, checked like every URL setting', () => {
    assert.equal(optionsFromEnv({ PUBLIC_URL: ' https://api.example.nl/api/v1/ ' }).publicUrl, 'https://api.example.nl/api/v1');
    assert.equal(optionsFromEnv({}).publicUrl, undefined);
    assert.throws(() => optionsFromEnv({ PUBLIC_URL: 'api.example.nl/api/v1' }), /^Error: PUBLIC_URL must be/);
  });
});

describe('DATABASE_URL with a password that needs percent-encoding', () => {
  it('says to percent-encode it, without repeating the password', () => {
    for (const url of ['postgres://flexschil:p@ss@db.example.nl:5432/flexschil', 'postgres://flexschil:p#ss@db.example.nl/flexschil', 'postgres://flexschil:ge#1@db.example.nl:5432/flexschil']) {
      assert.throws(
        () => optionsFromEnv({ DATABASE_URL: url }),
        (error: Error) => /^DATABASE_URL must be.*percent-encode.*@ as %40, # as %23/.test(error.message) && !error.message.includes('ss@') && !error.message.includes('ge#1'),
        url,
      );
    }
  });

  it('takes the encoded password, a query and a socket path', () => {
    for (const url of ['postgres://flexschil:p%40ss%23@db.example.nl:5432/flexschil', 'postgres://u:pw@DB.example.nl?sslmode=require', 'postgresql:///flexschil?host=/var/run/postgresql']) {
      assert.equal((optionsFromEnv({ DATABASE_URL: url }).database as DatabaseOptions).url, url);
    }
  });

  it('names DATABASE_URL when nothing answers at its host and port', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    await assert.rejects(openDatabase({ url: `postgres://flexschil:geheim@127.0.0.1:${port}/flexschil` }), (error: Error) =>
      /^DATABASE_URL: cannot connect to PostgreSQL: nothing listens at its host and port \(connect ECONNREFUSED/.test(error.message) && !error.message.includes('geheim'),
    );
  });

  it('names DATABASE_URL when its database does not exist', { skip: process.env.DATABASE_URL ? false : 'PostgreSQL only (DATABASE_URL)' }, async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = '/flexschil_does_not_exist';
    await assert.rejects(openDatabase({ url: url.toString() }), /^Error: DATABASE_URL: cannot connect to PostgreSQL: that database does not exist/);
  });
});

describe('SMTP_URL', () => {
  it('takes smtp:// and smtps:// URLs', () => {
    assert.equal(optionsFromEnv({ SMTP_URL: 'smtp://user:geheim@mail.example.nl:587' }).smtpUrl, 'smtp://user:geheim@mail.example.nl:587');
    assert.equal(optionsFromEnv({ SMTP_URL: 'smtps://mail.example.nl' }).smtpUrl, 'smtps://mail.example.nl');
    assert.equal(optionsFromEnv({}).smtpUrl, undefined);
  });

  it('refuses another scheme, no scheme or no host, naming SMTP_URL (it used to fail at the first mail)', () => {
    for (const value of ['http://mail', 'smtp//mail.example.nl', 'mail.example.nl:587', 'smtp://']) {
      assert.throws(() => optionsFromEnv({ SMTP_URL: value }), /^Error: SMTP_URL must be a URL like smtp:\/\/user:password@mail\.example\.nl:587/, value);
    }
  });

  it('is checked by createApp too', async () => {
    await assert.rejects(createApp({ smtpUrl: 'http://mail', seed: false }), /^Error: smtpUrl must be a URL like smtp:\/\//);
  });
});

describe('the pages the server links to', () => {
  it('names each one not set, with what goes without it; none when all are', () => {
    assert.deepEqual(pagesNotSet(optionsFromEnv({})).map((p) => p.setting), ['INBOX_URL', 'SESSIONS_URL', 'BOARD_URL']);
    const all = optionsFromEnv({ INBOX_URL: 'https://www.example.nl/reacties', SESSIONS_URL: 'https://www.example.nl/zwermsessies', BOARD_URL: 'https://www.example.nl/opdrachten' });
    assert.deepEqual(pagesNotSet(all), []);
  });
});

describe('a production start', () => {
  it('names the embedded database, a relative or missing UPLOAD_DIR and a token key without JWT_AUDIENCE; nothing when they are set as asked', () => {
    assert.deepEqual(productionGaps(optionsFromEnv({ NODE_ENV: 'production' })).map((g) => g.setting), ['DATABASE_URL', 'UPLOAD_DIR']);
    assert.deepEqual(productionGaps(optionsFromEnv({ UPLOAD_DIR: 'uploads' })).map((g) => g.setting), ['DATABASE_URL', 'UPLOAD_DIR']);
    const set = optionsFromEnv({ DATABASE_URL: 'postgres://flexschil:geheim@db.example.nl/flexschil', UPLOAD_DIR: '/srv/flexschil/uploads' });
    assert.deepEqual(productionGaps(set), []);
    // Without UPLOAD_DIR the CVs go to DATA_DIR/uploads: absolute when DATA_DIR is.
    assert.deepEqual(productionGaps(optionsFromEnv({ DATABASE_URL: 'postgres://flexschil:geheim@db.example.nl/flexschil', DATA_DIR: '/srv/flexschil' })), []);
    // A key without an audience takes tokens the identity provider made for other applications.
    const keyed = { DATABASE_URL: 'postgres://flexschil:geheim@db.example.nl/flexschil', UPLOAD_DIR: '/srv/flexschil/uploads', JWT_JWKS_URL: 'https://login.example.nl/jwks' };
    assert.deepEqual(productionGaps(optionsFromEnv(keyed)).map((g) => g.setting), ['JWT_AUDIENCE']);
    assert.deepEqual(productionGaps(optionsFromEnv({ ...keyed, JWT_AUDIENCE: 'flexschil' })), []);
  });
});

describe('settings that stop the start name themselves', () => {
  it('DATABASE_SCHEMA with a name PostgreSQL would fold or refuse', async () => {
    await assert.rejects(openDatabase({ url: 'postgres://flexschil:geheim@127.0.0.1:1/flexschil', schema: 'Tenant8' }), /^Error: DATABASE_SCHEMA: invalid schema name "Tenant8"/);
  });

  it('UPLOAD_DIR that cannot be made', async () => {
    await assert.rejects(createApp({ uploadDir: '/dev/null/uploads', seed: false }), /^Error: UPLOAD_DIR: cannot create \/dev\/null\/uploads/);
  });
});
