/**
 * The CDN bundle (`dist/flexschil.js`): a small loader that defines each tag when it first
 * appears on the page, by loading that element's own chunk — so a page with one board loads
 * the board, not the inbox, the editors and the form. Elements that render other elements
 * (the board's dialog, the directory's cards) load those themselves, when they need them.
 *
 * Loading it twice, or next to another copy, stays harmless: a tag is defined once (the define
 * helper), and a second loader finds the tags defined and loads nothing.
 *
 * It exports only `load` and `loadAll`: the client and schemas for a host page's own scripts are
 * in `dist/flexschil-api.js` (same chunks), so a page that only shows elements never loads them
 * all before its first render.
 */

const elements: Record<string, () => Promise<unknown>> = {
  'marketplace-provider': () => import('./elements/marketplace-provider/define.js'),
  'assignment-list': () => import('./elements/assignment-list/define.js'),
  'apply-form': () => import('./elements/apply-form/define.js'),
  'match-badge': () => import('./elements/match-badge/define.js'),
  'profile-card': () => import('./elements/profile-card/define.js'),
  'profile-directory': () => import('./elements/profile-directory/define.js'),
  'application-inbox': () => import('./elements/application-inbox/define.js'),
  'assignment-editor': () => import('./elements/assignment-editor/define.js'),
  'profile-editor': () => import('./elements/profile-editor/define.js'),
  'session-editor': () => import('./elements/session-editor/define.js'),
  'session-list': () => import('./elements/session-list/define.js'),
};

const loading = new Map<string, Promise<unknown>>();
/** Tags whose code did not come (a CDN's hiccup, a train's tunnel), with the timed retries used. */
const failed = new Map<string, number>();
/** Tags with a timed retry waiting. */
const waiting = new Set<string>();

/**
 * Loads and defines one tag (or resolves at once when it is defined already). When its code
 * does not come, it is tried again after 2, 8 and 18 seconds, and whenever the browser is back
 * online: until then the element shows what the host page put inside it (README, "Embedding").
 * A load asked for meanwhile (a hover that prefetches, another element) that fails too neither
 * uses up a timed retry nor plans another.
 */
export function load(tag: string): Promise<unknown> {
  const loader = elements[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve(customElements.get(tag));
  let pending = loading.get(tag);
  if (!pending) {
    pending = loader().catch((error) => {
      loading.delete(tag);
      console.error(`[flexschil] could not load <${tag}>`, error);
      const tries = failed.get(tag) ?? 0;
      const timed = tries < 3 && !waiting.has(tag);
      failed.set(tag, timed ? tries + 1 : tries);
      if (timed) {
        waiting.add(tag);
        setTimeout(retry, (tries + 1) ** 2 * 2000, tag);
      }
    });
    loading.set(tag, pending);
  }
  return pending;
}

function retry(tag: string): void {
  waiting.delete(tag);
  void load(tag);
}

addEventListener('online', () => {
  for (const tag of failed.keys()) void load(tag);
});

/** Every tag, e.g. before a host page creates elements in a script without adding them to the page. */
export function loadAll(): Promise<unknown[]> {
  return Promise.all(Object.keys(elements).map(load));
}

const selector = Object.keys(elements).join(',');

/**
 * Loads the tags in `root` that are not defined yet. The loader watches the document, and cannot
 * see into another component's shadow root: a component that renders our tags there calls
 * `discover(this.shadowRoot)` after it renders them (or `loadAll()`).
 */
export function discover(root: ParentNode): void {
  if (root instanceof Element && root.localName in elements) void load(root.localName);
  for (const element of root.querySelectorAll(selector)) if (!customElements.get(element.localName)) void load(element.localName);
}

// Elements render others in their shadow roots (the board's dialog, the directory's cards):
// they ask this loader for tags that are not defined yet, and so does a hover or focus on what
// opens them (`data-flexschil-prefetch="apply-form"`), so the chunk is there before the click.
// Under the key shared/lazy.ts reads (`ELEMENT_LOADER`), without importing it: this file imports
// nothing, so it is the only file that must come before the loader can try again. With a second
// copy on the page the first one's loader stays (as the first definition of a tag does).
(globalThis as Record<symbol, unknown>)[Symbol.for('flexschil.element-loader')] ??= load;
for (const type of ['pointerover', 'focusin'] as const) {
  document.addEventListener(
    type,
    (event) => {
      for (const target of event.composedPath()) {
        const tag = target instanceof Element ? target.getAttribute('data-flexschil-prefetch') : null;
        if (tag) void load(tag);
      }
    },
    { passive: true, capture: true },
  );
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
