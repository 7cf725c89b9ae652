// Every look is a documented token (issue 16), in the spirit of Material Web's token tests: the
// compiled style sheets of every element are read as the browser gets them (`static styles`), and
//  (a) every declaration of a visual property (colour, font, size, border, radius, spacing, focus)
//      reads a custom property — `var(--flexschil-…)` directly, or a private `--_*` variable that
//      itself reads one — apart from the structural values allowed below;
//  (b) every `--flexschil-*` property the styles read is documented (`@cssprop` → custom-elements.json);
//  (c) every documented one is read by the styles of the element that documents it.
import { expect, fixture } from '@open-wc/testing';
import { type CSSResult, type CSSResultGroup, html, LitElement, type TemplateResult } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
import { ApplicationInbox } from '../src/elements/application-inbox/application-inbox.js';
import { ApplyForm } from '../src/elements/apply-form/apply-form.js';
import { AssignmentEditor } from '../src/elements/assignment-editor/assignment-editor.js';
import { formStyles } from '../src/elements/assignment-editor/assignment-editor-form.js';
import { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import { MatchBadge } from '../src/elements/match-badge/match-badge.js';
import { ProfileCard } from '../src/elements/profile-card/profile-card.js';
import { ProfileDirectory } from '../src/elements/profile-directory/profile-directory.js';
import { ProfileEditor } from '../src/elements/profile-editor/profile-editor.js';
import { SessionEditor } from '../src/elements/session-editor/session-editor.js';
import { SessionList } from '../src/elements/session-list/session-list.js';
import { base, tokens } from '../src/styles/tokens.js';

/** Every sheet an element adopts; the assignment editor adopts its form's sheets once the form has loaded. */
const elements: Record<string, CSSResultGroup[]> = {
  'application-inbox': [ApplicationInbox.styles!],
  'apply-form': [ApplyForm.styles!],
  'assignment-editor': [AssignmentEditor.styles!, formStyles],
  'assignment-list': [AssignmentList.styles!],
  'match-badge': [MatchBadge.styles!],
  'profile-card': [ProfileCard.styles!],
  'profile-directory': [ProfileDirectory.styles!],
  'profile-editor': [ProfileEditor.styles!],
  'session-editor': [SessionEditor.styles!],
  'session-list': [SessionList.styles!],
};

const flatten = (group: CSSResultGroup | CSSResultGroup[]): CSSResult[] =>
  Array.isArray(group) ? group.flatMap((g) => flatten(g as CSSResultGroup)) : [group as CSSResult];
const sheetsOf = (tag: string) => [...new Set(flatten(elements[tag]))];
const allSheets = [...new Set(Object.keys(elements).flatMap(sheetsOf))];

/** Properties that carry the look: colour, type, borders, radius, spacing, focus, shadows. */
const VISUAL =
  /^(color|accent-color|caret-color|background(-color)?|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?(-(color|width|style))?|border(-[a-z]+)?-radius|outline(-(color|width|style|offset))?|box-shadow|text-shadow|font(-(family|size|weight))?|line-height|(padding|margin)(-(top|right|bottom|left|block|inline)(-(start|end))?)?|(row-|column-)?gap|text-decoration-(color|thickness)|text-underline-offset|fill|stroke)$/;

/**
 * Values that are structure, not look: nothing to theme. Zero, none and auto (no border, no
 * margin, centring), inheriting from the host (`font: inherit`, `color: currentColor`),
 * `transparent`, `100%` (a circle), `normal` (undoing a weight or line height of the parent), and
 * the border styles (the width and colour are the tokens).
 */
const STRUCTURAL = new Set(['0', 'none', 'auto', 'inherit', 'currentcolor', 'transparent', '100%', '50%', 'normal', 'solid', 'dashed', 'dotted']);

/** Per property: `line-height: 1` is the box of a single glyph (initials, a "×"), not type. */
const STRUCTURAL_FOR: Record<string, string[]> = { 'line-height': ['1'] };

/**
 * Rules whose values are mechanism, not look: the visually-hidden pattern (1px clip, -1px
 * margin) must stay exactly as it is to hide text from sight and not from screen readers; the
 * match badge's disclosure triangle is drawn with borders (their width is its size); the loading
 * bars' negative margin takes back their own height, so that it takes no room (its colour is the
 * primary token).
 */
const MECHANISM = [/^\.visually-hidden$/, /^\.toggle(\[aria-expanded='true'\])?::after$/, /^\.results\[aria-busy='true'\]::before, \.results\[aria-busy='true'\]::after$/];

/**
 * One-off glyph: the rich-text toolbar's "I" is drawn in an italic serif so it reads as
 * "italic" in any house font.
 */
const EXEMPT = new Set(['.rt-italic .rt-icon::before { font-family }']);

interface Declaration {
  selector: string;
  property: string;
  value: string;
  /** Inside `@media (forced-colors: active)`: system colours, exempt by design. */
  forced: boolean;
  keyframes: boolean;
}

/** A small CSS walker: enough for Lit's css`` (no strings with braces in our sheets). */
function declarations(cssText: string): Declaration[] {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Declaration[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      stack.push(text.slice(start, i).trim());
      start = i + 1;
    } else if (c === '}' || c === ';') {
      const chunk = text.slice(start, i).trim();
      const colon = chunk.indexOf(':');
      if (chunk && colon > 0 && stack.length) {
        out.push({
          selector: stack.at(-1)!.replace(/\s+/g, ' '),
          property: chunk.slice(0, colon).trim().toLowerCase(),
          value: chunk.slice(colon + 1).trim(),
          forced: stack.some((s) => /forced-colors:\s*active/.test(s)),
          keyframes: stack.some((s) => s.startsWith('@keyframes')),
        });
      }
      if (c === '}') stack.pop();
      start = i + 1;
    }
  }
  return out;
}

