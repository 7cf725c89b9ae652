#!/usr/bin/env node
// NL Design System house styles for Flexschil: `themes/*.css`, generated from the token packages
// themselves (devDependencies), so every token name exists and every value is the package's own.
//
// Each theme maps `--flexschil-*` onto a package's tokens as `var(--token, value)`: on a page that
// already loads that municipality's theme, its tokens win (also inside any `.utrecht-theme`
// container); on a page without, the value, resolved here from the package, gives the house style.
// `nl-design-system.css` maps the shared `--nl-*` / `--utrecht-*` component tokens that any
// municipality's own NL Design System theme defines, with Flexschil's defaults as fallback.
//
// `node scripts/build-themes.mjs` writes them; `--check` fails when one is stale or names a token
// its package does not define (run by `npm test`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const packageCss = (name, file) => readFileSync(require.resolve(`${name}/${file}`), 'utf8');

/**
 * Every element a host page can have in its document (from custom-elements.json, so a new element
 * is never left out): the mapping is declared on them and inherits into their shadow roots.
 */
const tags = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);
const hosts = `:is(${tags.join(', ')})`;

// What each Flexschil token reads, per package (a token the package defines; --check proves it).
// Spacing is left to Flexschil's em steps: the packages' spacing is in rem and px.
const themes = {
  utrecht: {
    title: 'Gemeente Utrecht',
    package: '@utrecht/design-tokens',
    file: 'dist/index.css',
    selector: '.utrecht-theme',
    map: {
      'font-family': 'utrecht-document-font-family',
      'color-text': 'utrecht-document-color',
      'color-text-muted': 'utrecht-color-grey-40',
      'color-background': 'utrecht-document-background-color',
      'color-surface': 'utrecht-color-grey-95',
      'color-border': 'utrecht-form-control-border-color',
      'color-primary': 'utrecht-button-primary-action-background-color',
      'color-primary-contrast': 'utrecht-button-primary-action-color',
      'color-focus': 'utrecht-focus-outline-color',
      'color-error': 'utrecht-feedback-danger-color',
      // The feedback-success colour is for icons and borders (2.7:1); text needs 4.5:1.
      'color-success': 'utrecht-color-green-30',
      'border-radius': 'utrecht-border-radius-md',
      'assignment-list-card-title-color': 'utrecht-link-color',
      'font-weight-normal': 'utrecht-typography-weight-scale-normal-font-weight',
      'font-weight-semibold': 'utrecht-typography-weight-scale-semibold-font-weight',
      'font-weight-bold': 'utrecht-typography-weight-scale-bold-font-weight',
      'line-height': 'utrecht-document-line-height',
      'border-width': 'utrecht-form-control-border-width',
      'focus-outline-width': 'utrecht-focus-outline-width',
      'focus-outline-style': 'utrecht-focus-outline-style',
      'heading-font-weight': 'utrecht-heading-font-weight',
      'link-color': 'utrecht-link-color',
      'link-hover-color': 'utrecht-link-hover-color',
      'button-font-weight': 'utrecht-button-font-weight',
      'button-border-width': 'utrecht-button-border-width',
      'button-border-radius': 'utrecht-button-border-radius',
      'button-primary-hover-background-color': 'utrecht-button-primary-action-hover-background-color',
      'button-primary-hover-color': 'utrecht-button-primary-action-hover-color',
      'badge-background-color': 'utrecht-badge-background-color',
      'badge-color': 'utrecht-badge-color',
      'badge-border-radius': 'utrecht-badge-border-radius',
    },
  },
  denhaag: {
    title: 'Gemeente Den Haag',
    package: '@gemeente-denhaag/design-tokens-components',
    file: 'dist/index.css',
    selector: ':root',
    map: {
      'font-family': 'denhaag-typography-sans-serif-font-family',
      'color-text': 'utrecht-document-color',
      'color-text-muted': 'utrecht-form-field-description-color',
      'color-background': 'utrecht-document-background-color',
      'color-surface': 'denhaag-color-grey-1',
      'color-border': 'utrecht-form-control-border-color',
      'color-primary': 'utrecht-button-primary-action-background-color',
      'color-primary-contrast': 'denhaag-color-white',
      'color-focus': 'denhaag-focus-border-color',
      'color-error': 'utrecht-feedback-danger-color',
      'color-success': 'denhaag-color-green-3',
      'border-radius': 'denhaag-border-radius',
      'assignment-list-card-title-color': 'denhaag-link-color',
      'font-weight-normal': 'denhaag-typography-weight-regular',
      'font-weight-semibold': 'denhaag-typography-weight-semibold',
      'font-weight-bold': 'denhaag-typography-weight-bold',
      'line-height': 'utrecht-document-line-height',
      'border-width': 'utrecht-form-control-border-width',
      'focus-outline-width': 'utrecht-focus-outline-width',
      'focus-outline-style': 'utrecht-focus-outline-style',
      'focus-outline-offset': 'utrecht-focus-outline-offset',
      'heading-font-family': 'utrecht-heading-font-family',
      'heading-font-weight': 'utrecht-heading-font-weight',
      'heading-color': 'denhaag-heading-color',
      'link-color': 'denhaag-link-color',
      'link-hover-color': 'denhaag-link-hover-color',
      'button-font-weight': 'denhaag-button-font-weight',
      'button-border-width': 'denhaag-button-border-width',
      'button-border-radius': 'denhaag-button-border-radius',
      'button-primary-hover-background-color': 'denhaag-button-primary-action-hover-background-color',
      'button-primary-hover-color': 'denhaag-button-primary-action-hover-color',
      'badge-background-color': 'utrecht-badge-background-color',
      'badge-color': 'utrecht-badge-color',
      'badge-border-radius': 'utrecht-badge-border-radius',
    },
  },
  amsterdam: {
    title: 'Gemeente Amsterdam',
    package: '@amsterdam/design-system-tokens',
    file: 'dist/index.css',
    selector: ':root',
    map: {
      'font-family': 'ams-typography-font-family',
      'color-text': 'ams-color-text',
      'color-text-muted': 'ams-color-text-secondary',
      'color-background': 'ams-color-background',
      // Not `ams-color-separator` (#d1d1d1, a line colour): Amsterdam's secondary text (#767676) and
      // error red on it were 2.97:1 and 3.01:1. Its light surfaces are white.
      'color-surface': 'ams-color-background',
      'color-border': 'ams-text-input-border-color',
      'color-primary': 'ams-button-primary-background-color',
      'color-primary-contrast': 'ams-button-primary-color',
      'color-focus': 'ams-color-text',
      'color-error': 'ams-color-feedback-error',
      'color-success': 'ams-color-feedback-success',
      'border-radius': 'ams-border-radius',
      'assignment-list-card-title-color': 'ams-link-color',
      'font-weight-normal': 'ams-typography-body-text-font-weight',
      'font-weight-bold': 'ams-typography-body-text-bold-font-weight',
      'line-height': 'ams-typography-body-text-line-height',
      'border-width': 'ams-text-input-border-width',
      'focus-outline-offset': 'ams-focus-outline-offset',
      'heading-font-family': 'ams-heading-font-family',
      'heading-font-weight': 'ams-heading-font-weight',
      'heading-color': 'ams-heading-color',
      'link-color': 'ams-link-color',
      'link-hover-color': 'ams-link-hover-color',
      'button-font-weight': 'ams-button-font-weight',
      'button-border-width': 'ams-button-border-width',
      'button-border-radius': 'ams-button-border-radius',
      'button-primary-hover-background-color': 'ams-button-primary-hover-background-color',
      'badge-background-color': 'ams-badge-background-color',
      'badge-color': 'ams-badge-color',
    },
  },
  rijkshuisstijl: {
    title: 'Rijkshuisstijl (Rijkshuisstijl Community)',
    package: '@rijkshuisstijl-community/design-tokens',
    file: 'dist/index.css',
    selector: '.rhc-theme',
    map: {
      'font-family': 'utrecht-document-font-family',
      'color-text': 'rhc-color-foreground-default',
      'color-text-muted': 'rhc-color-foreground-subtle',
      'color-background': 'rhc-color-bg-document',
      'color-surface': 'rhc-color-cool-grey-100',
      'color-border': 'rhc-color-border-strong',
      'color-primary': 'utrecht-button-primary-action-background-color',
      'color-primary-contrast': 'utrecht-button-primary-action-color',
      'color-focus': 'rhc-focus-outline-color',
      'color-error': 'utrecht-form-field-error-message-color',
      'color-success': 'rhc-color-positive-default',
      'border-radius': 'rhc-border-radius-md',
      'assignment-list-card-title-color': 'rhc-color-foreground-link',
      'font-weight-normal': 'rhc-text-font-weight-regular',
      'font-weight-semibold': 'rhc-text-font-weight-semi-bold',
      'font-weight-bold': 'rhc-text-font-weight-bold',
      // No line height: the package's is a percentage, which would inherit as one fixed length into headings.
      'focus-outline-width': 'rhc-focus-outline-width',
      'focus-outline-style': 'rhc-focus-outline-style',
      'focus-outline-offset': 'rhc-focus-outline-offset',
      'link-color': 'rhc-color-foreground-link',
      'link-hover-color': 'nl-link-hover-color',
      'button-border-width': 'utrecht-button-border-width',
      'button-border-radius': 'utrecht-button-border-radius',
      'button-primary-hover-background-color': 'utrecht-button-primary-action-hover-background-color',
    },
  },
};

