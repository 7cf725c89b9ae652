import { css } from 'lit';

/**
 * What only the editor's form has (the parts every form shares are in shared/form-styles.ts), loaded with the form (assignment-editor-form.ts). Its custom properties are documented as
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
  /* One column below 64em that never grows past the page: a long word in the preview's title
     ("Gebiedsontwikkelingsprojectleider") breaks instead (WCAG 1.4.10, 1.4.12). */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
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
  .field.group > legend {
    padding: 0;
    font-weight: var(--_weight-semibold);
  }
  .field.group {
    gap: calc(var(--_space) * 0.4);
  }
  .skill.invalid {
    padding-inline-start: var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid var(--_invalid);
  }
  /* The description's name: a span, as the rich-text editor (contenteditable) cannot have a <label>. */
  .label {
    font-weight: var(--_weight-semibold);
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
  /* A choice with a hint of its own: the hint goes below its label, beside the box. */
  .check {
    display: grid;
    grid-template-columns: 24px 1fr;
    row-gap: normal;
    align-items: start;
  }
  .check-hint {
    grid-column: 2;
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
  .saved :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-s);
  }
  /* That the assignment is closed: a notice of the editor's own, with the look of the shared ones. */
  .closed-notice {
    max-width: 40em;
    margin-block-end: var(--_gap);
    padding: var(--_space);
    border-inline-start: var(--_border-width-thick) solid var(--_primary);
    background: var(--_notice-bg);
  }
  .closed-notice p {
    margin: 0 0 var(--_space-s);
  }
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
    overflow-wrap: anywhere;
    color: var(--_card-title);
    text-decoration: underline;
    text-underline-offset: var(--_underline-offset);
    font-weight: var(--_weight-bold);
  }
  .close-dialog {
    max-width: min(32em, calc(100% - 2em));
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
  @media (forced-colors: active) {
    .skill.invalid,
    .saved,
    .closed-notice {
      border-color: CanvasText;
    }
  }
`;
