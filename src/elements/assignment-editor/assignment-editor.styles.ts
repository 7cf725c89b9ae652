import { css } from 'lit';

/**
 * The form's look, loaded with the form (assignment-editor-form.ts). Its custom properties are documented as
 * `@cssprop` on the element class (custom-elements.json is generated from there).
 */
export const styles = css`
  :host {
    --_gap: var(--flexschil-assignment-editor-field-gap, calc(var(--_space) * 1.25));
    --_input-border: var(--flexschil-assignment-editor-input-border-color, var(--_border));
    --_input-bg: var(--flexschil-assignment-editor-input-background-color, var(--_bg));
    --_hint: var(--flexschil-assignment-editor-hint-color, var(--_muted));
    --_invalid: var(--flexschil-assignment-editor-error-color, var(--_error));
    --_summary-bg: var(--flexschil-assignment-editor-summary-background-color, var(--_bg));
    --_notice-bg: var(--flexschil-assignment-editor-notice-background-color, var(--_surface));
    --_saved-border: var(--flexschil-assignment-editor-saved-border-color, var(--_success));
    --_preview-bg: var(--flexschil-assignment-editor-preview-background-color, var(--_surface));
    --_close-backdrop: var(--flexschil-assignment-editor-close-dialog-backdrop-color, var(--flexschil-dialog-backdrop-color, rgb(0 0 0 / 0.5)));
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  /* Form and preview side by side only where both fit at full size (not at 200 % zoom on a laptop). */
  @media (min-width: 64em) {
    .layout {
      grid-template-columns: minmax(0, 40em) minmax(18em, 1fr);
      align-items: start;
    }
  }
  .main {
    min-width: 0;
  }
  form {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
    max-width: 40em;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* One column that may shrink below its content's widest word (a long link in a hint). */
  .section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .section > legend {
    margin-block-end: calc(var(--_gap) * 0.5);
    padding: 0;
    font-size: var(--_heading-size-m);
    font-weight: var(--_weight-bold);
  }
  .section-hint {
    margin: 0;
    color: var(--_hint);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.3);
    min-width: 0;
  }
  .field.group > legend {
    padding: 0;
    font-weight: var(--_weight-semibold);
  }
  .field.group {
    gap: calc(var(--_space) * 0.4);
  }
  .field.invalid,
  .skill.invalid {
    padding-inline-start: var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid var(--_invalid);
  }
  label,
  .label {
    font-weight: var(--_weight-semibold);
  }
  .optional {
    font-weight: var(--_weight-normal);
  }
  .hint,
  .error-message {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .hint {
    color: var(--_hint);
  }
  .error-message {
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
  textarea {
    resize: vertical;
  }
  input.short {
    max-width: 10em;
  }
  input.medium,
  select.medium {
    max-width: 20em;
  }
  [aria-invalid='true'] {
    border-color: var(--_invalid);
  }
  /* Two fields side by side where they fit, their inputs on one line whatever their labels say. */
  .pair {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_gap);
  }
  .pair > .field {
    flex: 1 1 12em;
  }
  .check {
    display: grid;
    grid-template-columns: 24px 1fr;
    column-gap: calc(var(--_space) * 0.6);
    align-items: start;
  }
  .check input {
    width: 24px;
    height: 24px;
    margin: calc(var(--_space) * 0.1) 0 0;
    accent-color: var(--_primary);
  }
  .check label {
    font-weight: var(--_weight-normal);
  }
  .check-hint {
    grid-column: 2;
  }
  .check input[aria-invalid='true'] {
    outline: var(--_border-width) solid var(--_invalid);
    outline-offset: var(--_border-width-thin);
  }
  .skill-list {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skill {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
  }
  .skill-name {
    display: grid;
    gap: calc(var(--_space) * 0.3);
    flex: 1 1 12em;
    min-width: 0;
  }
  .skill-required {
    min-height: 44px;
    align-items: center;
  }
  .remove {
    min-width: 44px;
    justify-content: center;
    font-size: var(--_heading-size-m);
    line-height: 1;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: center;
  }
  .error-summary {
    max-width: 40em;
    margin-block-end: var(--_gap);
    padding: var(--_space);
    border: var(--_border-width-thick) solid var(--_invalid);
    border-radius: var(--_radius);
    background: var(--_summary-bg);
  }
  .error-summary :is(h1, h2, h3, h4, h5, h6),
  .saved :is(h1, h2, h3, h4, h5, h6),
  .status :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-s);
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
  .closed-notice {
    max-width: 40em;
    margin-block-end: var(--_gap);
    padding: var(--_space);
    border-inline-start: var(--_border-width-thick) solid var(--_primary);
    background: var(--_notice-bg);
  }
  .failure {
    border-inline-start-color: var(--_invalid);
  }
  .notice p,
  .failure p,
  .closed-notice p {
    margin: 0 0 var(--_space-s);
  }
  .notice > :last-child,
  .failure > :last-child,
  .closed-notice > :last-child {
    margin-block-end: 0;
  }
  .saved {
    max-width: 40em;
    margin-block-end: var(--_gap);
    padding: var(--_space);
    border: var(--_border-width-thick) solid var(--_saved-border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .saved.warning {
    border-color: var(--_primary);
  }
  .saved p {
    margin: 0 0 var(--_space-s);
  }
  .preview {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_preview-bg);
  }
  .preview :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: var(--_heading-size-s);
  }
  .preview .card :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--_heading-size-s);
  }
  /* The board's title is a link or a button; in the preview it leads nowhere, so it is text that looks the same. */
  .preview-card-title {
    color: var(--_card-title);
    text-decoration: underline;
    text-underline-offset: var(--_underline-offset);
    font-weight: var(--_weight-bold);
  }
  .close-dialog {
    max-width: min(32em, calc(100vw - 2em));
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .close-dialog::backdrop {
    background: var(--_close-backdrop);
  }
  .close-dialog :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-m);
  }
  .danger {
    border-color: var(--_invalid);
    color: var(--_invalid);
  }
  [tabindex='-1']:focus {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  .skeleton-form {
    height: 32em;
  }
  .skeletons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @media (forced-colors: active) {
    .field.invalid,
    .skill.invalid,
    .error-summary,
    .failure,
    .notice,
    .saved,
    .closed-notice {
      border-color: CanvasText;
    }
    .check input[aria-invalid='true'] {
      outline-color: CanvasText;
    }
  }
`;