/** Flexschil's own defaults (src/shared/flexschil-element.ts), the fallback of the shared theme. */
const defaults = {
  'font-family': 'inherit',
  'color-text': '#1a1a1a',
  'color-text-muted': '#545454',
  'color-background': '#ffffff',
  'color-surface': '#f3f4f6',
  'color-border': '#6b6b6b',
  'color-primary': '#00508c',
  'color-primary-contrast': '#ffffff',
  'color-focus': '#1a1a1a',
  'color-error': '#b3001b',
  'color-success': '#1d6b35',
  'border-radius': '4px',
  'font-weight-normal': '400',
  'font-weight-semibold': '600',
  'font-weight-bold': '700',
  'line-height': '1.5',
  'border-width': '2px',
  'focus-outline-width': '3px',
  'focus-outline-style': 'solid',
  'focus-outline-offset': '2px',
  'heading-font-family': 'var(--flexschil-font-family, inherit)',
  'heading-font-weight': 'var(--flexschil-font-weight-bold, 700)',
  'heading-color': 'currentColor',
  'link-color': 'var(--flexschil-color-primary, #00508c)',
  'link-hover-color': 'var(--flexschil-link-color, var(--flexschil-color-primary, #00508c))',
  'button-font-weight': 'var(--flexschil-font-weight-semibold, 600)',
  'button-border-width': 'var(--flexschil-border-width, 2px)',
  'button-border-radius': 'var(--flexschil-border-radius, 4px)',
  'button-primary-hover-background-color': 'var(--flexschil-color-primary, #00508c)',
  'button-primary-hover-color': 'var(--flexschil-color-primary-contrast, #ffffff)',
  'badge-background-color': 'transparent',
  'badge-color': 'currentColor',
  'badge-border-radius': '999px',
};
/** The shared component tokens: NL Design System's `--nl-*` first, then the Utrecht architecture's. */
const shared = {
  'font-family': ['nl-paragraph-font-family', 'utrecht-document-font-family'],
  'color-text': ['nl-paragraph-color', 'utrecht-document-color'],
  'color-text-muted': ['utrecht-form-field-description-color'],
  'color-background': ['utrecht-document-background-color'],
  'color-border': ['utrecht-form-control-border-color'],
  'color-primary': ['utrecht-button-primary-action-background-color'],
  'color-primary-contrast': ['utrecht-button-primary-action-color'],
  'color-focus': ['utrecht-focus-outline-color'],
  'color-error': ['utrecht-form-control-invalid-border-color', 'utrecht-feedback-danger-color'],
  'color-success': ['utrecht-feedback-success-color'],
  'border-radius': ['utrecht-form-control-border-radius', 'utrecht-button-border-radius'],
  'assignment-list-card-title-color': ['nl-link-color', 'utrecht-link-color'],
  'line-height': ['nl-paragraph-line-height', 'utrecht-document-line-height'],
  'border-width': ['utrecht-form-control-border-width'],
  'focus-outline-width': ['utrecht-focus-outline-width'],
  'focus-outline-style': ['utrecht-focus-outline-style'],
  'focus-outline-offset': ['utrecht-focus-outline-offset'],
  'heading-font-family': ['utrecht-heading-font-family'],
  'heading-font-weight': ['utrecht-heading-font-weight'],
  'heading-color': ['utrecht-heading-color'],
  'link-color': ['nl-link-color', 'utrecht-link-color'],
  'link-hover-color': ['nl-link-hover-color', 'utrecht-link-hover-color'],
  'button-font-weight': ['utrecht-button-font-weight'],
  'button-border-width': ['utrecht-button-border-width'],
  'button-border-radius': ['utrecht-button-border-radius'],
  'button-primary-hover-background-color': ['utrecht-button-primary-action-hover-background-color'],
  'button-primary-hover-color': ['utrecht-button-primary-action-hover-color'],
  'badge-background-color': ['nl-data-badge-background-color', 'utrecht-badge-background-color'],
  'badge-color': ['nl-data-badge-color', 'utrecht-badge-color'],
  'badge-border-radius': ['nl-data-badge-border-radius', 'utrecht-badge-border-radius'],
};

