/**
 * Defines a tag once. Embedding means two copies of Flexschil on one page will happen (a CMS
 * plugin and a hand-pasted script tag): the same class again is a no-op, another class for a
 * taken tag is a console warning, never an exception (the pattern of Shoelace's `define`).
 */
export function define(tag: string, elementClass: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (!existing) {
    const early = registry === globalThis.customElements ? takeOffBeforehand(tag, elementClass) : [];
    registry.define(tag, elementClass);
    for (const [element, key, value] of early) Reflect.set(element, key, value);
  } else if (existing !== elementClass) {
    console.warn(`[flexschil] <${tag}> is already defined by another script; keeping that definition.`);
  }
}

/**
 * The properties a page set on the tag's elements before it was defined (a CMS page's script runs
 * before ours), taken off them, for `define` to set again through the element's own accessors
 * once it is defined. Lit takes such a value in only at its first update, and a list's first
 * request leaves before that update: it went out with the attributes' values, and then again.
 */
function takeOffBeforehand(tag: string, elementClass: CustomElementConstructor): [Element, PropertyKey, unknown][] {
  const declared = [...((elementClass as { elementProperties?: Map<PropertyKey, unknown> }).elementProperties?.keys() ?? [])];
  const early: [Element, PropertyKey, unknown][] = [];
  for (const element of globalThis.document?.querySelectorAll(tag) ?? []) {
    for (const key of declared.filter((name) => Object.hasOwn(element, name))) {
      early.push([element, key, Reflect.get(element, key)]);
      Reflect.deleteProperty(element, key);
    }
  }
  return early;
}
