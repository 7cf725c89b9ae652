import { css } from 'lit';

/** Documented as `@cssprop` on the class (custom-elements.json is generated from there). */
export const styles = css`
  :host {
    --_gap: var(--flexschil-profile-editor-field-gap, calc(var(--_space) * 1.25));
    --_input-border: var(--flexschil-profile-editor-input-border-color, var(--_border));
    --_input-bg: var(--flexschil-profile-editor-input-background-color, var(--_bg));
    --_hint: var(--flexschil-profile-editor-hint-color, var(--_muted));
    --_invalid: var(--flexschil-profile-editor-error-color, var(--_error));
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
    .preview {
      position: sticky;
      top: var(--_space);
    }
  }
  .editor {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
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
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
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
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.3);
    min-width: 0;
  }
  .field.invalid,
  fieldset.group.invalid {
    padding-inline-start: var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid var(--_invalid);
  }
  label {
    font-weight: var(--_weight-semibold);
  }
  .optional {
    font-weight: var(--_weight-normal);
  }
  .hint,
  .count {
    margin: 0;
    color: var(--_hint);
  }
  .count.over {
    color: var(--_invalid);
    font-weight: var(--_weight-bold);
  }
  .error-message {
    margin: 0;
    color: var(--_invalid);
    font-weight: var(--_weight-bold);
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.6);
    border: var(--_border-width) solid var(--_input-border);
    border-radius: var(--_radius);
    background: var(--_input-bg);
  }
  input.short {
    max-width: 10em;
  }
  select.medium {
    max-width: 20em;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_invalid);
  }
  .check {
    display: flex;
    gap: calc(var(--_space) * 0.6);
    align-items: flex-start;
  }
  .check input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: calc(var(--_space) * 0.1) 0 0;
    accent-color: var(--_primary);
  }
  .check label {
    font-weight: var(--_weight-normal);
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: center;
  }
  .error-summary,
  .conflict {
    padding: var(--_space);
    border: var(--_border-width-thick) solid var(--_invalid);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .conflict {
    display: grid;
    gap: var(--_gap);
    border-color: var(--_primary);
  }
  .error-summary :is(h1, h2, h3, h4, h5, h6),
  .conflict :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-s);
  }
  .conflict > * {
    margin: 0;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 1.25);
  }
  .error-summary a {
    color: var(--_invalid);
    font-weight: var(--_weight-bold);
  }
  .notice,
  .failure,
  .saved,
  .sign-in {
    padding: var(--_space);
    border-inline-start: var(--_border-width-thick) solid var(--_primary);
    background: var(--_notice-bg);
  }
  .failure {
    border-inline-start-color: var(--_invalid);
  }
  .saved {
    border-inline-start-color: var(--_saved-border);
  }
  :is(.notice, .failure, .saved, .sign-in) p {
    margin: 0 0 var(--_space-s);
  }
  :is(.notice, .failure, .saved, .sign-in) > :last-child {
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
  .skeletons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton-form {
    height: 32em;
  }
  [tabindex='-1']:focus {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  @media (forced-colors: active) {
    .field.invalid,
    fieldset.group.invalid,
    .error-summary,
    .conflict,
    .failure,
    .notice,
    .saved,
    .sign-in {
      border-color: CanvasText;
    }
  }
`;