/** `--name: value;` declarations of the top-level rule with exactly `selector` (not media queries, not dark mode). */
function tokensOf(css, selector) {
  const tokens = new Map();
  let depth = 0;
  let inTheme = false;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') {
      if (depth === 0) inTheme = css.slice(start, i).replace(/\/\*[\s\S]*?\*\//g, '').trim() === selector;
      depth++;
      start = i + 1;
    } else if (c === '}') {
      depth--;
      start = i + 1;
      if (depth === 0) inTheme = false;
    } else if (c === ';' && depth === 1 && inTheme) {
      const declaration = css.slice(start, i).replace(/\/\*[\s\S]*?\*\//g, '').trim();
      const match = declaration.match(/^--([\w-]+)\s*:\s*([\s\S]+)$/);
      if (match && !tokens.has(match[1])) tokens.set(match[1], match[2].trim());
      start = i + 1;
    } else if (c === ';') {
      start = i + 1;
    }
  }
  return tokens;
}

/** A token's value with every `var()` resolved within the package. */
function resolve(tokens, name, seen = new Set()) {
  if (seen.has(name)) throw new Error(`--${name}: circular`);
  const value = tokens.get(name);
  if (value === undefined) return undefined;
  return value.replace(/var\(--([\w-]+)(?:\s*,\s*([^()]*))?\)/g, (_, inner, fallback) => resolve(tokens, inner, new Set([...seen, name])) ?? fallback?.trim() ?? '');
}

