/**
 * After a 412 (contract §1.1: "an outdated If-Match → 412 with the current version"), an
 * editor shows what someone else changed next to what the user typed, field by field, and lets
 * them keep their own value or take the newer one — then saves again with the newer ETag. Used
 * by the editors of assignments and profiles; each gives its own fields, labels and wording of values.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/lang.js';
import { versionConflict as messages } from '../i18n/version-conflict.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from './headings.js';

export type Side = 'mine' | 'theirs';

export interface ConflictRow {
  /** The field's name in the form (its control is `name`d so). */
  name: string;
  label: string;
  /** The user's value, worded for people (an empty one is said so). */
  mine: unknown;
  theirs: unknown;
  /** Which of the two the form holds now; null when neither (edited again since). */
  chosen: Side | null;
  /** Both changed it; otherwise only the other did, and their value was taken over. */
  both: boolean;
}

/**
 * Which fields need a look, from three versions: where the newer one (`theirs`) differs from
 * the one the user started from (`base`). `both`: the user changed it too.
 */
export function conflictingFields<N extends string, V>(
  names: readonly N[],
  { base, mine, theirs }: { base: V; mine: V; theirs: V },
  same: (name: N, a: V, b: V) => boolean,
): { name: N; both: boolean }[] {
  return names.filter((name) => !same(name, theirs, base)).map((name) => ({ name, both: !same(name, mine, base) && !same(name, mine, theirs) }));
}

/**
 * A newer version met what the user typed: the fields to show (where the newer one differs from
 * the start and from what the user has), and the values to go on with — the newer one's where
 * only it changed, the user's everywhere else.
 */
export function mergeNewer<N extends string, V extends Record<N, unknown>>(
  names: readonly N[],
  versions: { base: V; mine: V; theirs: V },
  same: (name: N, a: V, b: V) => boolean,
): { fields: { name: N; both: boolean }[]; values: V } {
  const { mine, theirs } = versions;
  const fields = conflictingFields(names, versions, same).filter(({ name }) => !same(name, mine, theirs));
  const values = { ...mine };
  for (const { name, both } of fields) if (!both) values[name] = structuredClone(theirs[name]);
  return { fields, values };
}

export interface ConflictView {
  lang: Lang;
  headingLevel: number;
  rows: readonly ConflictRow[];
  choose: (name: string, side: Side) => void;
}

/** The comparison: a fieldset per field with the two versions as a choice. Focus it when it appears. */
export function conflictPanel(view: ConflictView): TemplateResult {
  const t = messages[view.lang];
  const heading = headingTag(view.headingLevel);
  return html`<section class="conflict" part="conflict" tabindex="-1" aria-labelledby="conflict-title">
    ${staticHtml`<${heading} id="conflict-title">${t.title}</${heading}>`}
    <p>${view.rows.length ? t.intro : t.noFields}</p>
    ${view.rows.map((row) => {
      const id = `conflict-${row.name.replace(/\./g, '-')}`;
      const option = (side: Side, label: string, value: unknown) =>
        html`<div class="conflict-choice">
          <input
            type="radio"
            id="${id}-${side}"
            name=${id}
            value=${side}
            .checked=${row.chosen === side}
            @change=${() => view.choose(row.name, side)}
          />
          <label for="${id}-${side}"><span class="conflict-side">${label}:</span> <span class="conflict-value">${value}</span></label>
        </div>`;
      return html`<fieldset class="conflict-row" aria-describedby="${id}-hint">
        <legend>${row.label}</legend>
        <p id="${id}-hint" class="conflict-hint">${row.both ? t.both : t.onlyTheirs}</p>
        ${option('mine', t.mine, row.mine)} ${option('theirs', t.theirs, row.theirs)}
      </fieldset>`;
    })}
  </section>`;
}

/** A value as the comparison words it: empty said so, yes/no for a flag. */
export function wordValue(value: unknown, lang: Lang): unknown {
  const t = messages[lang];
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length)) {
    return html`<em>${t.empty}</em>`;
  }
  return value ?? nothing;
}

/** Uses the host's `--_*` tokens. */
export const conflictStyles = css`
  .conflict {
    display: grid;
    gap: var(--_space-m);
    max-width: 40em;
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: var(--_border-width-thick) solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .conflict :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: var(--_heading-size-s);
  }
  .conflict p {
    margin: 0;
  }
  .conflict-row {
    display: grid;
    gap: calc(var(--_space) * 0.4);
    min-width: 0;
    margin: 0;
    padding: var(--_space-m) 0 0;
    border: 0;
    border-block-start: var(--_border-width-thin) solid var(--_border);
  }
  .conflict-row legend {
    float: left;
    width: 100%;
    padding: 0;
    font-weight: var(--_weight-bold);
  }
  .conflict-hint {
    color: var(--_muted);
  }
  .conflict-choice {
    display: flex;
    gap: calc(var(--_space) * 0.6);
    align-items: flex-start;
  }
  .conflict-choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: calc(var(--_space) * 0.1) 0 0;
    accent-color: var(--_primary);
  }
  .conflict-side {
    font-weight: var(--_weight-semibold);
  }
  .conflict-value {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .conflict {
      border-color: CanvasText;
    }
  }
`;
