#!/usr/bin/env node
// `npm start`: the real marketplace on this machine. The reference server (embedded PGlite,
// data in .data/ or DATA_DIR) answers /api/v1 and /health; Vite serves the demo pages in front of it and
// forwards those paths, so the pages talk to the server as same-origin (no CORS to set up).
// `npm run start:mock` serves the same pages against the in-browser msw mock instead.
//
// The API server listens on a free port of its own (it is only reached through the proxy), so
// a port already in use elsewhere never matters; API_PORT fixes one, and a taken one is named.
// A local mail catcher (maildev) receives what the server sends — the announcement to the
// assignment's contact and the applicant's acknowledgement — and shows it in a browser.
import { spawn } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import { createInterface } from 'node:readline';
import { MailDev } from 'maildev';
import { createServer } from 'vite';

const wanted = process.env.API_PORT ? Number(process.env.API_PORT) : 0;
const host = process.env.HOST ?? 'localhost';
// Where the server keeps its data, as it reads DATA_DIR (server/config.ts); none of ours with PostgreSQL.
const dataDir = process.env.DATABASE_URL ? null : `${process.env.DATA_DIR || '.data'}/`;
// The demo pages' note names it (demo/main.ts): Vite hands VITE_ variables to the pages.
process.env.VITE_FLEXSCHIL_DATA_DIR = dataDir ?? '';

/**
 * The first free port from `start` on (0: any), held (listened on) until `release`, just before
 * what it is for listens: the pages' port is settled before the API server starts, which takes a
 * minute on a busy machine, and another `npm start` in another folder must not take it, nor the
 * mail catcher's, meanwhile (it did: Vite or MailDev then stopped with "port in use").
 */
function heldPort(start = 0) {
  return new Promise((resolve) => {
    // Held, not served: a browser (or a script waiting for the pages) that comes early is turned
    // away at once and tries again, instead of waiting on a connection nobody answers.
    const holder = createNetServer((socket) => socket.destroy());
    holder.once('error', () => resolve(heldPort(start ? start + 1 : 0)));
    holder.listen(start, '127.0.0.1', () => resolve({ port: holder.address().port, release: () => new Promise((done) => holder.close(done)) }));
  });
}

// The demo pages' port is settled first, so the mails can link to the inbox page on it.
const pages = await heldPort(Number(process.env.PORT ?? 5173));
const pagesPort = pages.port;
const mailPorts = { smtp: await heldPort(), web: await heldPort(Number(process.env.MAIL_UI_PORT ?? 1080)) };
const mail = { smtp: mailPorts.smtp.port, web: mailPorts.web.port };
const maildev = new MailDev({ smtp: mail.smtp, ip: '127.0.0.1', web: mail.web, webIp: '127.0.0.1', silent: true, hideExtensions: ['STARTTLS'] });
await Promise.all([mailPorts.smtp.release(), mailPorts.web.release()]);
await maildev.start();

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: {
    DEV: '1',
    SMTP_URL: `smtp://127.0.0.1:${mail.smtp}`,
    // Quoted: unquoted, "(demo)" is a comment to mail programs, and the sender shows as "Opdrachtenbank".
    MAIL_FROM: '"Opdrachtenbank (demo)" <opdrachten@flexschil.localhost>',
    INBOX_URL: `http://${host}:${pagesPort}/inbox.html`,
    // The confirmation mail of a session sign-up links here to cancel (`?registration=…&token=…`).
    SESSIONS_URL: `http://${host}:${pagesPort}/zwermsessies.html`,
    // The feed's entries without a page of their own open on the board (its dialog, `sync-url`).
    BOARD_URL: `http://${host}:${pagesPort}/index.html?opdrachten-id={id}`,
    BOARD_URL_EN: `http://${host}:${pagesPort}/en.html?assignments-id={id}`,
    ...process.env,
    PORT: String(wanted),
    HOST: '127.0.0.1',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stop = async (code = 0) => {
  server.kill('SIGTERM');
  await maildev.stop().catch(() => {});
  process.exit(code);
};
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
// However the launcher ends, the API server ends with it (it holds the data folder's lock).
process.on('exit', () => server.kill('SIGTERM'));

/** The server's JSON log lines, shown as they come; resolves with its URL once it listens. */
const started = new Promise((resolve, reject) => {
  server.on('exit', (code) => reject(new Error(`the API server stopped before it was ready (exit ${code})`)));
  createInterface({ input: server.stdout }).on('line', (line) => {
    process.stdout.write(`${line}\n`);
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (entry.event === 'server.started') resolve(entry.url);
    if (entry.event === 'server.failed' && /EADDRINUSE/.test(entry.message ?? '')) {
      console.error(`[start] port ${wanted} (API_PORT) is taken by another program: choose another API_PORT, or leave it unset for a free one`);
    }
    // Another npm start (or server) has this data folder open (server/db/data-lock.ts): its message says which and what to do.
    if (entry.event === 'server.failed' && entry.code === 'EDATADIRINUSE') console.error(`[start] ${entry.message}`);
  });
});

let api;
try {
  // The first start creates, migrates and seeds the database: seconds on an idle machine, longer
  // on a busy one. The wait ends when the server says it listens, or when it exits.
  api = (await started).replace('localhost', '127.0.0.1');
} catch (error) {
  console.error(`[start] ${error.message}`);
  process.exit(1);
}
server.on('exit', (code) => {
  console.error(`[start] the API server stopped (exit ${code})`);
  process.exit(code ?? 1);
});

// The API's description is at its root, /api/v1/openapi.json (NLGov API Design Rules), under /api.
const proxy = Object.fromEntries(['/api', '/health'].map((path) => [path, { target: api }]));
const vite = await createServer({ configFile: 'vite.config.ts', server: { proxy, port: pagesPort, strictPort: true } });
await pages.release();
try {
  await vite.listen();
} catch (error) {
  console.error(`[start] the demo pages could not listen on port ${pagesPort}: ${error.message}. Set PORT to another port.`);
  await stop(1);
}
vite.printUrls();
console.log(`  ➜  API:     ${api}/api/v1 (reference server, ${dataDir ? `embedded PostgreSQL in ${dataDir}` : 'PostgreSQL at DATABASE_URL'}; its description: /api/v1/openapi.json)`);
console.log('  ➜  Pages:   /index.html (municipality; /en.html in English), /intranet.html, /inbox.html (applications), /post.html (posting), /sessie-plannen.html (sessions)');
console.log('             /netwerk.html (regional network), /profiel.html (own profile), /zwermsessies.html, /configurator.html');
console.log(`  ➜  Mail:    http://127.0.0.1:${mail.web}/ (every mail the server sends lands here)`);
