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
    margin: 0 0 0.5em;
    font-size: 1.35em;
    line-height: 1.3;
    overflow-wrap: break-word;
  }
  .view-heading:focus {
    outline: none;
  }
  .view-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 44px;
    margin-block-end: 0.5em;
  }
  .view-header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: flex-start;
    justify-content: space-between;
    margin-block-end: 0.75em;
  }
  .view-header > div {
    flex: 1 1 16em;
    min-width: 0;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
  }
  /* Title and counts beside the button when there is room; the button below them when not (320 px). */
  .card {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  .card-main {
    display: grid;
    gap: 0.35em;
    flex: 1 1 18em;
    min-width: 0;
  }
  .card-title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    overflow-wrap: break-word;
  }
  .card p {
    margin: 0;
  }
  .card .button {
    flex: none;
    max-width: 100%;
    text-align: start;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.75em;
    align-items: center;
  }
  .new {
    color: var(--_new);
    background: var(--_new-bg);
    font-weight: 700;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.5em;
    border-block-end: 1px solid var(--_row-border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    background: var(--_head-bg);
    font-size: 0.875em;
  }
  tbody th {
    font-weight: normal;
  }
  /* Names and file names from the backend may be one long word: they wrap rather than widen the table (320 px). */
  .open,
  .file {
    overflow-wrap: anywhere;
  }
  .open {
    min-height: 44px;
    text-align: start;
    font-weight: 600;
  }
  .state-received {
    font-weight: 700;
    color: var(--_new);
  }
  .problem {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_problem);
    color: var(--_problem);
    font-weight: 600;
  }
  .status-form {
    display: grid;
    gap: 0.35em;
    margin-block-end: var(--_space);
  }
  .status-form label {
    font-weight: 600;
  }
  .status-form .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .status-form select {
    flex: 1 1 12em;
  }
  .dialog-body h3 {
    margin: var(--_space) 0 0.35em;
    font-size: 1.05em;
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