const header = (lines) => `/*\n${lines.map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;

function packageTheme(theme) {
  const tokens = tokensOf(packageCss(theme.package, theme.file), theme.selector);
  const version = require(`${theme.package}/package.json`).version;
  const lines = Object.entries(theme.map).map(([flexschil, token]) => {
    const value = resolve(tokens, token);
    if (!value) throw new Error(`${theme.package}: --${token} is not defined in ${theme.file} (${theme.selector})`);
    // The package's rem in px (at 16 px): a host page whose root font size is 62.5 % would
    // otherwise get 1 px borders where the house style has 2 (the widgets use no rem).
    const inPx = value.replace(/(\d*\.?\d+)rem\b/g, (_, n) => `${Number(n) * 16}px`);
    return `  --flexschil-${flexschil}: var(--${token}, ${inPx});`;
  });
  return `${header([
    `Flexschil in the house style of ${theme.title}: one <link rel="stylesheet"> after the script tag.`,
    `Generated by scripts/build-themes.mjs from ${theme.package} ${version} (EUPL-1.2). Do not edit.`,
    `Where the page already loads ${theme.package}, its tokens win; elsewhere the values below apply.`,
  ])}${hosts} {\n${lines.join('\n')}\n}\n`;
}

function sharedTheme() {
  const lines = Object.entries(shared).map(([flexschil, tokens]) => {
    const fallback = defaults[flexschil] ?? `var(--flexschil-color-primary, ${defaults['color-primary']})`;
    const value = tokens.reduceRight((inner, token) => `var(--${token}, ${inner})`, fallback);
    return `  --flexschil-${flexschil}: ${value};`;
  });
  return `${header([
    "Flexschil in a municipality's own NL Design System theme: one <link rel=\"stylesheet\"> on a page",
    'that already defines the shared component tokens (--nl-*, --utrecht-*) of NL Design System.',
    'Generated by scripts/build-themes.mjs. Do not edit.',
  ])}${hosts} {\n${lines.join('\n')}\n}\n`;
}

/** Every `--token` a theme reads, and whether a package defines it. */
export function referencedTokens(css) {
  return [...new Set([...css.matchAll(/var\(--((?!flexschil-)[\w-]+)/g)].map((m) => m[1]))];
}

const outputs = {
  ...Object.fromEntries(Object.entries(themes).map(([name, theme]) => [`themes/${name}.css`, packageTheme(theme)])),
  'themes/nl-design-system.css': sharedTheme(),
};

if (process.argv.includes('--check')) {
  const problems = [];
  const allCss = Object.values(themes).map((t) => packageCss(t.package, t.file));
  for (const [file, content] of Object.entries(outputs)) {
    let current = '';
    try {
      current = readFileSync(join(root, file), 'utf8');
    } catch {}
    if (current !== content) problems.push(`${file} is stale: run node scripts/build-themes.mjs`);
    // Every token a theme names exists in the token package it is for (or, for the shared theme, in one of them).
    const theme = themes[file.match(/themes\/(.+)\.css/)[1]];
    const sources = theme ? [packageCss(theme.package, theme.file)] : allCss;
    for (const token of referencedTokens(current)) {
      if (!sources.some((css) => css.includes(`--${token}:`))) problems.push(`${file}: --${token} is defined in no token package`);
    }
  }
  if (problems.length) {
    console.error(`themes:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`themes: ${Object.keys(outputs).length} current, every token they read exists in its package`);
} else {
  for (const [file, content] of Object.entries(outputs)) writeFileSync(join(root, file), content);
  console.log(`themes: wrote ${Object.keys(outputs).join(', ')}`);
}
