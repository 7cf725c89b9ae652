import { css } from 'lit';

/** What only the profile editor has; the parts every form shares are in shared/form-styles.ts. Documented as `@cssprop` on the class (custom-elements.json is generated from there). */
export const styles = css`
  :host {
    --_gap: var(--flexschil-profile-editor-field-gap, calc(var(--_space) * 1.25));
    --_input-border: var(--flexschil-profile-editor-input-border-color, var(--_border));
    --_input-bg: var(--flexschil-profile-editor-input-background-color, var(--_bg));
    --_hint: var(--flexschil-profile-editor-hint-color, var(--_muted));
    --_invalid: var(--flexschil-profile-editor-error-color, var(--_error));
    --_summary-bg: var(--_bg);
    --_notice-bg: var(--flexschil-profile-editor-notice-background-color, var(--_surface));
    --_entry-bg: var(--flexschil-profile-editor-entry-background-color, var(--_surface));
    --_saved-border: var(--flexschil-profile-editor-saved-border-color, var(--_success));
    container-type: inline-size;
  }
  /* The preview beside the form where both fit (a wide column at 100 %); below it at 320 px and at 200 % zoom. */
  .layout {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
    align-items: start;
  }
  @container (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(0, 40em) minmax(18em, 1fr);
    }
    /* Beside the form it stays in view, and scrolls on its own when taller than the window: else
       its lower parts (experience, contact) were out of sight while those fields were edited. */
    .preview {
      position: sticky;
      top: var(--_space);
      max-block-size: calc(100vh - 2 * var(--_space));
      overflow-y: auto;
      overscroll-behavior: contain;
    }
  }
  /* One column as wide as the editor, and long words ("visitekaartje:" at 200 % on a phone) broken. */
  .editor {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .intro {
    margin: 0;
  }
  form {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }
  fieldset {
    display: grid;
    gap: var(--_gap);
  }
  fieldset.group > legend {
    margin-block-end: calc(var(--_gap) * 0.5);
    padding: 0;
    font-size: var(--_heading-size-s);
    font-weight: var(--_weight-bold);
  }
  fieldset.choices {
    gap: var(--_space-s);
  }
  fieldset.choices > legend {
    padding: 0;
    font-weight: var(--_weight-semibold);
  }
  fieldset.group.invalid {
    padding-inline-start: var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid var(--_invalid);
  }
  .check > div {
    min-width: 0;
  }
  .columns {
    display: grid;
    gap: var(--_space-xs) calc(var(--_space) * 1.5);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
  }
  .columns > legend,
  .columns > .hint,
  .columns > .error-message {
    grid-column: 1 / -1;
  }
  .entries {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entry-fields {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_entry-bg);
  }
  .entry-fields > legend {
    float: inline-start;
    width: 100%;
    margin-block-end: var(--_space-xs);
    padding: 0;
    font-weight: var(--_weight-bold);
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .period > .field {
    flex: 1 1 12em;
  }
  .empty {
    margin: 0;
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
  }
  /* In the editor's grid, whose gap spaces them and whose column sets their width. */
  .error-summary,
  .notice,
  .failure {
    max-width: none;
    margin: 0;
  }
  .conflict {
    display: grid;
    gap: var(--_gap);
    padding: var(--_space);
    border: var(--_border-width-thick) solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .conflict :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-s);
  }
  .conflict > * {
    margin: 0;
  }
  /* Saved, and the hint to sign in: notices of the editor's own, with the look of the shared ones. */
  .saved,
  .sign-in {
    padding: var(--_space);
    border-inline-start: var(--_border-width-thick) solid var(--_primary);
    background: var(--_notice-bg);
  }
  .saved {
    border-inline-start-color: var(--_saved-border);
  }
  :is(.saved, .sign-in) p {
    margin: 0 0 var(--_space-s);
  }
  :is(.saved, .sign-in) > :last-child {
    margin-block-end: 0;
  }
  .preview {
    display: grid;
    gap: var(--_space-s);
    min-width: 0;
  }
  .preview :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: var(--_heading-size-s);
  }
  .preview .hint {
    margin-block-end: var(--_space-xs);
  }
  .skeleton-form {
    height: 32em;
  }
  @media (forced-colors: active) {
    fieldset.group.invalid,
    .conflict,
    .saved,
    .sign-in {
      border-color: CanvasText;
    }
  }
`;
