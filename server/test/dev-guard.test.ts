/**
 * `DEV=1` mints tokens for any organisation (issue 14 item 11): the server refuses it in
 * production and on an address other machines reach, unless ALLOW_DEV_ON_NETWORK=1 says that
 * is meant, and says so in its log. `npm start` (dev mode on 127.0.0.1) keeps working.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { devModeRefusal, isLoopback, optionsFromEnv } from '../config.js';
import type { LogFields } from '../http/log.js';
import { startServer } from '../server.js';

const root = path.resolve(import.meta.dirname, '../..');

function recordingLogger() {
  const lines: { level: string; event: string; fields?: LogFields }[] = [];
  const at = (level: string) => (event: string, fields?: LogFields) => lines.push({ level, event, fields });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('development mode guard', () => {
  it('knows the loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) assert.equal(isLoopback(host), true, host);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.2', 'flexschil.example.nl', '128.0.0.1']) assert.equal(isLoopback(host), false, host);
  });

  it('listens on 127.0.0.1 in dev mode unless HOST says otherwise', () => {
    assert.equal(optionsFromEnv({ DEV: '1' }).hostname, '127.0.0.1');
    assert.equal(optionsFromEnv({}).hostname, '0.0.0.0');
    assert.equal(optionsFromEnv({ DEV: '1', HOST: '0.0.0.0' }).hostname, '0.0.0.0');
    assert.equal(devModeRefusal(optionsFromEnv({ DEV: '1' })), null);
  });

  it('refuses dev mode on a network address, unless ALLOW_DEV_ON_NETWORK=1', () => {
    assert.match(devModeRefusal(optionsFromEnv({ DEV: '1', HOST: '0.0.0.0' })) ?? '', /ALLOW_DEV_ON_NETWORK=1/);
    assert.match(devModeRefusal(optionsFromEnv({ DEV: '1', HOST: '192.168.1.10' })) ?? '', /192\.168\.1\.10/);
    assert.equal(devModeRefusal(optionsFromEnv({ DEV: '1', HOST: '0.0.0.0', ALLOW_DEV_ON_NETWORK: '1' })), null);
    assert.equal(devModeRefusal(optionsFromEnv({ HOST: '0.0.0.0' })), null, 'without dev mode any address is fine');
  });

  it('refuses dev mode with NODE_ENV=production, wherever it listens', () => {
    assert.match(devModeRefusal(optionsFromEnv({ DEV: '1', NODE_ENV: 'production' })) ?? '', /NODE_ENV=production/);
    assert.match(devModeRefusal(optionsFromEnv({ DEV: '1', NODE_ENV: 'production', ALLOW_DEV_ON_NETWORK: '1', HOST: '0.0.0.0' })) ?? '', /NODE_ENV=production/);
  });

  it('startServer refuses before it opens anything, and logs why', async () => {
    const { lines, logger } = recordingLogger();
    await assert.rejects(startServer({ dev: true, hostname: '0.0.0.0', port: 0, logger }), /ALLOW_DEV_ON_NETWORK/);
    await assert.rejects(startServer({ dev: true, hostname: '127.0.0.1', production: true, port: 0, logger }), /NODE_ENV=production/);
    assert.deepEqual(
      lines.map((l) => `${l.level} ${l.event}`),
      ['error server.refused', 'error server.refused'],
    );
  });

  it('startServer in dev mode on loopback starts and says it is in dev mode', async () => {
    const { lines, logger } = recordingLogger();
    const server = await startServer({ dev: true, port: 0, logger, seed: false });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const warning = lines.find((l) => l.event === 'server.dev-mode');
      assert.equal(warning?.level, 'warn');
      assert.match(String(warning?.fields?.detail), /dev\/token/);
      // The pages it links to were not given: it says what goes without each.
      const pages = lines.filter((l) => l.event === 'config.page-not-set');
      assert.deepEqual(pages.map((l) => [l.level, l.fields?.setting]), [['warn', 'INBOX_URL'], ['warn', 'SESSIONS_URL'], ['warn', 'BOARD_URL']]);
      assert.match(String(pages[1].fields?.detail), /^SESSIONS_URL is not set: .*cancel/);
    } finally {
      await server.close();
    }
  });

  it('startServer in production names what it runs without of what production asks (embedded database, relative uploads)', async () => {
    const { lines, logger } = recordingLogger();
    // Relative, and still in the system's temporary folder.
    const uploadDir = path.relative(process.cwd(), await mkdtemp(path.join(tmpdir(), 'flexschil-uploads-')));
    const server = await startServer({ production: true, port: 0, logger, seed: false, uploadDir });
    try {
      const gaps = lines.filter((l) => l.event === 'config.production-gap');
      assert.deepEqual(gaps.map((l) => [l.level, l.fields?.setting]), [['warn', 'DATABASE_URL'], ['warn', 'UPLOAD_DIR']]);
    } finally {
      await server.close();
    }
    await rm(uploadDir, { recursive: true, force: true });
  });

  it('server/main.ts exits with the reason in its log for DEV=1 on 0.0.0.0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, DEV: '1', HOST: '0.0.0.0', PORT: '0', DATABASE_URL: '', NODE_ENV: '', ALLOW_DEV_ON_NETWORK: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 1);
    const events = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { event: string; reason?: string });
    assert.ok(events.some((e) => e.event === 'server.refused' && /ALLOW_DEV_ON_NETWORK/.test(e.reason ?? '')), stdout);
    assert.ok(!events.some((e) => e.event === 'server.started'), 'it never listened');
  });
});
