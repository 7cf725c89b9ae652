/**
 * Text rules a backend applies the same way in every store: how free text is compared, how a
 * query is split into Dutch search terms, and which UI language an `Accept-Language` asks for.
 * Pure: runs in the browser (the mock) and in Node (the reference server).
 */
export type Lang = 'nl' | 'en';
export const languages: readonly Lang[] = ['nl', 'en'];

/** Lower case without accents, so "financiele" finds "Financiële" and "yildiz" finds "Yıldız". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .toLowerCase();
}

/** The best of `nl`/`en` in an `Accept-Language` header; Dutch when neither is asked for. */
export function negotiateLanguage(header: string | null | undefined): Lang {
  if (!header) return 'nl';
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const best = ranges.find((range) => range.lang === 'nl' || range.lang === 'en');
  return (best?.lang as Lang | undefined) ?? 'nl';
}

/** A stable, accent-blind sort key for titles and names. */
export function sortKey(text: string): string {
  return fold(text).trim();
}
