/**
 * The code lists (`field`, `region`, `type`, `kind`, `mode`) with their labels per language.
 * They change only on import, yet every list answer needs them, so they are cached per
 * process for a short while; another instance's import shows up after at most `ttlMs`.
 */
import type { Kysely } from 'kysely';
import type { Code } from '../../src/api/schemas.js';
import type { DB } from '../db/schema.js';

export { negotiateLanguage } from '../../mock/text.js';

export const codeLists = ['field', 'region', 'type', 'kind', 'mode'] as const;
export type CodeList = (typeof codeLists)[number];
export type Lang = 'nl' | 'en';
export const languages: readonly Lang[] = ['nl', 'en'];

interface Entry {
  value: string;
  labels: Record<string, string>;
}

/** The code lists in one language: labels, display order, and a fallback for unknown values. */
export class Labels {
  constructor(
    private readonly lists: ReadonlyMap<string, Entry[]>,
    readonly lang: Lang,
  ) {}

  /** Every code of a list, in display order. */
  codes(list: CodeList): Code[] {
    return (this.lists.get(list) ?? []).map((entry) => ({ value: entry.value, label: this.pick(entry) }));
  }

  /** `{ value, label }` for a value; an unknown value is its own label (open code lists grow). */
  code(list: CodeList, value: string): Code {
    const entry = this.lists.get(list)?.find((e) => e.value === value);
    return { value, label: entry ? this.pick(entry) : value };
  }

  has(list: CodeList, value: string): boolean {
    return this.lists.get(list)?.some((e) => e.value === value) ?? false;
  }

  /** Position of a value in its list; unknown values sort after the known ones. */
  position(list: CodeList, value: string): number {
    const index = this.lists.get(list)?.findIndex((e) => e.value === value) ?? -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  }

  private pick(entry: Entry): string {
    return entry.labels[this.lang] ?? entry.labels.nl ?? Object.values(entry.labels)[0] ?? entry.value;
  }
}

export class Vocabulary {
  private cached: { at: number; lists: Promise<Map<string, Entry[]>> } | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly ttlMs = 30_000,
  ) {}

  async labels(lang: Lang): Promise<Labels> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > this.ttlMs) {
      const lists = this.load();
      this.cached = { at: now, lists };
      // A failed load is not cached: the next request tries again.
      lists.catch(() => {
        if (this.cached?.lists === lists) this.cached = null;
      });
    }
    return new Labels(await this.cached.lists, lang);
  }

  /** Forget the cache (after this process imported data). */
  invalidate(): void {
    this.cached = null;
  }

  private async load(): Promise<Map<string, Entry[]>> {
    const rows = await this.db
      .selectFrom('code')
      .select(['list', 'value', 'labels'])
      .orderBy('list')
      .orderBy('position')
      .orderBy('value')
      .execute();
    const lists = new Map<string, Entry[]>();
    for (const row of rows) {
      const list = lists.get(row.list) ?? [];
      list.push({ value: row.value, labels: row.labels });
      lists.set(row.list, list);
    }
    return lists;
  }
}

