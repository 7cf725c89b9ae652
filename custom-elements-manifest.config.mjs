// `npm run analyze`: custom-elements.json from the elements' JSDoc (STYLE.md), never by hand.
import { createModules, flexschilPlugin } from './scripts/cem/flexschil-plugin.mjs';

export default {
  globs: ['src/elements/*/*.ts', 'src/shared/flexschil-element.ts'],
  // with-parts.ts only imports define files (the npm entry of an element with the elements it renders): nothing to document.
  exclude: ['src/**/*.styles.ts', 'src/**/with-parts.ts'],
  outdir: '.',
  litelement: true,
  overrideModuleCreation: ({ ts, globs }) => createModules(ts, globs),
  plugins: [flexschilPlugin()],
};
