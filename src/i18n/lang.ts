export const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];

/** The BCP 47 locale used for Intl formatting of each UI language. */
export const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function toLang(value: string | null | undefined): Lang | null {
  const primary = value?.trim().toLowerCase().split('-')[0];
  return primary === 'nl' || primary === 'en' ? primary : null;
}

/**
 * The UI language of an element: its own `lang`, else the nearest ancestor's — crossing shadow
 * roots, so a form inside a board's dialog follows the board — else the document's; Dutch by default.
 */
export function langOf(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = toLang(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang) ?? 'nl';
}
