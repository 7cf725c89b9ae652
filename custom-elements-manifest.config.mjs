// `npm run analyze`: custom-elements.json from the elements' JSDoc (STYLE.md), never by hand.
import { createModules, flexschilPlugin } from './scripts/cem/flexschil-plugin.mjs';

export default {
  globs: ['src/elements/*/*.ts', 'src/shared/flexschil-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  overrideModuleCreation: ({ ts, globs }) => createModules(ts, globs),
  plugins: [flexschilPlugin()],
};
