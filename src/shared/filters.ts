/**
 * The controls of the searchable collections (`assignment-list`, `profile-directory`): the
 * search form and the filter groups. Styled by `src/styles/collection.ts`.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SEARCH_TEXT_MAX } from '../api/query.js';
import type { Code, FacetCount } from '../api/schemas.js';

export interface FilterOption {
  value: string;
  label: string;
  /** The label's language when it differs from the UI's (a label from the backend). */
  lang?: string | typeof nothing;
  /** Matching results, when the backend sent facets. */
  count?: number;
}

/**
 * Which filter disclosures are open: the narrow-screen panel that holds all filters, and each
 * group. Kept across renders, and only the visitor opens or closes them.
 */
export class FilterDisclosures {
  /** The "Filters" panel on narrow screens (on wide screens the filters are always shown). */
  panel = false;
  /** Filter groups the visitor has open. */
  readonly groups = new Set<string>();
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  readonly togglePanel = (): void => {
    this.panel = !this.panel;
    this.#host.requestUpdate();
  };
}

/**
 * The search form; the handlers keep what is typed and send it after a pause or on Enter. `name`
 * is the search landmark's (see `landmarkName`), the field's label when not given.
 */
export function renderSearch(
  label: string,
  button: string,
  text: string,
  input: (event: Event) => void,
  submit: (event: Event) => void,
  name = label,
): TemplateResult {
  return html`<form class="search" part="search" role="search" aria-label=${name} @submit=${submit}>
    <label for="q">${label}</label>
    <input id="q" name="q" type="search" autocomplete="off" enterkeyhint="search" maxlength=${SEARCH_TEXT_MAX} .value=${live(text)} @input=${input} />
    <button type="submit" class="button">${button}</button>
  </form>`;
}

/**
 * One filter group as a disclosure. It opens by itself when something in it is chosen, and once
 * open only the visitor closes it (`opened` remembers it): closing it while focus is on a
 * control inside would drop focus to the page's body (WCAG 2.4.3).
 */
export function renderFilterGroup(
  opened: Set<string>,
  name: string,
  { title, summary = title, active }: { title: string; summary?: unknown; active: boolean },
  body: unknown,
): TemplateResult {
  const remember = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open) opened.add(name);
    else opened.delete(name);
  };
  return html`<details ?open=${active || opened.has(name)} @toggle=${remember}>
    <summary>${summary}</summary>
    <fieldset>
      <legend class="visually-hidden">${title}</legend>
      ${body}
    </fieldset>
  </details>`;
}

/** A group of checkboxes for one dimension, with the counts from the facets and how many are chosen. */
export function renderCheckboxGroup(
  opened: Set<string>,
  name: string,
  { title, selected, options, chosen, note }: { title: string; selected: string; options: FilterOption[]; chosen: string[]; note?: string },
  toggle: (value: string, checked: boolean) => void,
): TemplateResult {
  const summary = html`${title} ${chosen.length ? html`<span class="selected">(${selected})</span>` : nothing}`;
  const boxes = options.map(
    (option) => html`<label class="option">
      <input
        type="checkbox"
        name=${name}
        .value=${option.value}
        .checked=${live(chosen.includes(option.value))}
        @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
      />
      <span><span lang=${option.lang ?? nothing}>${option.label}</span>${option.count === undefined ? nothing : html`<span class="count"> (${option.count})</span>`}</span>
    </label>`,
  );
  return renderFilterGroup(opened, name, { title, summary, active: chosen.length > 0 }, [boxes, note ? html`<p class="note">${note}</p>` : nothing]);
}

/** Where a dimension's options come from, best first: the result's facets, the vocabulary, a fixed code list. */
export interface OptionSources {
  facets?: FacetCount[];
  vocabulary?: Code[];
  /** Labels seen elsewhere in the answer (organisation names on the cards), for values no list names. */
  known?: Code[];
  /** The languages of the answer's labels (facets, known) and the vocabulary's, when they differ from the UI's. */
  lang?: { facets?: string | typeof nothing; vocabulary?: string | typeof nothing };
  /** The values of a fixed code list (contract types, work modes…) and their labels in the UI language. */
  codes?: { values: readonly string[]; label: (value: string) => string };
}

/**
 * Options shown per filter group at most, in the backend's order (most results first, as
 * backends count facets). A broken or hostile backend may send tens of thousands, and each is a
 * checkbox: the host page must stay responsive. Chosen values are shown beyond this.
 */
export const MAX_FILTER_OPTIONS = 50;

/**
 * The options of one filter group: only values inside the fixed pre-filter, at most
 * {@link MAX_FILTER_OPTIONS} of them (`total` says how many the answer had), and every chosen
 * value, with count 0 if the backend no longer counts it, so it can always be unchecked.
 */
export function filterOptions(sources: OptionSources, fixed: string[], chosen: string[]): { options: FilterOption[]; total: number } {
  const { facets, vocabulary, codes, known, lang = {} } = sources;
  const label = (value: string): Pick<FilterOption, 'label' | 'lang'> => {
    if (codes) return { label: codes.label(value) };
    const listed = vocabulary?.find((c) => c.value === value);
    if (listed) return { label: listed.label, lang: lang.vocabulary };
    const seen = known?.find((c) => c.value === value);
    return seen ? { label: seen.label, lang: lang.facets } : { label: value };
  };
  // Without any list, a fixed pre-filter of several values still lets the visitor pick among them.
  let options: FilterOption[] = facets
    ? facets.map(({ value, label, count }) => ({ value, label, count, lang: lang.facets }))
    : vocabulary
      ? vocabulary.map(({ value, label }) => ({ value, label, lang: lang.vocabulary }))
      : (codes?.values ?? fixed).map((value) => ({ value, ...label(value) }));
  if (fixed.length) {
    const allowed = new Set(fixed);
    options = options.filter((o) => allowed.has(o.value));
  }
  const all = options;
  options = all.slice(0, MAX_FILTER_OPTIONS);
  for (const value of chosen) {
    if (!options.some((o) => o.value === value)) options.push(all.find((o) => o.value === value) ?? { value, ...label(value), count: 0 });
  }
  return { options, total: all.length };
}
