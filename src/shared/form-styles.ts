/**
 * The look of the parts every form of ours shares (apply-form, assignment-editor, profile-editor,
 * session-list's sign-up), written once beside their markup (form-templates.ts). The rules read
 * private variables that each element maps from its own documented tokens on `:host`
 * (`--flexschil-<element>-…`, test/tokens.test.ts): `--_gap` (between fields), `--_hint`,
 * `--_invalid`, `--_summary-bg`, `--_notice-bg`, and for `formControls` `--_input-border` and
 * `--_input-bg`. An element adopts these before its own sheet, which keeps only what is its own.
 */
import { css } from 'lit';

/**
 * Fields, checkboxes and radios, the error summary, notices and the failed-send message, the
 * button row, the focus ring of what focus is moved to. Only classes and attributes: safe beside
 * other markup in the same shadow root (session-list's search and filters).
 */
export const formStyles = css`
  /* With the text at 200 % on a phone a word can be longer than a line (a legend, a label, a
     checkbox's text): it breaks rather than widening the form past the screen (WCAG 1.4.10). */
  form {
    overflow-wrap: anywhere;
  }
  /* One column as wide as the field: a date or phone field's own width (which grows with the
     text) never widens it. */
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.3);
    min-width: 0;
  }
  .field.invalid {
    padding-inline-start: var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid var(--_invalid);
  }
  .optional {
    font-weight: var(--_weight-normal);
  }
  /* A long word (a link in a hint, an address in an error) wraps at 320 px instead of widening the page (WCAG 1.4.10). */
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
  /* Two attribute selectors: more specific than the controls' own border (input:not(…), a class and an element). */
  [aria-invalid='true'][aria-invalid] {
    border-color: var(--_invalid);
  }
  .check {
    display: flex;
    gap: calc(var(--_space) * 0.6);
    align-items: flex-start;
  }
  /* 24 px: the target size of WCAG 2.5.8 without relying on the label. */
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
  /* A checkbox has no border to colour: an outline says it is invalid (with the error text, never colour
     alone). Not while it has keyboard focus: then the focus ring shows (WCAG 2.4.7). */
  .check input[aria-invalid='true']:not(:focus-visible) {
    outline: var(--_border-width) solid var(--_invalid);
    outline-offset: var(--_border-width-thin);
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
    /* One link a line: 24 px apart at least whatever the font size (WCAG 2.5.8). A block, not an
       inline-block: the bullet stands on a list item's first line, and an inline-block's line is
       its last, so a link that wrapped had its bullet before its second line. */
    display: block;
    min-height: 24px;
    color: var(--_invalid);
    font-weight: var(--_weight-bold);
  }
  .notice,
  .failure {
    max-width: 40em;
    margin: 0 0 var(--_gap);
    padding: var(--_space);
    border-inline-start: var(--_border-width-thick) solid var(--_primary);
    background: var(--_notice-bg);
  }
  .failure {
    border-inline-start-color: var(--_invalid);
  }
  :is(.notice, .failure) p {
    margin: 0 0 var(--_space-s);
  }
  :is(.notice, .failure) > :last-child {
    margin-block-end: 0;
  }
  [tabindex='-1']:focus {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  @media (forced-colors: active) {
    .field.invalid,
    .error-summary,
    .notice,
    .failure {
      border-color: CanvasText;
    }
    .check input[aria-invalid='true'] {
      outline-color: CanvasText;
    }
  }
`;

/**
 * The controls themselves, by element name: for a shadow root that holds only the form
 * (apply-form and the two editors). session-list keeps its own, scoped to its sign-up form, as
 * its search field and filters are styled by the collection's sheet.
 */
export const formControls = css`
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label {
    font-weight: var(--_weight-semibold);
  }
  /* 44 px high: an easy target on a phone (WCAG 2.5.8 asks 24). */
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
  .count {
    margin: 0;
    color: var(--_hint);
  }
  .count.over {
    color: var(--_invalid);
    font-weight: var(--_weight-bold);
  }
  .skeletons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
