/**
 * After a 412 (someone saved a newer version since it was read) or a 409 (the thing exists
 * already), an editor shows what differs between what the person typed and the stored
 * version, part by part, and lets them keep theirs or take the other, without losing a word
 * (contract §2: "show what changed, keep the user's edits"). The element decides what the
 * parts are and words their values; this module lays out the choices.
 *
 * Each part is a native radio group in a fieldset whose legend names it: arrow keys choose,
 * Tab moves to the next part, and each option's label carries the version it stands for.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { editing as messages } from '../i18n/editing.js';
import type { Lang } from '../i18n/lang.js';

export type Version = 'mine' | 'theirs';

export interface Difference {
  /** Key of the part (a field's name): the radio group's name is derived from it. */
  name: string;
  /** The part as the form labels it. */
  label: string;
  /** The two values, worded for people (a string, or a template with marked backend text); empty means "(leeg)". */
  mine: unknown;
  theirs: unknown;
  choice: Version;
}

export interface VersionChoices {
  lang: Lang;
  differences: readonly Difference[];
  choose: (name: string, version: Version) => void;
  /** What the other version is called ("Nieuwe versie" by default; "Je bestaande profiel" after a 409). */
  theirsLabel?: string;
}

export function versionChoices(o: VersionChoices): TemplateResult {
  const t = messages[o.lang];
  const value = (v: unknown) => (v === '' || v === null || v === undefined ? html`<em>${t.empty}</em>` : v);
  const option = (d: Difference, version: Version, label: string, v: unknown) => {
    const id = `choice-${d.name.replace(/\W/g, '-')}-${version}`;
    return html`<div class="check choice">
      <input
        type="radio"
        id=${id}
        name="choice-${d.name}"
        value=${version}
        .checked=${d.choice === version}
        @change=${() => o.choose(d.name, version)}
      />
      <label for=${id}><span class="version">${label}:</span> <span class="value">${value(v)}</span></label>
    </div>`;
  };
  return html`<div class="version-choices">
    ${o.differences.map(
      (d) => html`<fieldset class="difference">
        <legend>${d.label}</legend>
        ${option(d, 'mine', t.mine, d.mine)} ${option(d, 'theirs', o.theirsLabel ?? t.theirs, d.theirs)}
      </fieldset>`,
    )}
  </div>`;
}

/** A line-per-item value (a list of experience, links) for {@link Difference.mine}/`theirs`. */
export function lines(items: readonly unknown[]): TemplateResult | typeof nothing {
  return items.length ? html`${items.map((item, i) => html`${i ? html`<br />` : nothing}${item}`)}` : nothing;
}

/** With the forms' stylesheet (`formStyles`), which lays out each option as a `.check`. */
export const versionChoiceStyles = css`
  .version-choices {
    display: grid;
    gap: var(--_space);
  }
  .difference {
    display: grid;
    gap: var(--_space-s);
    min-width: 0;
    margin: 0;
    padding: var(--_space-m);
    border: var(--_border-width-thin) solid var(--_border);
    border-radius: var(--_radius);
  }
  .difference legend {
    padding: 0 var(--_space-xs);
    font-weight: var(--_weight-bold);
  }
  /* Each option is laid out as the forms' checks (.check in src/shared/form-styles.ts, which
     the element adopts too); a value may be long, a URL say, and wraps. */
  .choice label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .choice .version {
    font-weight: var(--_weight-semibold);
  }
`;
