/**
 * Defines a tag once. Embedding means two copies of Flexschil on one page will happen (a CMS
 * plugin and a hand-pasted script tag): the same class again is a no-op, another class for a
 * taken tag is a console warning, never an exception (the pattern of Shoelace's `define`).
 *
 * Properties a page set on the tag's elements before it was defined (a CMS page's script runs
 * before ours) are taken off them and set again through the element's own accessors once it is
 * defined: Lit takes such a value in only at its first update, and a list's first request leaves
 * before that update, so it went out with the attributes' values first, and then again.
 */
export function define(tag: string, elementClass: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (!existing) {
    const declared = [...((elementClass as { elementProperties?: Map<PropertyKey, unknown> }).elementProperties?.keys() ?? [])];
    const early = registry === globalThis.customElements && globalThis.document ? [...document.querySelectorAll(tag)].map((element) => [element, declared.filter((key) => Object.hasOwn(element, key)).map(takeOff, element)] as const) : [];
    registry.define(tag, elementClass);
    for (const [element, values] of early) for (const [key, value] of values) Reflect.set(element, key, value);
  } else if (existing !== elementClass) {
    console.warn(`[flexschil] <${tag}> is already defined by another script; keeping that definition.`);
  }
}

function takeOff(this: Element, key: PropertyKey): [PropertyKey, unknown] {
  const value = Reflect.get(this, key);
  Reflect.deleteProperty(this, key);
  return [key, value];
}
