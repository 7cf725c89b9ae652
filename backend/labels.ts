/**
 * The code lists (`field`, `region`, `type`, `kind`, `mode`) with their labels per language.
 * They change only on import, yet every list answer needs them, so each instance caches them
 * for `ttlMs` (30 s): another instance's import shows within that time. Nothing else is kept
 * in an instance's memory that another instance would need to agree with.
 */
import type { Code } from '../src/api/schemas.js';
import type { CodeEntry, CodeList, Store } from './ports.js';
import type { Lang } from './text.js';

export const codeLists: readonly CodeList[] = ['field', 'region', 'type', 'kind', 'mode'];

/** The code lists in one language: labels, display order, and a fallback for unknown values. */
export class Labels {
  private readonly byList = new Map<string, Map<string, CodeEntry>>();

  constructor(
    entries: readonly CodeEntry[],
    readonly lang: Lang,
  ) {
    for (const entry of entries) {
      const list = this.byList.get(entry.list) ?? new Map<string, CodeEntry>();
      list.set(entry.value, entry);
      this.byList.set(entry.list, list);
    }
  }

  /** Codes of a list in display order; `include` decides which of the values first met in data to show. */
  codes(list: CodeList, include: (entry: CodeEntry) => boolean = () => true): Code[] {
    return [...(this.byList.get(list)?.values() ?? [])]
      .filter((entry) => entry.curated || include(entry))
      .sort((a, b) => a.position - b.position || a.value.localeCompare(b.value))
      .map((entry) => ({ value: entry.value, label: this.pick(entry) }));
  }

  /** `{ value, label }` for a value; an unknown value is its own label (open code lists grow). */
  code(list: CodeList, value: string): Code {
    const entry = this.byList.get(list)?.get(value);
    return { value, label: entry ? this.pick(entry) : value };
  }

  /** Whether a value is known at all: in the vocabulary or met in data. */
  known(list: CodeList, value: string): boolean {
    return this.byList.get(list)?.has(value) ?? false;
  }

  /** Whether a value is in the network's own vocabulary (not only met in data). */
  curated(list: CodeList, value: string): boolean {
    return this.byList.get(list)?.get(value)?.curated ?? false;
  }

  /** Position of a value in its list; unknown values sort after the known ones. */
  position(list: CodeList, value: string): number {
    return this.byList.get(list)?.get(value)?.position ?? Number.MAX_SAFE_INTEGER;
  }

  private pick(entry: CodeEntry): string {
    return entry.labels[this.lang] ?? entry.labels.nl ?? Object.values(entry.labels)[0] ?? entry.value;
  }
}

export class Vocabulary {
  /**
   * The entries as loaded, and the `Labels` made of them per language: every request needs its
   * language's labels, and making them anew (maps of every code list) was a tenth of the CPU
   * time of a 304 (issue 15).
   */
  private cached: { at: number; entries: Promise<CodeEntry[]>; byLang: Map<Lang, Promise<Labels>> } | null = null;

  constructor(
    private readonly store: Store,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  async labels(lang: Lang): Promise<Labels> {
    const now = this.now();
    if (!this.cached || now - this.cached.at > this.ttlMs) {
      const entries = this.store.codes();
      this.cached = { at: now, entries, byLang: new Map() };
      // A failed load is not cached: the next request tries again.
      entries.catch(() => {
        if (this.cached?.entries === entries) this.cached = null;
      });
    }
    const { entries, byLang } = this.cached;
    let labels = byLang.get(lang);
    if (!labels) {
      labels = entries.then((loaded) => new Labels(loaded, lang));
      byLang.set(lang, labels);
    }
    return labels;
  }

  /** Forget the cache (after this instance imported data). */
  invalidate(): void {
    this.cached = null;
  }
}

/** Code lists given per language (a seed, an import) as entries with every language's label. */
export function codeEntriesFrom(vocabularies: Partial<Record<Lang, Partial<Record<CodeList, Code[]>>>>): CodeEntry[] {
  const merged = new Map<string, CodeEntry>();
  for (const [lang, lists] of Object.entries(vocabularies) as [Lang, Partial<Record<CodeList, Code[]>>][]) {
    for (const list of codeLists) {
      (lists[list] ?? []).forEach((code, position) => {
        const id = `${list}\u0000${code.value}`;
        const entry = merged.get(id) ?? { list, value: code.value, position, labels: {}, curated: true };
        entry.labels[lang] = code.label;
        merged.set(id, entry);
      });
    }
  }
  return [...merged.values()];
}
