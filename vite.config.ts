import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { msw } from 'msw/vite';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = import.meta.dirname;
const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^dompurify$/, /^react($|\/)/];

/** A module's path inside the repository, with forward slashes. */
const repoPath = (id: string) => id.replaceAll('\\', '/').replace(/^.*?\/(src|node_modules)\//, '$1/');

/**
 * How the CDN bundle is cut. Left to itself, the bundler made a chunk of every set of modules
 * that the same elements share: a board loaded 25 files, and since each is compressed on its
 * own, it paid 6 kB gz more than for the same code in one file (issue 15). So:
 * - `core`: what every element needs before its first render (Lit, the client's core and the
 *   shared part of its validators, the base element, tokens, the common strings and formatters),
 *   one file. The client's personal and writing requests are not in it, only the one helper they
 *   share (`api/personal`): each feature's requests (`api/inbox`, `api/posting`, …) are a small
 *   chunk loaded with the element that makes them. Moving that helper out of the core as well
 *   saved the board 0.4 kB but cost every page with a personal request a file of its own, more
 *   than it saved them (issue 15, bench/README.md round 4). zod is not in it: the browser validates with the validators generated from the
 *   schemas (`src/api/validators/`); only `flexschil-api.js`, which exports the schemas, has zod. It defines
 *   `<marketplace-provider>` too: an element's chunk can then never run before the provider is
 *   defined, whose context it asks for when it connects (@lit/context answers no earlier ask;
 *   with separate chunks, which one ran first depended on the network). `safeHtml()` is here
 *   as well; the sanitiser it loads is not;
 * - `collection`: the search, filter and paging controllers of the board, the directory and
 *   the session list, one file;
 * - everything else as the bundler splits it: each element's own chunk, the schema of each
 *   part of the contract (loaded with its first request), the form, the editors, DOMPurify.
 * The loader itself (`flexschil.js`) imports nothing (it hands itself to `shared/lazy.ts`, in
 * the core, under a global key): a page fetches an element's chunk and the core together, and a
 * chunk that did not come is tried again, whichever it was.
 */
const corePackages = /^node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context|@lit\/task)\//;
const coreSources = new Set([
  'api/core', 'api/personal', 'api/clients', 'api/errors', 'api/url', 'api/query', 'api/yield', 'api/content-language', 'api/rules/contact', 'api/rules/text',
  'api/validators/base', 'api/validators/runtime', 'api/schemas/lists', 'context/marketplace', 'elements/marketplace-provider/define',
  'shared/flexschil-element', 'shared/states', 'shared/events', 'shared/define', 'shared/backend-text', 'shared/contact',
  'shared/facts', 'shared/headings', 'shared/sanitize', 'styles/tokens', 'i18n/common', 'i18n/lang', 'i18n/messages',
  'i18n/format', 'i18n/codes',
]);
const collectionModules = /^src\/shared\/(collection\/|filters\.ts|url-state\.ts)|^node_modules\/(@lit\/task\/deep-equals|lit-html\/directives\/guard)\.js/;

/** `api-inbox` for a chunk that is only `src/api/inbox.ts` (one feature's requests, the CV rules, …), else undefined. */
function apiFeature(moduleIds: readonly string[]): string | undefined {
  const name = moduleIds.length === 1 ? /^src\/api\/([\w-]+)\.ts$/.exec(repoPath(moduleIds[0]))?.[1] : undefined;
  return name && `api-${name}`;
}

/** `en-assignment-list` for the English of `src/i18n/assignment-list.ts` (src/i18n/en/). */
function englishStrings(moduleIds: readonly string[]): string | undefined {
  const name = moduleIds.length === 1 ? /^src\/i18n\/en\/([\w-]+)\.ts$/.exec(repoPath(moduleIds[0]))?.[1] : undefined;
  return name && `en-${name}`;
}

const bundleGroups = [
  {
    name: 'core',
    priority: 2,
    test: (id: string) => {
      const path = repoPath(id);
      return (corePackages.test(path) && !collectionModules.test(path)) || coreSources.has(path.replace(/^src\/(.*)\.ts$/, '$1'));
    },
  },
  // After the core, so the core keeps what both use (a group takes its modules' dependencies along).
  { name: 'collection', priority: 1, test: (id: string) => collectionModules.test(repoPath(id)) },
];

