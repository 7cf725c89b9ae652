/**
 * Elements that render other elements in their shadow roots (the board's dialog holds an
 * `<apply-form>`, its cards `<match-badge>`s) need those tags defined. Bundlers import
 * everything (`flexschil`), so nothing happens here then. The CDN bundle's loader
 * (src/autoload.ts) registers itself, so such a tag is loaded the moment it first renders —
 * and prefetched when the visitor points at or focuses what opens it (`data-flexschil-prefetch`).
 *
 * It registers under a global key, not through an import of this module: `flexschil.js` then
 * imports nothing, so the one file a host page names is the only one that must come before the
 * loader can try again whatever else did not.
 */
type Loader = (tag: string) => Promise<unknown>;

/** Where the CDN loader puts itself: the key src/autoload.ts writes (test/autoload.test.ts fails when they differ). */
const ELEMENT_LOADER = Symbol.for('flexschil.element-loader');

const loaderOf = () => (globalThis as { [ELEMENT_LOADER]?: Loader })[ELEMENT_LOADER];

/** Loads any of our tags in `root` that are not defined yet (a no-op without a loader). */
export function loadUndefined(root: ParentNode): void {
  const loader = loaderOf();
  if (!loader) return;
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.includes('-')) void loader(element.localName);
  }
}

/**
 * Loads a tag that is not defined yet, now: whether its code came (the loader tries again later
 * by itself when it did not); null without a loader or when it is defined.
 */
export function loadElement(tag: string): Promise<boolean> | null {
  const loader = loaderOf();
  return loader && !customElements.get(tag) ? loader(tag).then(() => !!customElements.get(tag)) : null;
}
