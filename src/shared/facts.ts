import { html, type TemplateResult } from 'lit';

/** One term and its value in a `<dl>` of facts (place, hours, rate…), grouped for grid layout. */
export function fact(term: string, value: unknown): TemplateResult {
  return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
}
