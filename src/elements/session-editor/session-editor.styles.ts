import { css } from 'lit';

/**
 * What only `<session-editor>` has; the parts every form shares are in shared/form-styles.ts.
 * Its custom properties are documented as `@cssprop` on the element class.
 */
export const styles = css`
  :host {
    --_gap: var(--flexschil-session-editor-field-gap, calc(var(--_space) * 1.25));
    --_input-border: var(--flexschil-session-editor-input-border-color, var(--_border));
    --_input-bg: var(--flexschil-session-editor-input-background-color, var(--_bg));
    --_hint: var(--flexschil-session-editor-hint-color, var(--_muted));
    --_invalid: var(--flexschil-session-editor-error-color, var(--_error));
    --_summary-bg: var(--flexschil-session-editor-summary-background-color, var(--_bg));
    --_notice-bg: var(--flexschil-session-editor-notice-background-color, var(--_surface));
    --_saved-border: var(--flexschil-session-editor-saved-border-color, var(--_success));
    --_cancel-backdrop: var(--flexschil-session-editor-cancel-dialog-backdrop-color, var(--flexschil-dialog-backdrop-color, rgb(0 0 0 / 0.5)));
  }
  .skeleton-form {
    height: 32em;
  }
  .skeletons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .status :is(h1, h2, h3, h4, h5, h6),
  .saved :is(h1, h2, h3, h4, h5, h6),
  .registrations :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-s);
  }
  .status p,
  .saved p {
    margin: 0 0 var(--_space-s);
  }
  form {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
    max-width: 40em;
  }
  .section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .section > legend {
    margin-block-end: calc(var(--_gap) * 0.5);
    padding: 0;
    font-size: var(--_heading-size-m);
    font-weight: var(--_weight-bold);
  }
  .field.group {
    gap: calc(var(--_space) * 0.4);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field.group > legend {
    padding: 0;
    font-weight: var(--_weight-semibold);
  }
  .field.group.invalid {
    padding-inline-start: var(--_space-m);
  }
  .label {
    font-weight: var(--_weight-semibold);
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_gap);
  }
  .pair > .field {
    flex: 1 1 10em;
  }
  .saved,
  .cancelled-notice {
    max-width: 40em;
    margin-block-end: var(--_gap);
    padding: var(--_space);
    border-inline-start: var(--_border-width-thick) solid var(--_primary);
    background: var(--_notice-bg);
  }
  .saved {
    border: var(--_border-width-thick) solid var(--_saved-border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .cancelled-notice p {
    margin: 0;
  }
  .danger {
    border-color: var(--_invalid);
    color: var(--_invalid);
  }
  .cancel-dialog {
    max-width: min(32em, calc(100% - 2em));
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .cancel-dialog::backdrop {
    background: var(--_cancel-backdrop);
  }
  .cancel-dialog :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-m);
  }
  .registrations {
    display: grid;
    /* As wide as the editor: the table scrolls inside rather than widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
    max-width: 40em;
    margin-block-start: calc(var(--_space) * 2);
  }
  .registrations p {
    margin: 0;
  }
  /* The table scrolls on its own at 320 px (a keyboard reaches it: it is a named region). */
  .table-scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: var(--_weight-semibold);
    padding-block-end: var(--_space-s);
  }
  th,
  td {
    padding: var(--_space-s);
    border-block-end: var(--_border-width-thin) solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  /* No padding after the last column (dates, no focus ring to keep inside the scrolling box):
     the columns' room at 320 px. */
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  /* Name and address share a column, so the table fits a phone's 320 px (WCAG 1.4.10); an
     address breaks before its @ first, then anywhere; words stay whole. */
  .email {
    display: block;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .saved,
    .cancelled-notice {
      border-color: CanvasText;
    }
  }
`;
