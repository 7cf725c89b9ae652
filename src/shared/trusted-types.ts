/**
 * What a host page that enforces Trusted Types (`require-trusted-types-for 'script'`) asks of
 * the widgets: a plain string is refused for `innerHTML`, for `insertHTML` and for a script's
 * text, so the few places that must hand one over go through here.
 *
 * The one policy this library makes, `flexschil`, blesses strings for exactly these uses:
 * untrusted HTML parsed into an inert `<template>` (no script runs, no image loads) to be
 * rebuilt or sanitised from there; markup the editor rebuilt itself, for `insertHTML`
 * (src/shared/rich-text.ts); and JSON for a data block (the board's JSON-LD), refused when it is
 * not JSON. A host names it next to Lit's: `trusted-types lit-html flexschil` (README, "Content
 * Security Policy"). A page that does not allow it still gets working widgets: see each function.
 */

interface TrustedTypePolicy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
interface TrustedTypes {
  createPolicy(name: string, rules: { createHTML: (input: string) => string; createScript: (input: string) => string }): TrustedTypePolicy;
}

/** The name a host's `trusted-types` directive allows. */
const POLICY_NAME = 'flexschil';

/** `undefined`: not tried yet; `null`: no Trusted Types here, or the page does not allow ours. */
let policy: TrustedTypePolicy | null | undefined;

function ourPolicy(): TrustedTypePolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
    try {
      policy =
        factory?.createPolicy(POLICY_NAME, {
          createHTML: (input) => input,
          createScript: (input) => {
            JSON.parse(input); // only data: anything else throws, and is refused
            return input;
          },
        }) ?? null;
    } catch {
      // The page's `trusted-types` directive does not name ours.
      policy = null;
    }
  }
  return policy;
}

/** `html` as the page's HTML sinks take it: a TrustedHTML of our policy where one can be made. */
export function trustedHtml(html: string): string {
  // A TrustedHTML goes wherever a string of HTML does; the DOM's types just do not say so.
  return (ourPolicy()?.createHTML(html) ?? html) as string;
}

/**
 * `html` parsed into an inert fragment. Where the page enforces Trusted Types without allowing
 * our policy, the browser's Sanitizer API parses it instead (its safe default drops what it finds
 * unsafe before the caller sees it); without that, the fragment holds its text as paragraphs.
 */
export function inertContent(html: string): DocumentFragment {
  const template = document.createElement('template');
  if (!htmlRefused()) template.innerHTML = trustedHtml(html);
  else {
    const safe = template as HTMLTemplateElement & { setHTML?: (html: string) => void };
    if (safe.setHTML) safe.setHTML(html);
    else template.content.append(...plainParagraphs(html));
  }
  return template.content;
}

const BLOCK_END = /<\/(p|div|li|h[1-6]|blockquote|pre|dt|dd|tr|section|article)\s*>|<br\s*\/?>/gi;
const ANY_TAG = /<[^>]*>?/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of `html` as paragraphs, without parsing it (its entities read, its blocks and line
 * breaks as paragraphs): for rich text too deep to sanitise (./sanitizer.ts), and where a page
 * lets nothing parse it.
 */
export function plainParagraphs(html: string): HTMLParagraphElement[] {
  const text = html
    .replace(BLOCK_END, '\n')
    .replace(ANY_TAG, '')
    .replace(ENTITY, (entity, code: string) => {
      const lower = code.toLowerCase();
      if (lower.startsWith('#')) {
        const point = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
        return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
      }
      return Object.hasOwn(NAMED, lower) ? NAMED[lower] : entity;
    });
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => Object.assign(document.createElement('p'), { textContent: line }));
}


let refused: boolean | undefined;

/**
 * Whether this page enforces Trusted Types without allowing our policy: then HTML can be parsed
 * by the Sanitizer API only (DOMPurify, for one, silently returns nothing). Found out once, by one
 * refused assignment (one report), so that no later parse is tried and reported again.
 */
export function htmlRefused(): boolean {
  if (refused === undefined) {
    refused = false;
    if (!ourPolicy() && 'trustedTypes' in globalThis) {
      try {
        document.createElement('template').innerHTML = '';
      } catch {
        refused = true;
      }
    }
  }
  return refused;
}

/**
 * `json` as the text of a data block such as `<script type="application/ld+json">`: Trusted Types
 * check a script's text whatever its type. Without our policy the text goes in as a text node,
 * which the browser reports (`require-trusted-types-for`) but keeps: a data block runs nothing.
 */
export function setScriptJson(script: HTMLScriptElement, json: string): void {
  const trusted = ourPolicy()?.createScript(json);
  if (trusted) script.text = trusted as string;
  else script.replaceChildren(document.createTextNode(json));
}
