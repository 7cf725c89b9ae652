/**
 * The embed snippet the configurator (configurator.html) hands a municipality's web editor: the
 * script tag, the theme link, the provider and the element, as one block to paste into a CMS page.
 */
import { safeUrl } from '../src/api/url.js';

export type EmbedElement = 'assignment-list' | 'profile-directory' | 'session-list';

export interface EmbedOptions {
  element: EmbedElement;
  /** Where the package is served from, ending in `/` (a CDN, or the host's own copy). */
  packageBase: string;
  endpoint: string;
  /**
   * The organisation's privacy statement, as `privacy-url` on the provider: the application form
   * and the sign-up for a session link to it where they ask for consent. Only an absolute
   * `http(s)` URL counts (the snippet is pasted on another page); anything else is left out.
   */
  privacyUrl?: string;
  /**
   * A page with the same content (the organisation's own vacancy page, say), linked inside the
   * element: visitors see the link while the widget is not there (its script blocked or not
   * come), and not once it renders. Only an absolute `http(s)` URL counts, as for `privacyUrl`.
   */
  fallbackUrl?: string;
  /** Fixed pre-filters: attribute → values. */
  preFilters: Record<string, string[]>;
  /** Which filter controls to show; none hides them. */
  filters: string[];
  /** Results per page: made a whole number 1..100 (10 when not a number). */
  pageSize: number;
  theme: string;
  lang: 'nl' | 'en';
}

export const filterChoices: Record<EmbedElement, string[]> = {
  'assignment-list': ['q', 'field', 'region', 'type', 'mode', 'hours'],
  'profile-directory': ['q', 'field', 'region', 'kind', 'available'],
  'session-list': ['q', 'field', 'region', 'organisation'],
};
export const preFilterNames: Record<EmbedElement, string[]> = {
  'assignment-list': ['field', 'region', 'type'],
  'profile-directory': ['field', 'region', 'kind'],
  'session-list': ['field', 'region', 'organisation'],
};

/** The fallback link's words, in the snippet's language. */
const fallbackText: Record<EmbedElement, Record<'nl' | 'en', string>> = {
  'assignment-list': { nl: 'Bekijk alle opdrachten', en: 'See all assignments' },
  'profile-directory': { nl: 'Bekijk alle professionals', en: 'See all professionals' },
  'session-list': { nl: 'Bekijk alle zwermsessies', en: 'See all swarm sessions' },
};

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(options: EmbedOptions): string {
  const base = options.packageBase.endsWith('/') ? options.packageBase : `${options.packageBase}/`;
  const attributes: [string, string][] = [];
  for (const name of preFilterNames[options.element]) {
    const values = options.preFilters[name] ?? [];
    if (values.length) attributes.push([name, values.join(',')]);
  }
  attributes.push(['filters', options.filters.length ? options.filters.join(',') : 'none']);
  // A whole number 1..100, as the elements take it (the configurator's field may hold 2.5 or 500).
  attributes.push(['page-size', String(Math.min(100, Math.max(1, Math.trunc(options.pageSize) || 10)))]);
  // Absolute http(s) only, as the elements take backend URLs (`safeUrl`): no `javascript:` link in a CMS page.
  const privacyUrl = safeUrl(options.privacyUrl);
  const fallbackUrl = safeUrl(options.fallbackUrl);
  const fallback = fallbackUrl ? `<a href="${attr(fallbackUrl)}">${fallbackText[options.element][options.lang]}</a>` : '';
  const element = `<${options.element}${attributes.map(([name, value]) => ` ${name}="${attr(value)}"`).join('')}>${fallback}</${options.element}>`;
  return [
    `<script type="module" src="${attr(`${base}dist/flexschil.js`)}"></script>`,
    ...(options.theme ? [`<link rel="stylesheet" href="${attr(`${base}themes/${options.theme}.css`)}">`] : []),
    `<marketplace-provider endpoint="${attr(options.endpoint)}"${privacyUrl ? ` privacy-url="${attr(privacyUrl)}"` : ''} lang="${options.lang}">`,
    `  ${element}`,
    '</marketplace-provider>',
  ].join('\n');
}
