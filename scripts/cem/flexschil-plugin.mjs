// What the analyzer cannot know by itself, added to custom-elements.json in one place:
// - every event's `type`, read from the one event map (src/shared/events.ts), so editors and the
//   generated React/Vue types know each `detail`;
// - type aliases of attributes and properties expanded to the values they allow (`Sort` →
//   `'closingDate' | 'title' | '-publishedAt'`), so editors offer the real values;
// - module paths of what the package ships (`dist/npm/…js`), not the TypeScript sources it does not;
// - schema 2.1, the version that has `cssStates`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

let program = null;

/**
 * The analyzer reads each file on its own; expanding `Sort` (a zod-inferred type) needs the
 * type checker, so the modules come from one program over `tsconfig.build.json`.
 */
export function createModules(ts, globs, configFile = 'tsconfig.build.json') {
  const fail = (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  };
  const config = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail });
  const wanted = new Set(globs.map((glob) => resolve(glob)));
  program = ts.createProgram(globs, config.options);
  // Creating the checker binds every file, which also sets the parent links the analyzer needs.
  program.getTypeChecker();
  return program.getSourceFiles().filter((file) => wanted.has(resolve(file.fileName)));
}

/** `'a' | 'b'` when a declared type is an alias of string (or number) literals, else null. */
function literalUnion(ts, checker, typeNode) {
  if (!typeNode || !ts.isTypeReferenceNode(typeNode)) return null;
  const type = checker.getTypeFromTypeNode(typeNode);
  const parts = type.isUnion() ? type.types : [type];
  if (!parts.every((t) => t.isStringLiteral() || t.isNumberLiteral() || t.flags & ts.TypeFlags.Null || t.flags & ts.TypeFlags.Undefined)) return null;
  return parts.map((t) => checker.typeToString(t, undefined, ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType)).join(' | ');
}

/** `'assignment-select': AssignmentSelectDetail;` lines of `FlexschilEventMap`. */
export function readEventMap(file = 'src/shared/events.ts') {
  const source = readFileSync(file, 'utf8');
  const body = source.match(/export interface FlexschilEventMap \{([\s\S]*?)\n\}/)?.[1];
  if (!body) throw new Error(`${file}: no FlexschilEventMap`);
  return new Map([...body.matchAll(/^\s*'([a-z-]+)':\s*([A-Za-z]\w*);/gm)].map(([, name, detail]) => [name, detail]));
}

/** Where a source module ends up in the package (vite.config.ts, mode `npm`). */
export function shippedPath(path) {
  const define = path.match(/^\/?src\/elements\/([^/]+)\/define\.[jt]s$/);
  if (define) return `dist/npm/elements/${define[1]}.js`;
  return path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/npm/$1.js');
}

export function flexschilPlugin({ eventsFile = 'src/shared/events.ts' } = {}) {
  return {
    name: 'flexschil',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!program || !ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent)) return;
      const expanded = literalUnion(ts, program.getTypeChecker(), node.type);
      if (!expanded) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.parent.name?.getText());
      const name = node.name.getText();
      for (const member of declaration?.members ?? []) if (member.name === name && member.type) member.type.text = expanded;
      for (const attribute of declaration?.attributes ?? []) if (attribute.fieldName === name && attribute.type) attribute.type.text = expanded;
    },
    packageLinkPhase({ customElementsManifest }) {
      const events = readEventMap(eventsFile);
      customElementsManifest.schemaVersion = '2.1.0';
      const missing = [];
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = events.get(event.name);
            if (detail) event.type = { text: `CustomEvent<${detail}>` };
            else missing.push(`${declaration.name}: ${event.name}`);
          }
        }
      }
      if (missing.length) throw new Error(`Events missing from FlexschilEventMap (${eventsFile}): ${missing.join(', ')}`);
      rewriteModules(customElementsManifest);
      // The program's file order follows imports; sorted, a regenerated manifest diffs cleanly.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

/**
 * Every `path` of a module and every `module` of a reference, rewritten to the shipped file. (Files
 * the program reached through an import carry absolute names: those are made relative first.)
 */
function rewriteModules(node, root = `${process.cwd().replace(/^\/+/, '')}/`) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) rewriteModules(item, root);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') {
      const relative = value.replace(/^\/+/, '').replace(root, '');
      if (relative.startsWith('src/')) node[key] = shippedPath(relative);
    } else {
      rewriteModules(value, root);
    }
  }
}
