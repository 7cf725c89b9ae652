/// <reference types="vite/client" />
/**
 * The demo's house-style switcher: loads one of Flexschil's NL Design System themes
 * (`themes/*.css`) the way a municipality would, with one `<link rel="stylesheet">`.
 * `?theme=utrecht` (or denhaag, amsterdam, rijkshuisstijl, nl-design-system) picks one on load.
 */
import amsterdam from '../themes/amsterdam.css?url';
import denhaag from '../themes/denhaag.css?url';
import nlDesignSystem from '../themes/nl-design-system.css?url';
import rijkshuisstijl from '../themes/rijkshuisstijl.css?url';
import utrecht from '../themes/utrecht.css?url';

const english = document.documentElement.lang.startsWith('en');

export const themes: Record<string, { label: string; href: string | null }> = {
  '': { label: english ? "The page's own house style" : 'Eigen huisstijl van de pagina', href: null },
  utrecht: { label: 'Gemeente Utrecht', href: utrecht },
  denhaag: { label: 'Gemeente Den Haag', href: denhaag },
  amsterdam: { label: 'Gemeente Amsterdam', href: amsterdam },
  rijkshuisstijl: { label: 'Rijkshuisstijl', href: rijkshuisstijl },
  'nl-design-system': { label: english ? 'Own NL Design System theme (shared tokens)' : 'Eigen NL Design System-thema (gedeelde tokens)', href: nlDesignSystem },
};

/** Puts the theme's stylesheet in the head (or removes it); returns the `<link>`. */
export function applyTheme(name: string): HTMLLinkElement | null {
  let link = document.querySelector<HTMLLinkElement>('link#flexschil-theme');
  const href = themes[name]?.href ?? null;
  if (!href) {
    link?.remove();
    return null;
  }
  if (!link) {
    link = document.createElement('link');
    link.id = 'flexschil-theme';
    link.rel = 'stylesheet';
    document.head.append(link);
  }
  link.href = href;
  return link;
}

/** A labelled select before the first provider on the page. */
function mountSwitcher(): void {
  const provider = document.querySelector('marketplace-provider');
  if (!provider || document.getElementById('theme-choice')) return;
  const initial = new URLSearchParams(location.search).get('theme') ?? '';
  const wrapper = document.createElement('p');
  wrapper.className = 'demo-theme';
  const label = document.createElement('label');
  label.htmlFor = 'theme-choice';
  label.textContent = english ? 'House style (demo): ' : 'Huisstijl (demo): ';
  const select = document.createElement('select');
  select.id = 'theme-choice';
  // The longest theme name must not make a 320 px page scroll sideways.
  select.style.maxWidth = '100%';
  for (const [value, { label: text }] of Object.entries(themes)) select.add(new Option(text, value, false, value === initial));
  select.addEventListener('change', () => {
    applyTheme(select.value);
    const url = new URL(location.href);
    if (select.value) url.searchParams.set('theme', select.value);
    else url.searchParams.delete('theme');
    history.replaceState(history.state, '', url);
  });
  wrapper.append(label, select);
  provider.before(wrapper);
  applyTheme(initial);
}

mountSwitcher();
