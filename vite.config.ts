import { resolve } from 'node:path';
import { msw } from 'msw/vite';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^dompurify$/, /^react($|\/)/];

/**
 * Three jobs:
 * - `vite build --mode bundle`: `dist/flexschil.js`, the self-contained, minified ES module a
 *   municipality puts on its CDN (DOMPurify split off as a chunk it loads only when needed);
 * - `vite build --mode npm`: per-entry ES modules with dependencies left as imports, for bundlers;
 * - `vite` (npm start): the demo pages in `demo/` against the msw backend.
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'build' && mode === 'bundle') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        // Written for our own debugging, not referenced and not packed (package.json `files`).
        sourcemap: 'hidden',
        lib: { entry: resolve(root, 'src/index.ts'), formats: ['es'], fileName: () => 'flexschil.js' },
        rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  if (command === 'build' && mode === 'npm') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        target: 'es2022',
        // Unminified modules need no maps; a host's bundler makes its own (they were 64 % of the tarball).
        sourcemap: false,
        minify: false,
        lib: {
          entry: {
            index: resolve(root, 'src/index.ts'),
            api: resolve(root, 'src/api/index.ts'),
            match: resolve(root, 'src/match/index.ts'),
            react: resolve(root, 'src/react/index.ts'),
            'elements/marketplace-provider': resolve(root, 'src/elements/marketplace-provider/define.ts'),
            'elements/assignment-list': resolve(root, 'src/elements/assignment-list/define.ts'),
            'elements/apply-form': resolve(root, 'src/elements/apply-form/define.ts'),
            'elements/match-badge': resolve(root, 'src/elements/match-badge/define.ts'),
            'elements/profile-card': resolve(root, 'src/elements/profile-card/define.ts'),
            'elements/profile-directory': resolve(root, 'src/elements/profile-directory/define.ts'),
          },
          formats: ['es'],
        },
        // One file per source module, so `sideEffects` in package.json can name the define
        // files exactly and bundlers tree-shake the rest.
        rolldownOptions: { external, output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' } },
      },
    };
  }
  return {
    root: resolve(root, 'demo'),
    publicDir: false,
    plugins: [msw({ mode: 'worker-only' })],
    server: { port: Number(process.env.PORT ?? 5173), host: process.env.HOST ?? 'localhost', fs: { allow: [root] } },
    optimizeDeps: { include: ['lit', 'lit/directive-helpers.js', '@lit/context', '@lit/task', 'zod/mini', 'msw', 'msw/browser'] },
  };
});