/** The value with every `var(…)` (and any math around one) taken out; what is left must be structural. */
function literalParts(value: string, property = ''): string[] {
  let rest = value.replace(/!important/, '');
  // Innermost functions first: var() → V, then calc()/min()/max() that contain a V → V.
  for (let guard = 0; guard < 20 && /\(/.test(rest); guard++) {
    rest = rest.replace(/([a-z-]*)\(([^()]*)\)/gi, (_, fn: string, inner: string) => (fn === 'var' || /\bV\b/.test(inner) ? 'V' : `${fn}<${inner}>`));
  }
  return rest
    .split(/[\s,/]+/)
    .filter(Boolean)
    .filter((part) => part !== 'V' && !STRUCTURAL.has(part.toLowerCase()) && !STRUCTURAL_FOR[property]?.includes(part));
}

const readsToken = (d: Declaration) => literalParts(d.value, d.property).length === 0;
const key = (d: Declaration) => `${d.selector} { ${d.property} }`;

function visualDeclarations() {
  return allSheets.flatMap((sheet) =>
    declarations(sheet.cssText).filter(
      (d) => VISUAL.test(d.property) && !d.forced && !d.keyframes && !MECHANISM.some((m) => m.test(d.selector)) && !EXEMPT.has(key(d)),
    ),
  );
}

interface CssProperty {
  name: string;
  inheritedFrom?: unknown;
}
interface ManifestDeclaration {
  tagName?: string;
  name: string;
  cssProperties?: CssProperty[];
}

const manifestElements = (): ManifestDeclaration[] => (manifest.modules as { declarations?: ManifestDeclaration[] }[]).flatMap((m) => m.declarations ?? []);

const used = (sheets: CSSResult[]) => new Set(sheets.flatMap((s) => [...s.cssText.matchAll(/--flexschil-[a-z0-9-]+/g)].map((m) => m[0])));

describe('tokens', () => {
  it('every visual declaration reads a token', () => {
    const all = visualDeclarations();
    const literal = all.filter((d) => !readsToken(d));
    const share = ((100 * (all.length - literal.length)) / all.length).toFixed(1);
    console.log(`tokens: ${all.length - literal.length} of ${all.length} visual declarations read a token (${share} %)`);
    expect(literal.map((d) => `${key(d)}: ${d.value}`)).to.deep.equal([]);
  });

  it('every private --_* variable reads a public token or another private one (or is layout)', () => {
    const layout = new Set(['--_facts-column']);
    const privates = allSheets.flatMap((s) => declarations(s.cssText)).filter((d) => d.property.startsWith('--_') && !layout.has(d.property));
    // A literal is allowed only as the default after a public token: `var(--flexschil-x, 2px)`.
    const bare = privates.filter((d) => !/^var\(--flexschil-/.test(d.value) && !readsToken(d));
    expect(bare.map((d) => `${key(d)}: ${d.value}`)).to.deep.equal([]);
  });

  it('every private --_* variable an element reads is defined in its sheets', () => {
    const missing: string[] = [];
    for (const tag of Object.keys(elements)) {
      const decls = sheetsOf(tag).flatMap((s) => declarations(s.cssText));
      const defined = new Set(decls.filter((d) => d.property.startsWith('--_')).map((d) => d.property));
      defined.add('--_facts-column');
      for (const d of decls) {
        // `var(--_x, fallback)` may be read undefined: the fallback is the default.
        for (const m of d.value.matchAll(/var\((--_[a-z0-9-]+)\s*\)/g)) if (!defined.has(m[1])) missing.push(`${tag}: ${m[1]} in ${key(d)}`);
      }
    }
    expect([...new Set(missing)]).to.deep.equal([]);
  });

  it('every --flexschil-* property the styles read is documented in custom-elements.json', () => {
    const documented = new Set(manifestElements().flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const undocumented = [...used(allSheets)].filter((name) => !documented.has(name)).sort();
    expect(undocumented).to.deep.equal([]);
  });

  it('every documented custom property is read by the element that documents it', () => {
    const unused: string[] = [];
    for (const element of manifestElements()) {
      const tag = element.tagName ?? '';
      if (!(tag in elements)) continue;
      const reads = used(sheetsOf(tag));
      for (const p of element.cssProperties ?? []) if (!reads.has(p.name)) unused.push(`<${tag}> ${p.name}`);
    }
    expect(unused).to.deep.equal([]);
  });

  it('the theming docs page lists exactly the global tokens', async () => {
    const page = await (await fetch('/stories/docs/tokens.mdx')).text();
    const listed = new Set([...page.matchAll(/^\| `(--flexschil-[a-z0-9-]+)`/gm)].map((m) => m[1]));
    const global = manifestElements().find((d) => d.name === 'FlexschilElement')!.cssProperties!.map((p) => p.name);
    expect([...listed].sort()).to.deep.equal([...global].sort());
  });

  it('the walker finds what it should (a literal fails, a token and structure pass)', () => {
    const [plain, token, structure, math] = declarations(
      '.a { padding: 0.5em 1em; } .b { color: var(--_text); } .c { border: 0 none; } .d { margin: calc(var(--_space) * 1.5) auto 0; }',
    );
    expect(readsToken(plain)).to.equal(false);
    expect(readsToken(token)).to.equal(true);
    expect(readsToken(structure)).to.equal(true);
    expect(readsToken(math)).to.equal(true);
  });
});

/** The shared pieces as every element has them, without data: their defaults must be the look they had before they were tokens. */
class TokenProbe extends LitElement {
  static override styles = [tokens, base];
  override render(): TemplateResult {
    return html`<div style="color: rgb(10, 20, 30)">
      <h2>Kop</h2>
      <a href="#x">link</a>
      <button class="button">Primair</button>
      <button class="button secondary">Secundair</button>
      <button class="link-button">Link-knop</button>
      <span class="badge">ZZP</span>
    </div>`;
  }
}
customElements.define('flexschil-token-probe', TokenProbe);

describe('token defaults keep the look', () => {
  it('buttons, links, badges, headings and the focus ring look as they did before they were tokens', async () => {
    const probe = await fixture<TokenProbe>(html`<flexschil-token-probe style="font-size: 16px; font-family: serif"></flexschil-token-probe>`);
    const root = probe.shadowRoot!;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    const primary = 'rgb(0, 80, 140)';
    const button = style('.button:not(.secondary)');
    expect([button.paddingTop, button.paddingLeft, button.borderTopWidth, button.borderTopColor, button.borderTopLeftRadius]).to.deep.equal(['8px', '16px', '2px', primary, '4px']);
    expect([button.backgroundColor, button.color, button.fontWeight]).to.deep.equal([primary, 'rgb(255, 255, 255)', '600']);
    const secondary = style('.button.secondary');
    expect([secondary.backgroundColor, secondary.color, secondary.borderTopColor]).to.deep.equal(['rgb(255, 255, 255)', primary, primary]);
    expect([style('a').color, style('.link-button').color]).to.deep.equal([primary, primary]);
    const badge = style('.badge');
    expect([badge.paddingTop, badge.paddingLeft, badge.borderTopWidth, badge.borderTopColor, badge.borderTopLeftRadius]).to.deep.equal(['1.4px', '7px', '1px', 'rgb(10, 20, 30)', '999px']);
    expect([badge.backgroundColor, badge.color, badge.fontSize, badge.lineHeight]).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgb(10, 20, 30)', '14px', '19.6px']);
    const heading = style('h2');
    expect([heading.fontFamily, heading.fontWeight, heading.color]).to.deep.equal(['serif', '700', 'rgb(10, 20, 30)']);
    root.querySelector<HTMLButtonElement>('.button')!.focus({ focusVisible: true } as FocusOptions);
    const focused = style('.button:not(.secondary)');
    expect([getComputedStyle(probe).lineHeight, focused.outlineWidth, focused.outlineStyle, focused.outlineOffset]).to.deep.equal(['24px', '3px', 'solid', '2px']);
  });

  it('one token themes a piece everywhere: button padding, badge fill and shape, heading weight, link colour', async () => {
    const probe = await fixture<TokenProbe>(
      html`<flexschil-token-probe style="font-size: 16px; --flexschil-button-padding-inline: 2em; --flexschil-badge-background-color: rgb(1, 2, 3); --flexschil-badge-border-radius: 0px; --flexschil-heading-font-weight: 400; --flexschil-link-color: rgb(4, 5, 6)"></flexschil-token-probe>`,
    );
    const style = (selector: string) => getComputedStyle(probe.shadowRoot!.querySelector(selector)!);
    expect(style('.button').paddingLeft).to.equal('32px');
    expect([style('.badge').backgroundColor, style('.badge').borderTopLeftRadius]).to.deep.equal(['rgb(1, 2, 3)', '0px']);
    expect(style('h2').fontWeight).to.equal('400');
    expect([style('a').color, style('.link-button').color]).to.deep.equal(['rgb(4, 5, 6)', 'rgb(4, 5, 6)']);
  });
});
