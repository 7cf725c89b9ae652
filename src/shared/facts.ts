import { css, html, type TemplateResult } from 'lit';

/** One term and its value in a `<dl class="facts">` (place, hours, rate…), grouped for grid layout. */
export function fact(term: string, value: unknown): TemplateResult {
  return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
}

/** The grid of facts: as many columns as fit (`--_facts-column` wide at least), one at 320 px. */
export const factsStyles = css`
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_facts-column, 11em)), 1fr));
    gap: calc(var(--_space) * 0.35) var(--_space);
    margin: 0;
  }
  .facts div {
    min-width: 0;
  }
  .facts dt {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