/**
 * Minifies the stylesheets in Lit's css`` templates for the CDN bundle. The bundler minifies the
 * script around them but leaves strings as they are: comments and indentation cost a board about
 * 1 kB gz before its first render (issue 15). esbuild parses each template as CSS, so what it
 * writes means the same (`#ffffff` may become `#fff`), written back as template text. Only
 * templates without `${}` and escapes, which is all of ours: another (a backtick escaped in a
 * comment was one) would ship as written, so it fails the build. The template keeps its line breaks (as empty
 * lines at its end), so the modules' source maps stay right without a map of this step.
 */
const minifyStylesheets: Plugin = {
  name: 'flexschil:minify-stylesheets',
  enforce: 'pre',
  async transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
    let out = '';
    let last = 0;
    const templates = code.match(/\bcss`/g)?.length ?? 0;
    let minifiable = 0;
    for (const match of code.matchAll(/\bcss`([^`$\\]*)`/g)) {
      minifiable++;
      const start = match.index + 'css`'.length;
      const css = match[1];
      // `utf8`: '•' stays '•'; an escape such as `\2022` would need escaping again in a template.
      const { code: minified } = await transform(css, { loader: 'css', minify: true, charset: 'utf8', sourcefile: id });
      const literal = minified.trim().replace(/[\\`]|\$\{/g, (s) => `\\${s}`);
      out += code.slice(last, start) + literal + '\n'.repeat(css.split('\n').length - 1);
      last = start + css.length;
    }
    if (minifiable < templates) this.error(`${id}: ${templates - minifiable} css\`\` template(s) with \${} or a backslash would ship unminified: write them without`);
    return { code: out + code.slice(last), map: null };
  },
};

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
      plugins: [minifyStylesheets],
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        // Written for our own debugging, not referenced and not packed (package.json `files`).
        sourcemap: 'hidden',
        // `flexschil-api.js`: the client, schemas and errors for a host page's own scripts. Not
        // part of `flexschil.js`, which would otherwise load every schema before any element.
        lib: {
          entry: { flexschil: resolve(root, 'src/autoload.ts'), 'flexschil-api': resolve(root, 'src/api/index.ts') },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          output: {
            minify: true,
            // An element's chunk carries the element's name (`chunks/assignment-list-….js`), a
            // chunk of the client's requests for one feature its module's (`chunks/api-inbox-….js`),
            // and a table's English its table's (`chunks/en-assignment-list-….js`),
            // so the budget report and a browser's network panel say what loaded.
            chunkFileNames: (chunk) =>
              `chunks/${/elements\/([^/]+)\/define/.exec(chunk.facadeModuleId ?? '')?.[1] ?? apiFeature(chunk.moduleIds) ?? englishStrings(chunk.moduleIds) ?? chunk.name}-[hash].js`,
            codeSplitting: { groups: bundleGroups },
          },
        },
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
            'elements/assignment-list': resolve(root, 'src/elements/assignment-list/with-parts.ts'),
            'elements/apply-form': resolve(root, 'src/elements/apply-form/define.ts'),
            'elements/match-badge': resolve(root, 'src/elements/match-badge/define.ts'),
            'elements/profile-card': resolve(root, 'src/elements/profile-card/define.ts'),
            'elements/profile-directory': resolve(root, 'src/elements/profile-directory/define.ts'),
            'elements/application-inbox': resolve(root, 'src/elements/application-inbox/define.ts'),
            'elements/assignment-editor': resolve(root, 'src/elements/assignment-editor/define.ts'),
            'elements/profile-editor': resolve(root, 'src/elements/profile-editor/with-parts.ts'),
            'elements/session-list': resolve(root, 'src/elements/session-list/define.ts'),
            'elements/session-editor': resolve(root, 'src/elements/session-editor/define.ts'),
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
    server: {
      port: Number(process.env.PORT ?? 5173),
      host: process.env.HOST ?? 'localhost',
      // The demo pages import from the whole checkout, but the server's data (the database and
      // the CVs, in .data/ or DATA_DIR) and the tools are never served: Vite's own list, and those.
      fs: { allow: [root], deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.data/**', '**/.tools/**', ...(process.env.DATA_DIR ? [`${resolve(process.env.DATA_DIR)}/**`] : [])] },
    },
    optimizeDeps: { include: ['lit', 'lit/directive-helpers.js', '@lit/context', '@lit/task', 'zod/mini', 'msw', 'msw/browser'] },
  };
});
