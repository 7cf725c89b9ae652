#!/usr/bin/env node
// Framework and editor support, generated from custom-elements.json at build time (after `tsc`
// has written dist/types):
// - dist/types/jsx.d.ts   React 19 `JSX.IntrinsicElements` (also what `react/jsx-runtime` reads)
// - dist/types/vue.d.ts   Vue 3 `GlobalComponents`, with typed event handlers
// - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code `html.customData`
// - dist/web-types.json   JetBrains web-types (found through `web-types` in package.json)
//
// VS Code and JetBrains come from the well-kept generators. React and Vue are written here: the
// generators' output did not type-check against the package (the JSX one augments `preact`,
// `solid-js`, … which a React app does not have; the Vue one types `lang` as `ApplyForm["undefined"]`,
// wraps events twice (`CustomEvent<CustomEvent<…>>`) without importing their details, keys them
// `onassignment-select` where Vue looks for `onAssignmentSelect`, and declares a global `JSX`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const outdir = join(root, 'dist');
const typesDir = join(outdir, 'types');
mkdirSync(typesDir, { recursive: true });

/** Every element with what a framework may set on it and what it fires. */
function elementsOf(manifest) {
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((d) => ({
      tag: d.tagName,
      className: d.name,
      summary: d.summary ?? d.description ?? '',
      attributes: (d.attributes ?? []).map((a) => ({ name: a.name, field: a.fieldName ?? null, type: a.type?.text ?? 'string', description: a.description ?? '' })),
      // Writable public properties; getters such as `uiLang` or `request` are read-only.
      properties: (d.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
        .map((m) => ({ name: m.name, attribute: m.attribute ?? null, description: m.description ?? '' })),
      events: (d.events ?? []).map((e) => ({ name: e.name, type: e.type.text, description: e.description ?? '' })),
    }));
}

/** A member line with its JSDoc above it. */
const member = (description, code, indent = '  ') => `${doc(description, indent)}${indent}${code}`;
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
/** The type of an attribute: the property's own type when it has one, else the manifest's text. */
const attributeType = (element, attribute) => (attribute.field ? `${element.className}[${JSON.stringify(attribute.field)}]` : attribute.type);
/** `CustomEvent<AssignmentSelectDetail>` → `AssignmentSelectDetail`. */
const detailOf = (event) => event.type.match(/^CustomEvent<(\w+)>$/)?.[1];

function imports(elements) {
  const names = new Set(elements.map((e) => e.className));
  for (const element of elements) for (const event of element.events) names.add(detailOf(event));
  return [...names].filter(Boolean).sort();
}

const banner = '// Generated from custom-elements.json by scripts/generate-types.mjs. Do not edit.\n';

function reactTypes(elements) {
  const props = elements.map((element) => {
    const lines = [];
    for (const attribute of element.attributes) lines.push(member(attribute.description, `${JSON.stringify(attribute.name)}?: ${attributeType(element, attribute)};`));
    for (const property of element.properties.filter((p) => !p.attribute)) {
      const note = 'A property: React sets it when the tag is defined before rendering (`import "flexschil"` first), or use `flexschil/react`.';
      lines.push(member(`${property.description} ${note}`, `${property.name}?: ${element.className}[${JSON.stringify(property.name)}];`));
    }
    for (const event of element.events) lines.push(member(event.description, `${JSON.stringify(`on${event.name}`)}?: (event: ${event.type}) => void;`));
    return `/** Attributes, properties and events of \`<${element.tag}>\` in React 19. */\nexport interface ${element.className}JsxProps {\n${lines.join('\n')}\n}\n`;
  });
  const intrinsic = elements
    .map((e) => member(e.summary, `${JSON.stringify(e.tag)}: Omit<DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}>, keyof ${e.className}JsxProps> & ${e.className}JsxProps;`, '      '))
    .join('\n');
  return `${banner}// React 19 sets a custom element's property when the element has it, else an attribute, and
// listens to \`on<event-name>\` props: https://react.dev/reference/react-dom/components#custom-html-elements
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${imports(elements).join(', ')} } from './index.js';

${props.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
`;
}

function vueTypes(elements) {
  const props = elements.map((element) => {
    const lines = [];
    for (const property of element.properties) lines.push(member(property.description, `${property.name}?: ${element.className}[${JSON.stringify(property.name)}];`));
    for (const attribute of element.attributes.filter((a) => !a.field)) lines.push(member(attribute.description, `${attribute.name}?: ${attribute.type};`));
    for (const event of element.events) lines.push(member(event.description, `on${pascal(event.name)}?: (event: ${event.type}) => void;`));
    return `/** Properties and events of \`<${element.tag}>\` in Vue templates. */\nexport interface ${element.className}VueProps {\n${lines.join('\n')}\n}\n`;
  });
  // The global attributes (`id`, `class`, `hidden`, native events …) stay allowed under strict templates.
  const components = elements
    .map((e) => member(e.summary, `${JSON.stringify(e.tag)}: DefineComponent<${e.className}VueProps & Omit<HTMLAttributes, keyof ${e.className}VueProps>>;`, '    '))
    .join('\n');
  return `${banner}// Vue needs \`compilerOptions.isCustomElement: (tag) => tag.includes('-')\` (or these tags) so it
// renders them as elements; bind objects and functions as properties: \`:get-token.prop="fn"\`.
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { ${imports(elements).join(', ')} } from './index.js';

${props.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${components}
  }
}
`;
}

const elements = elementsOf(manifest);
writeFileSync(join(typesDir, 'jsx.d.ts'), reactTypes(elements));
writeFileSync(join(typesDir, 'vue.d.ts'), vueTypes(elements));

const quiet = { hideLogs: true };
generateVsCodeCustomElementData(manifest, { ...quiet, outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' });
generateJetBrainsWebTypes(manifest, { ...quiet, outdir, webTypesFileName: 'web-types.json', packageJson: false });
console.log(`types: React JSX, Vue, VS Code custom data and web-types for ${elements.length} elements in dist/`);
