import { css } from 'lit';

/**
 * What only the application form has; the parts every form shares are in shared/form-styles.ts.
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
  /* The fieldsets are the form's groups ("Over jou", "Je reactie", …), their legends its subheadings. */
  fieldset {
    display: grid;
    gap: var(--_gap);
  }
  form {
    display: grid;
    gap: var(--_gap);
    max-width: 40em;
  }
  legend {
    margin-block-end: calc(var(--_gap) * 0.5);
    padding: 0;
    font-size: var(--_heading-size-s);
    font-weight: var(--_weight-bold);
  }
  .hint p {
    margin: 0;
  }
  input[type='file'] {
    padding: var(--_space-s);
  }
  textarea {
    min-height: 12em;
  }
  /* Off-screen rather than display:none: bots skip hidden fields, people never reach this one. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .skeleton-form {
    height: 24em;
  }
`;
