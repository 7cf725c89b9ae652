/**
 * Two rules the contract leaves to backends, written once so the mock (mock/backend.ts) and
 * the reference server (server/) behave the same: how free text is compared, and which of the
 * UI languages an `Accept-Language` header asks for. Pure: runs in the browser and in Node.
 */
export type Lang = 'nl' | 'en';

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
