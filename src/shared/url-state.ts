/**
 * Filters, search, sort and page mirrored in the page's query string (`sync-url`), under a
 * prefix so two widgets on one page do not clash: `?opdrachten-q=beleid&opdrachten-field=inkoop`.
 */
export type UrlValues = Record<string, string | string[]>;

export function readUrlState(search: string, prefix: string, multi: readonly string[]): UrlValues {
  const params = new URLSearchParams(search);
  const values: UrlValues = {};
  const start = `${prefix}-`;
  for (const [key, value] of params) {
    if (!key.startsWith(start) || value === '') continue;
    const name = key.slice(start.length);
    if (multi.includes(name)) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  return values;
}

/** The URL with this widget's parameters replaced by `values` (others' parameters are kept). */
export function writeUrlState(href: string, prefix: string, values: UrlValues): string {
  const url = new URL(href);
  const start = `${prefix}-`;
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(start)) url.searchParams.delete(key);
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item !== '') url.searchParams.append(start + name, item);
  }
  return url.href;
}

/** `"a, b,,c"` → `['a', 'b', 'c']`: the comma-separated attribute values of fixed pre-filters. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}
