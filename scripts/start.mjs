#!/usr/bin/env node
// `npm start`: the real marketplace on this machine. The reference server (embedded PGlite,
// data in .data/) answers /api/v1 and /health; Vite serves the demo pages in front of it and
// forwards those paths, so the pages talk to the server as same-origin (no CORS to set up).
// `npm run start:mock` serves the same pages against the in-browser msw mock instead.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const apiPort = Number(process.env.API_PORT ?? 8787);
const api = `http://127.0.0.1:${apiPort}`;

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: { DEV: '1', ...process.env, PORT: String(apiPort), HOST: '127.0.0.1' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => {
  server.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  console.error(`[start] the API server stopped (exit ${code})`);
  process.exit(code ?? 1);
});

// The first start creates and seeds the database (a few seconds).
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${api}/health`)).ok) break;
  } catch {
    // not listening yet
  }
  if (i > 300) throw new Error(`the API server did not answer on ${api}/health`);
  await new Promise((r) => setTimeout(r, 100));
}

const proxy = Object.fromEntries(['/api', '/health', '/openapi.json'].map((path) => [path, { target: api }]));
const vite = await createServer({ configFile: 'vite.config.ts', server: { proxy } });
await vite.listen();
vite.printUrls();
console.log(`  ➜  API:     ${api}/api/v1 (reference server, embedded PostgreSQL in .data/)`);
console.log('  ➜  Pages:   /index.html (municipality), /intranet.html, /netwerk.html (regional network)');
