#!/usr/bin/env node
// One Storybook docs page per element (stories/docs/<tag>.mdx), written from custom-elements.json
// before Storybook builds, so they never drift from the elements: the embed snippet, the
// attributes, theming (tokens and the NL Design System themes) and the custom states. The full API
// table is Storybook's own, from the same manifest (`setCustomElementsManifest` in preview.ts).
// `--out <dir>` writes them elsewhere: scripts/check-manifest.mjs compares that with the committed
// pages, so they cannot go stale against custom-elements.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const outdir = args.out ? resolve(args.out) : join(root, 'stories/docs');
mkdirSync(outdir, { recursive: true });

const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
/** Text for MDX: braces and angle brackets outside code would be read as JSX. */
const text = (value = '') => value.replace(/\s*\n\s*/g, ' ').replace(/[{}<>]/g, (c) => `\\${c}`);
const cell = (value = '') => text(value).replace(/\|/g, '\\|');
const embedAttributes = {
  'assignment-list': ' filters="q,field,region,type" sync-url',
  'profile-directory': ' filters="q,field,region,kind,available"',
  'profile-card': ' profile-id="p-0003"',
  'apply-form': ' assignment-id="a-2026-0101"',
  'match-badge': ' assignment-id="a-2026-0101" profile-id="p-0003"',
};

for (const element of elements) {
  const tag = element.tagName;
  const inner = tag === 'marketplace-provider' ? '  <assignment-list></assignment-list>\n' : `  <${tag}${embedAttributes[tag] ?? ''}></${tag}>\n`;
  const attributes = (element.attributes ?? []).map((a) => `| \`${a.name}\` | \`${cell(a.type?.text ?? 'string')}\` | ${cell(a.description)} |`);
  const events = (element.events ?? []).map((e) => `| \`${e.name}\` | \`${cell(e.type?.text ?? '')}\` | ${cell(e.description)} |`);
  const tokens = (element.cssProperties ?? []).filter((p) => !p.inheritedFrom).map((p) => `| \`${p.name}\` | \`${cell(p.default ?? '')}\` | ${cell(p.description)} |`);
  const states = (element.cssStates ?? []).map((s) => `| \`:state(${s.name})\` | ${cell(s.description)} |`);
  const page = `{/* Generated from custom-elements.json by scripts/generate-docs.mjs. Do not edit. */}
import { Meta } from '@storybook/addon-docs/blocks';

<Meta title="Docs/${tag}" />

# \`<${tag}>\`

${text(element.summary ?? '')}

${text(element.description ?? '')}

## Embed

One script tag, the provider with your backend, the element, and (optionally) the house style:

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/flexschil/dist/flexschil.js"></script>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/flexschil/themes/utrecht.css">

<marketplace-provider endpoint="https://api.example.nl/flexschil/v1" privacy-url="/privacy">
${inner}</marketplace-provider>
\`\`\`

${attributes.length ? `## Attributes\n\n| attribute | type | description |\n|---|---|---|\n${attributes.join('\n')}\n` : ''}
${events.length ? `## Events\n\nAll bubble and cross shadow roots (\`composed\`).\n\n| event | type | description |\n|---|---|---|\n${events.join('\n')}\n` : ''}
## Theming

Either link one of the NL Design System themes that come with the package, as above:
\`themes/utrecht.css\`, \`themes/denhaag.css\`, \`themes/amsterdam.css\`, \`themes/rijkshuisstijl.css\`,
or \`themes/nl-design-system.css\` on a page whose own theme defines the shared \`--nl-*\` /
\`--utrecht-*\` component tokens. Or, instead of a theme, map your own tokens onto Flexschil's in
one stylesheet, on the elements or on \`marketplace-provider\` (the elements inside inherit them).

A theme sets its tokens on each element itself, so with a theme linked, values on
\`marketplace-provider\` or another ancestor are ignored: set your changes on the elements you put
on the page, in a stylesheet after the theme's \`<link>\` (what an element renders inside itself
inherits from it).

\`\`\`css
/* After <link rel="stylesheet" href="…/themes/utrecht.css">, or without a theme. */
${tag === 'marketplace-provider' ? ':is(assignment-list, profile-directory, session-list)' : tag} {
  --flexschil-color-primary: var(--utrecht-button-primary-action-background-color, #00508c);
  --flexschil-font-family: var(--utrecht-document-font-family, inherit);
}
\`\`\`

${tokens.length ? `Tokens of this element (the global \`--flexschil-color-*\`, \`--flexschil-font-family\`, \`--flexschil-border-radius\` and \`--flexschil-space\` apply too):\n\n| custom property | default | description |\n|---|---|---|\n${tokens.join('\n')}\n` : ''}
${states.length ? `## States\n\nWhat the element shows, for CSS (\`${tag}:state(error) { … }\`) and as \`data-state\`:\n\n| state | meaning |\n|---|---|\n${states.join('\n')}\n` : ''}`;
  writeFileSync(join(outdir, `${tag}.mdx`), `${page.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
}
const shown = relative(root, outdir);
console.log(`docs: ${elements.length} pages in ${shown.startsWith('..') ? outdir : shown}/`);
