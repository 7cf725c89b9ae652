// React and Vue for the test runner (test/react.test.ts, test/vue.test.ts), as a host gets them:
// - React ships CommonJS only, and browsers load ES modules: esbuild bundles react, react-dom and
//   react-dom/client once, with one copy of React, and each bare import gets a small module that
//   re-exports that package's names — what a host's bundler does;
// - `vue` is Vue's own browser build with the template compiler, as a CMS page loads it.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const packages = ['react', 'react-dom', 'react-dom/client'];
const id = (name) => name.replace(/\W/g, '_');

export function frameworks() {
  let bundle = null;
  const bundleOnce = () =>
    (bundle ??= build({
      stdin: {
        contents: `${packages.map((p) => `import * as ${id(p)} from '${p}';`).join('\n')}\nexport { ${packages.map(id).join(', ')} };`,
        resolveDir: import.meta.dirname,
      },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text));
  return {
    name: 'frameworks',
    resolveImport({ source }) {
      if (packages.includes(source)) return `/__react/${id(source)}.js`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
    },
    async serve(context) {
      if (context.path === '/__react/bundle.js') return { body: await bundleOnce(), type: 'js' };
      const name = packages.find((p) => context.path === `/__react/${id(p)}.js`);
      if (!name) return undefined;
      // Read in a child process: React patches the console of the process that loads it.
      const keys = JSON.parse(execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.keys(require('${name}'))))`], { cwd: import.meta.dirname, encoding: 'utf8' }));
      const names = keys.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      const body = [
        `import { ${id(name)} as m } from '/__react/bundle.js';`,
        'export default m;',
        ...names.map((key) => `export const ${key} = m.${key};`),
      ].join('\n');
      return { body, type: 'js' };
    },
  };
}
