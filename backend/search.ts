/**
 * Free-text search that understands Dutch, written once for every store.
 *
 * Dutch writes compounds as one word ("inkoopadviseur", "beleidsadviseur"), so a word must be
 * found inside other words, and in singular and plural alike: "adviseurs" must find
 * "Inkoopadviseur". Every store keeps a *search key* per object — its searchable texts folded
 * (lower case, no accents) with everything but letters and digits turned into single spaces —
 * and a query becomes *terms*: its words folded and de-pluralised ("adviseurs" → "adviseur",
 * "gemeenten" → "gemeent", "functies" → "functie"). An object matches when every term occurs
 * somewhere in its key (a substring, so inside compounds too) and no excluded term (`-word`)
 * does. Exact matches rank first: the relevance of an object is the number of terms that
 * start a word in its key (so "adviseur" ranks "Adviseur inkoop" above "Inkoopadviseur").
 *
 * Dutch also spells one syllable two ways: a long vowel is doubled before a final consonant and
 * single before a vowel ("inkoop", "inkopen", "inkoper"; "beheer", "beheren"). A term therefore
 * carries its other spelling: "inkoop" finds "Inkoper" and "inkopen" finds "Inkoopadviseur"
 * ({@link spellings}). A term matches when one of its spellings occurs.
 *
 * An item's texts may be English (its `language`), and a query says nothing of its language, so
 * a term carries the English forms the Dutch stem does not reach as spellings too ("policies"
 * finds "Policy adviser", "policy" finds "policies", "coaches" finds "Coach"):
 * {@link englishForms}.
 *
 * The reference server runs the same comparison in SQL (`LIKE '%term%'` on the key, indexed
 * with pg_trgm where the database has it); the mock runs {@link matchesSearch}. Both take their
 * terms and keys from this module, so they find the same objects.
 */
import { fold } from './text.js';

export interface SearchQuery {
  /** Terms that must occur (folded, de-pluralised), each as its spellings: one must occur. */
  include: string[][];
  /** Terms that must not occur (`-word`): none of their spellings may. */
  exclude: string[][];
}

/** The texts an object is found by, as one key: folded, words separated by single spaces. */
export function searchKey(parts: readonly (string | null | undefined)[]): string {
  return fold(parts.filter(Boolean).join(' '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Plural to a stem that the singular and the compounds contain: Dutch plurals end in -en
 * (projecten, gemeenten, kansen) or -s (adviseurs, functies, managers). Short words are left
 * alone ("kans", "hr"): stripping them would match too much.
 */
export function stem(word: string): string {
  if (word.length >= 6 && word.endsWith('en')) {
    const base = word.slice(0, -2);
    // A doubled final consonant belongs to the plural: "kansen" → "kans", "mannen" → "man".
    return /([^aeiou])\1$/.test(base) ? base.slice(0, -1) : base;
  }
  if (word.length >= 5 && word.endsWith('s') && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A term and its other Dutch spelling, if it has one: a doubled vowel before the final consonant
 * is single in the open syllable ("inkoop" → "inkop", as in "inkopen", "inkoper"), and a single
 * one between consonants is doubled in the closed syllable ("inkop" → "inkoop"). Terms shorter
 * than five letters keep one spelling: "maan"/"man" would find far too much.
 */
export function spellings(term: string): string[] {
  if (term.length < 5) return [term];
  const doubled = /([aeou])\1([^aeiouy])$/.exec(term);
  if (doubled) return [term, `${term.slice(0, -3)}${doubled[1]}${doubled[2]}`];
  const single = /[^aeiou]([aeou])([^aeiouwy])$/.exec(term);
  if (single) return [term, `${term.slice(0, -1)}${single[1]}${single[2]}`];
  return [term];
}

/**
 * English plural and singular forms that a Dutch stem of the word does not contain: consonant +
 * "ies" ↔ consonant + "y" ("policies", "policy"; both ways, as neither contains the other), and
 * "es" after s, x, ch or sh dropped ("processes" → "process", "coaches" → "coach": a loanword's
 * Dutch plural too). Words shorter than five letters have none.
 */
export function englishForms(word: string): string[] {
  if (word.length < 5) return [];
  if (/[^aeiou]ies$/.test(word)) return [`${word.slice(0, -3)}y`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/(ss|x|ch|sh)es$/.test(word)) return [word.slice(0, -2)];
  return [];
}

/** A word of a query as a term: the spellings of its Dutch stem, then its English forms. */
function term(word: string): string[] {
  return [...new Set([...spellings(stem(word)), ...englishForms(word)])];
}

/** A query as terms; null when nothing searchable is left. Quotes and brackets are ignored. */
export function parseSearch(q: string | undefined | null): SearchQuery | null {
  if (!q) return null;
  const include: string[][] = [];
  const exclude: string[][] = [];
  for (const raw of fold(q).split(/\s+/)) {
    const negated = raw.startsWith('-');
    const word = negated ? raw.slice(1) : raw;
    // "auto's" → "auto": an apostrophe plural.
    const words = word.replace(/'s$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
    for (const w of words) (negated ? exclude : include).push(term(w));
  }
  const unique = (terms: string[][]) => [...new Map(terms.map((t) => [t.join(' '), t])).values()];
  if (include.length || exclude.length) return { include: unique(include), exclude: unique(exclude) };
  // Only symbols ("%", "((("): searched for as they are (no key holds them), so they find
  // nothing rather than everything. Symbols between words ("ruimte – beheer") are just spacing.
  const symbols = fold(q).replace(/\s+/g, '');
  return symbols ? { include: [[symbols]], exclude: [] } : null;
}

export function matchesSearch(key: string, query: SearchQuery): boolean {
  const occurs = (term: string[]) => term.some((spelling) => key.includes(spelling));
  return query.include.every(occurs) && !query.exclude.some(occurs);
}

/** How many terms start a word of the key (exact and prefix matches before compound matches). */
export function relevance(key: string, query: SearchQuery): number {
  const spaced = ` ${key}`;
  return query.include.filter((term) => term.some((spelling) => spaced.includes(` ${spelling}`))).length;
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** What an assignment is found by (CONTRACT.md: `q` is "free text over title, summary, organisation, skills"). */
export function assignmentSearchKey(a: { title: string; summary?: string | null; organisation: { name: string }; skills: { name: string }[] }): string {
  return searchKey([a.title, a.summary, a.organisation.name, ...a.skills.map((s) => s.name)]);
}

/** What a profile is found by: name, headline, organisation, bio, skills and core qualities. */
export function profileSearchKey(p: {
  name: string;
  headline: string;
  organisation?: { name: string } | null;
  bio?: string | null;
  skills: string[];
  coreQualities: string[];
}): string {
  return searchKey([p.name, p.headline, p.organisation?.name, p.bio, ...p.skills, ...p.coreQualities]);
}

/** What a session is found by: title, question (as text), organisation, place. */
export function sessionSearchKey(s: { title: string; question: string; organisation: { name: string }; place?: string | null }): string {
  return searchKey([s.title, s.question.replace(/<[^>]*>/g, ' '), s.organisation.name, s.place]);
}
