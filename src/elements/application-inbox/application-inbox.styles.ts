import { css } from 'lit';

/** Documented as `@cssprop` on the class (custom-elements.json is generated from there). */
export const styles = css`
  :host {
    --_card-bg: var(--flexschil-application-inbox-card-background-color, var(--_bg));
    --_card-border: var(--flexschil-application-inbox-card-border-color, var(--_border));
    --_card-padding: var(--flexschil-application-inbox-card-padding, var(--_space));
    --_new: var(--flexschil-application-inbox-new-color, var(--_primary));
    --_new-bg: var(--flexschil-application-inbox-new-background-color, var(--_bg));
    --_row-border: var(--flexschil-application-inbox-row-border-color, var(--_border));
    --_head-bg: var(--flexschil-application-inbox-table-header-background-color, var(--_surface));
    --_problem: var(--flexschil-application-inbox-problem-color, var(--_error));
  }
  .view-heading {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-xl);
    line-height: var(--_heading-line-height);
    overflow-wrap: break-word;
  }
  .view-heading:focus {
    outline: none;
  }
  .view-heading:focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.3);
    min-height: 44px;
    margin-block-end: var(--_space-s);
  }
  .view-header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space);
    align-items: flex-start;
    justify-content: space-between;
    margin-block-end: var(--_space-m);
  }
  .view-header > div {
    flex: 1 1 16em;
    min-width: 0;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
  }
  /* Finding applications: the text, the status and the button on one line when there is room. */
  .find {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space);
    align-items: end;
    margin-block-end: var(--_space);
  }
  /* Each part as wide as the line allows: at 320 px with the text at 200 % a status list is wider than the screen. */
  .find > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.3);
    flex: 1 1 10em;
    min-width: 0;
  }
  .find .find-text {
    flex-basis: 14em;
  }
  .find select {
    width: 100%;
  }
  .find label {
    font-weight: var(--_weight-semibold);
  }
  /* Title and counts beside the button when there is room; the button below them when not (320 px). */
  .card {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m) var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: var(--_card-padding);
    border: var(--_border-width-thin) solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  /* As wide as the card, long words broken (200 % text on a phone). */
  .card-main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: calc(var(--_space) * 0.35);
    flex: 1 1 18em;
    min-width: 0;
  }
  /* A title may be one long Dutch compound ("Gebiedsontwikkelingsprojectleider"): it breaks
     rather than widen the card's grid column past a 320 px page (WCAG 1.4.10). */
  .card-title {
    margin: 0;
    font-size: var(--_heading-size-s);
    line-height: var(--_heading-line-height);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .card p {
    margin: 0;
  }
  .card .button {
    flex: none;
    max-width: 100%;
    text-align: start;
  }
  .overview-tools {
    margin-block-end: var(--_space-m);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.35) var(--_space-m);
    align-items: center;
  }
  .new {
    color: var(--_new);
    background: var(--_new-bg);
    font-weight: var(--_weight-bold);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  /* A table wider than the page (a long name at 320 px with larger text spacing) scrolls on its
     own, not the host page (WCAG 1.4.10). Its openers are buttons, so a keyboard reaches it; the
     cells' padding keeps their focus rings inside what it shows. */
  .table-scroll {
    overflow-x: auto;
  }
  caption {
    text-align: start;
    font-weight: var(--_weight-semibold);
    padding-block-end: var(--_space-s);
  }
  th,
  td {
    padding: var(--_space-s);
    border-block-end: var(--_border-width-thin) solid var(--_row-border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    background: var(--_head-bg);
    font-size: var(--_font-size-small);
  }
  tbody th {
    font-weight: normal;
  }
  /* Said in words, under the name and in the dialog: one person's several applications. */
  .others {
    display: block;
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  p.others {
    margin: 0 0 var(--_space);
    font-size: inherit;
    color: inherit;
  }
  /* Names and file names from the backend may be one long word: they wrap rather than widen the table (320 px). */
  /* A file name may have no place to break; a long name breaks between words first (with
     hyphens), so the name column keeps its width at 320 px instead of giving it to the status. */
  .file {
    overflow-wrap: anywhere;
  }
  .open {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .open {
    min-height: 44px;
    text-align: start;
    font-weight: var(--_weight-semibold);
  }
  .state-received {
    font-weight: var(--_weight-bold);
    color: var(--_new);
  }
  .unsaved {
    padding-inline-start: var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid;
    font-weight: var(--_weight-semibold);
  }
  .problem {
    margin: var(--_space-s) 0 0;
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: var(--_border-width-thick) solid var(--_problem);
    color: var(--_problem);
    font-weight: var(--_weight-semibold);
  }
  .status-form {
    display: grid;
    /* As wide as the dialog's body: the status list's own width grows with the text. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.35);
    margin-block-end: var(--_space);
  }
  .status-form .saved {
    margin: 0;
  }
  .status-form label {
    font-weight: var(--_weight-semibold);
  }
  .unsaved .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .status-form select {
    max-inline-size: 24em;
  }
  .status-form .button {
    justify-self: start;
  }
  .notify {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
  }
  .notify input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
  }
  .status-form .notify label {
    font-weight: var(--_weight-normal);
  }
  .dialog-body h3 {
    margin: var(--_space) 0 calc(var(--_space) * 0.35);
    font-size: var(--_heading-size-xs);
  }
  .received {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .motivation {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .skeleton-card {
    height: 8em;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .problem {
      border-color: CanvasText;
    }
  }
`;
