/**
 * Defines a tag once. Embedding means two copies of Flexschil on one page will happen (a CMS
 * plugin and a hand-pasted script tag): the same class again is a no-op, another class for a
 * taken tag is a console warning, never an exception (the pattern of Shoelace's `define`).
 */
export function define(tag: string, elementClass: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, elementClass);
  } else if (existing !== elementClass) {
    console.warn(`[flexschil] <${tag}> is already defined by another script; keeping that definition.`);
  }
}
