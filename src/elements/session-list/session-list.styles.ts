import { css } from 'lit';

/** Documented as `@cssprop` on the class (custom-elements.json is generated from there). */
export const styles = css`
  :host {
    --_card-bg: var(--flexschil-session-list-card-background-color, var(--_bg));
    --_card-border: var(--flexschil-session-list-card-border-color, var(--_border));
    --_card-padding: var(--flexschil-session-list-card-padding, var(--_space));
    --_card-title: var(--flexschil-session-list-card-title-color, var(--_text));
    --_status: var(--flexschil-session-list-status-color, var(--_text));
    --_invalid: var(--flexschil-session-list-error-color, var(--_error));
    /* What the shared form styles read (shared/form-styles.ts): the sign-up form's spacing, hints
       and error summary take the global tokens. */
    --_gap: calc(var(--_space) * 1.25);
    --_hint: var(--_muted);
    --_summary-bg: var(--_bg);
    --_success-border: var(--flexschil-session-list-success-border-color, var(--_success));
    --_notice-bg: var(--flexschil-session-list-notice-background-color, var(--_surface));
    --_facts-column: 14em;
  }
  /* Sessions come in the order they take place; the shared result header's sort has nothing to offer. */
  .result-header .sort {
    display: none;
  }
  .card {
    padding: var(--_card-padding);
    border: var(--_border-width-thin) solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  .card-title {
    margin: 0 0 var(--_space-xs);
    font-size: var(--_heading-size-s);
    line-height: var(--_heading-line-height);
    color: var(--_card-title);
    overflow-wrap: break-word;
  }
  .organisation,
  .fields {
    margin: 0;
    color: var(--_muted);
  }
  .session-status {
    margin: var(--_space-s) 0;
    color: var(--_status);
  }
  /* Each status in words, and in weight and border style too: never colour alone (WCAG 1.4.1). */
  .session-status .badge {
    font-weight: var(--_weight-bold);
  }
  .session-status .status-full {
    border-style: dashed;
  }
  .session-status :is(.status-closed, .status-cancelled) {
    border-style: dotted;
    font-weight: var(--_weight-normal);
  }
  .facts {
    margin: var(--_space-s) 0 0;
  }
  /* The date and time on a line of their own where there is room for them. */
  .facts > div:first-child {
    grid-column: 1 / -1;
  }
  .question {
    margin-block-start: var(--_space-m);
    overflow-wrap: break-word;
  }
  .question > :first-child {
    margin-block-start: 0;
  }
  .question > :last-child {
    margin-block-end: 0;
  }
  .question :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--_heading-size-xs);
  }
  .note {
    margin: var(--_space-m) 0 0;
    font-weight: var(--_weight-bold);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: center;
    margin-block-start: var(--_space);
  }
  .actions .more {
    /* An inline text link, but on its own line in the row: 24 px high at least (WCAG 2.5.8). */
    display: inline-block;
    min-height: 24px;
    padding-block: var(--_space-xs);
  }
  .skeleton-card {
    height: 16em;
  }

  /* The dialog as the collections' (header and body in a column, the body scrolls under nothing:
     src/styles/collection.ts), but the close button goes under the title rather than above it. */
  .dialog-header {
    flex-wrap: wrap;
  }
  .dialog-header h2 {
    /* Below about ten words' width the close button moves under the title instead of squeezing it. */
    flex: 1 1 12em;
  }
  /* On a small screen (320 px, or 200 % zoom) a header that stays put would leave little room
     for the form: there the header scrolls away with the rest (WCAG 1.4.10 Reflow); Escape and
     the button at the top still close the dialog. */
  @media (max-width: 30em), (max-height: 30em) {
    dialog[open] {
      display: block;
      overflow: auto;
    }
    .dialog-header {
      position: static;
    }
    .dialog-body {
      overflow: visible;
    }
  }
  .dialog-body .organisation {
    margin-block-end: var(--_space-xs);
  }
  .dialog-body .facts {
    margin-block-end: var(--_space);
  }

  /* The sign-up form: the shared form styles (shared/form-styles.ts), with its controls scoped to it,
     as the search field and the filters beside it have the collection's look. */
  form[part='form'] {
    display: grid;
    gap: var(--_gap);
    max-width: 40em;
  }
  .field > label {
    font-weight: var(--_weight-semibold);
  }
  .field input:not([type='checkbox']) {
    width: 100%;
    max-width: 24em;
    min-height: 44px;
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.6);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_invalid);
  }
  /* Cancelling a registration from the mail's link: a notice of its own, outside the form. */
  .cancel {
    max-width: 40em;
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border-inline-start: var(--_border-width-thick) solid var(--_primary);
    background: var(--_notice-bg);
  }
  .cancel.skeleton {
    /* About the height of what comes (an offer, or that it was done before): nothing jumps. */
    min-height: 8em;
  }
  .cancel.failed {
    border-inline-start-color: var(--_invalid);
  }
  .cancel.done {
    border-inline-start-color: var(--_success-border);
  }
  .cancel p {
    margin: 0 0 var(--_space-s);
  }
  .cancel :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-m);
  }
  .cancel .actions {
    margin-block-start: var(--_space-m);
  }
  .success.waitlisted {
    border-style: dashed;
  }
  .success p {
    margin: 0 0 var(--_space-m);
  }
  .join-online {
    /* A meeting link is one long word: it breaks rather than widening the dialog at 320 px. */
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .cancel {
      border-color: CanvasText;
    }
  }
`;
