import { css } from 'lit';

/**
 * Its custom properties are documented as `@cssprop` on the element class (custom-elements.json is generated from there).
 */
export const styles = css`
  :host {
    --_gap: var(--flexschil-apply-form-field-gap, calc(var(--_space) * 1.25));
    --_input-border: var(--flexschil-apply-form-input-border-color, var(--_border));
    --_input-bg: var(--flexschil-apply-form-input-background-color, var(--_bg));
    --_hint: var(--flexschil-apply-form-hint-color, var(--_muted));
    --_invalid: var(--flexschil-apply-form-error-color, var(--_error));
    --_summary-bg: var(--flexschil-apply-form-summary-background-color, var(--_bg));
    --_success-border: var(--flexschil-apply-form-success-border-color, var(--_success));
    --_notice-bg: var(--flexschil-apply-form-notice-background-color, var(--_surface));
  }
  form {
    display: grid;
    gap: var(--_gap);
    max-width: 40em;
  }
  fieldset {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: calc(var(--_gap) * 0.5);
    padding: 0;
    font-size: var(--_heading-size-s);
    font-weight: var(--_weight-bold);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.3);
    min-width: 0;
  }
  .field.invalid {
    padding-inline-start: var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid var(--_invalid);
  }
  label {
    font-weight: var(--_weight-semibold);
  }
  .optional {
    font-weight: var(--_weight-normal);
  }
  .hint {
    margin: 0;
    color: var(--_hint);
  }
  .hint p {
    margin: 0;
  }
  .error-message {
    margin: 0;
    color: var(--_invalid);
    font-weight: var(--_weight-bold);
  }
  input:not([type='checkbox']),
  textarea {
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.6);
    border: var(--_border-width) solid var(--_input-border);
    border-radius: var(--_radius);
    background: var(--_input-bg);
  }
  input[type='file'] {
    padding: var(--_space-s);
  }
  input.short {
    max-width: 10em;
  }
  input.medium {
    max-width: 20em;
  }
  textarea {
    min-height: 12em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_invalid);
  }
  .count {
    margin: 0;
    color: var(--_hint);
  }
  .count.over {
    color: var(--_invalid);
    font-weight: var(--_weight-bold);
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
  .check input[aria-invalid='true'] {
    outline: var(--_border-width) solid var(--_invalid);
    outline-offset: var(--_border-width-thin);
  }
  /* Off-screen rather than display:none: bots skip hidden fields, people never reach this one. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
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
  .error-summary :is(h1, h2, h3, h4, h5, h6) {
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
  .failure {
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
  .failure p {
    margin: 0 0 var(--_space-s);
  }
  .notice > :last-child,
  .failure > :last-child {
    margin-block-end: 0;
  }
  .success {
    max-width: 40em;
    padding: var(--_space);
    border: var(--_border-width-thick) solid var(--_success-border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .success :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-m);
  }
  .receipt {
    display: grid;
    gap: var(--_space-xs);
    margin: 0 0 var(--_space);
  }
  /* Term and value side by side where they fit; where they do not (320 px, 200 % zoom) the value
     moves below its term whole, instead of being squeezed into a column a few characters wide. */
  .receipt div {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }
  .receipt dt {
    color: var(--_hint);
  }
  .receipt dd {
    min-width: 0;
    margin: 0;
    font-weight: var(--_weight-bold);
    /* Only a value longer than a whole line breaks, anywhere: no page-wide scrolling. */
    overflow-wrap: anywhere;
  }
  .skeleton-form {
    height: 24em;
  }
  .skeletons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [tabindex='-1']:focus {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  @media (forced-colors: active) {
    .field.invalid,
    .error-summary,
    .failure,
    .notice,
    .success {
      border-color: CanvasText;
    }
    .check input[aria-invalid='true'] {
      outline-color: CanvasText;
    }
  }
`;
