import { css } from 'lit';

/**
 * Layout shared by the searchable collections (`assignment-list`, `profile-directory`):
 * search form, filter groups, result header, skeletons, pagination and the detail dialog.
 * Mobile first: one column at 320 px, filters beside results from 56em up.
 */
export const collection = css`
  .layout {
    display: grid;
    /* Not wider than the element: an auto column grows to its widest content's minimum (a fact
       of 11em is 352 px with the text at 200 %), and the page would scroll sideways at 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    /* A word longer than a line ("Organisatieontwikkeling (3)", "professionals" with the text at
       200 % on a phone) breaks rather than widening a filter group, a heading or a card. */
    overflow-wrap: anywhere;
  }
  @media (min-width: 56em) {
    .layout.with-filters {
      grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
      align-items: start;
    }
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: end;
    margin-block-end: var(--_space);
  }
  .search label {
    flex-basis: 100%;
    font-weight: var(--_weight-semibold);
  }
  /* A search field: the lists' own, and the inbox's search in the applications (.search-text). */
  .search input,
  .search-text {
    flex: 1 1 12em;
    min-width: 0;
    min-height: 44px;
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.6);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .filters {
    display: grid;
    gap: var(--_space-s);
    align-content: start;
  }
  .filters details {
    border: var(--_border-width-thin) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .filters summary,
  .filters-toggle {
    padding: var(--_space-s) var(--_space-m);
    cursor: pointer;
    font-weight: var(--_weight-semibold);
    min-height: 44px;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    list-style: none;
  }
  .filters summary::-webkit-details-marker {
    display: none;
  }
  /*
   * Open or closed, shown by a shape and not by colour alone: a chevron that points right when
   * closed and down when open (the flex summary has no list-item marker of its own).
   */
  .filters summary::before,
  .disclosure::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    margin-inline: calc(var(--_space) * 0.1) calc(var(--_space) * 0.15);
    border-block-end: var(--_border-width) solid currentColor;
    border-inline-end: var(--_border-width) solid currentColor;
    transform: rotate(-45deg);
  }
  .filters details[open] > summary::before,
  .disclosure[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .filters summary .selected,
  .filters-toggle .selected {
    font-weight: normal;
    color: var(--_muted);
  }
  .filters-toggle {
    width: 100%;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    text-align: start;
  }
  .filters-area {
    display: grid;
    gap: var(--_space-s);
    align-content: start;
  }
  /* Narrow: the filters sit above the results, behind the "Filters" button. Wide: always beside them. */
  @media (max-width: 55.99em) {
    .filters:not(.open) {
      display: none;
    }
  }
  @media (min-width: 56em) {
    .filters-toggle {
      display: none;
    }
  }
  .filters fieldset {
    margin: 0;
    padding: var(--_space-xs) var(--_space-m) var(--_space-m);
    border: 0;
    display: grid;
    gap: var(--_space-xs);
  }
  .filters label.option {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    min-height: 32px;
    padding-block: calc(var(--_space) * 0.15);
  }
  .filters input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: calc(var(--_space) * 0.15) 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .filters .count {
    color: var(--_muted);
  }
  .filters .note {
    margin: var(--_space-xs) 0 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .filters .number {
    display: grid;
    gap: calc(var(--_space) * 0.2);
  }
  /* Columns no wider than the panel: a date field's own width, which grows with the text, never widens it. */
  .filters-area,
  .filters,
  .filters fieldset,
  .filters .number {
    grid-template-columns: minmax(0, 1fr);
  }
  .filters input[type='number'],
  select {
    min-height: 44px;
    padding: calc(var(--_space) * 0.3) var(--_space-s);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-width: 100%;
  }
  .result-header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_space-m);
  }
  .result-header h2,
  .result-header [role='heading'] {
    margin: 0;
    font-size: var(--_heading-size-l);
  }
  .result-header h2:focus {
    outline: none;
  }
  .result-header h2:focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
  }
  /* The list of orders may be narrower than its longest order (the text at 200 % on a phone). */
  .sort,
  .sort select {
    min-width: 0;
  }
  .sort {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    flex-wrap: wrap;
  }
  /* While the next page loads, a bar above the old page and one below it (under the page buttons)
     say so; each sticks to the viewport's edge while its end of the page is out of sight, so one
     is in view wherever the visitor is. They take no room. The old page keeps its contrast (WCAG
     1.4.3: it can still be read and clicked, and dimming it put its text under 4.5:1). */
  .results[aria-busy='true']::before,
  .results[aria-busy='true']::after {
    content: '';
    display: block;
    position: sticky;
    top: 0;
    bottom: 0;
    z-index: 1;
    height: 4px;
    margin-bottom: -4px;
    background: var(--_primary);
  }
  @media (prefers-reduced-motion: no-preference) {
    .results[aria-busy='true']::before,
    .results[aria-busy='true']::after {
      /* The skeleton's pulse (tokens.ts): keyframes are shared by every sheet of a shadow root. */
      animation: pulse 1.5s infinite;
    }
  }
  .cards,
  .skeletons {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .pages {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.35);
    padding: 0;
    margin: calc(var(--_space) * 1.5) 0 0;
  }
  .page-button {
    min-width: 44px;
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-m);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
  }
  .page-button[aria-current='page'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: var(--_weight-bold);
  }
  .page-button[disabled] {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .gap {
    align-self: center;
    padding-inline: var(--_space-xs);
  }
  /* Of the window as % (the modal's containing block), not vw/dvh: a page zoomed with CSS zoom
     (a CMS's text-size button) multiplies viewport units, and the dialog outgrew the window. */
  dialog {
    width: min(48em, calc(100% - 1em));
    max-height: calc(100% - 1em);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
    box-shadow: var(--_dialog-shadow);
    /* Its width, measured in its own text's size, decides whether the header may stay (below). */
    container-type: inline-size;
  }
  /*
   * The header stays in view above the body, which is the scroll container: a header that is
   * sticky over the content hid focused fields under it when tabbing backwards (WCAG 2.2 SC 2.4.11
   * Focus Not Obscured). Only [open]: a closed dialog must stay display: none. The dialog itself
   * has nothing to scroll while the body shrinks to fit; it scrolls only when nothing stays.
   */
  dialog[open] {
    display: flex;
    flex-direction: column;
    overflow: auto;
  }
  dialog::backdrop {
    background: var(--_backdrop);
  }
  /*
   * The close button sits beside the title when both fit, else above it (wrap-reverse), so a
   * narrow screen gives the title the full width instead of breaking its words. Titles are
   * hyphenated in their own language (the backend's, see lang) where the browser can; a word
   * wider than the whole line still breaks rather than overflowing 320 px.
   */
  .dialog-header {
    flex: none;
    display: flex;
    flex-wrap: wrap-reverse;
    gap: var(--_space-s) var(--_space);
    justify-content: space-between;
    align-items: flex-start;
    padding: var(--_space);
    background: var(--_bg);
    border-block-end: var(--_border-width-thin) solid var(--_border);
  }
  .dialog-header h2 {
    flex: 1 1 14em;
    min-width: 0;
    margin: 0;
    font-size: var(--_heading-size-m);
    hyphens: auto;
    overflow-wrap: break-word;
  }
  .dialog-header .button {
    flex: none;
    margin-inline-start: auto;
  }
  /* Positioned: what is absolutely positioned inside (visually hidden text, the form's trap
     field) belongs to the body's scrolling, not the dialog's. */
  /* Backend text with no place to break (an e-mail address, a URL) breaks anywhere rather than
     make the body scroll sideways at 320 px (WCAG 1.4.10). */
  .dialog-body {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  /* Text so large for the dialog's width (200 % on a phone) that the title alone could take its
     height, and leave the body none: nothing stays, everything scrolls (WCAG 1.4.4, 1.4.10). */
  @container (max-width: 14em) {
    .dialog-body {
      flex: none;
      overflow: visible;
    }
  }
  /* Too short for a header that stays (a phone held sideways, 400 % zoom): everything scrolls. */
  @media (max-height: 30em) {
    dialog[open] {
      display: block;
      overflow: auto;
    }
    .dialog-body {
      overflow: visible;
    }
  }
  /*
   * Printed, or saved as a PDF to send on, with a dialog open: all of what the dialog shows, not
   * the screenful that fits the window (its body scrolled, and the rest was cut off), without its
   * close button, over a blank page instead of the list behind it.
   */
  @media print {
    dialog[open] {
      display: block;
      position: absolute;
      inset: 0 0 auto;
      width: auto;
      max-width: none;
      max-height: none;
      margin: 0;
      overflow: visible;
      box-shadow: none;
    }
    dialog::backdrop {
      background: var(--_bg);
    }
    .dialog-body {
      overflow: visible;
    }
    .dialog-header .button,
    :not(dialog):has(~ dialog[open]) {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .results[aria-busy='true']::before,
    .results[aria-busy='true']::after {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .page-button[aria-current='page'] {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* Its outline is drawn on the canvas around it, which forced colours made dark (or light): the system's text colour. */
    .page-button[aria-current='page']:focus-visible {
      outline-color: CanvasText;
    }
    dialog {
      border: var(--_border-width) solid CanvasText;
    }
  }
`;
