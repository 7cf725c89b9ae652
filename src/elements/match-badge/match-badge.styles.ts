import { css } from 'lit';

/**
 * Its custom properties are documented as `@cssprop` on the element class (custom-elements.json is generated from there).
 * Each level's default text and background colours differ by at least 4.5:1 (WCAG 1.4.3;
 * test/match-badge.test.ts measures them), and the level is always written out too (1.4.1).
 * A municipality that overrides a colour keeps that ratio itself.
 */
export const styles = css`
  :host {
    --_strong: var(--flexschil-match-badge-strong-color, #14532d);
    --_strong-bg: var(--flexschil-match-badge-strong-background-color, #dcfce7);
    --_good: var(--flexschil-match-badge-good-color, #1e3a8a);
    --_good-bg: var(--flexschil-match-badge-good-background-color, #dbeafe);
    --_partial: var(--flexschil-match-badge-partial-color, #713f12);
    --_partial-bg: var(--flexschil-match-badge-partial-background-color, #fef3c7);
    --_weak: var(--flexschil-match-badge-weak-color, #404040);
    --_weak-bg: var(--flexschil-match-badge-weak-background-color, #f0f0f0);
    --_badge-radius: var(--flexschil-match-badge-border-radius, 999px);
    --_badge-border-width: var(--flexschil-match-badge-border-width, 1px);
    --_badge-weight: var(--flexschil-match-badge-font-weight, 700);
    --_toggle: var(--flexschil-match-badge-toggle-color, var(--_primary));
    --_reasons-border: var(--flexschil-match-badge-reasons-border-color, var(--_border));
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .badge {
    display: inline-block;
    padding: 0.15em 0.65em;
    border: var(--_badge-border-width) solid currentColor;
    border-radius: var(--_badge-radius);
    font-weight: var(--_badge-weight);
    line-height: 1.4;
    white-space: nowrap;
  }
  .level-strong {
    color: var(--_strong);
    background-color: var(--_strong-bg);
  }
  .level-good {
    color: var(--_good);
    background-color: var(--_good-bg);
  }
  .level-partial {
    color: var(--_partial);
    background-color: var(--_partial-bg);
  }
  .level-weak {
    color: var(--_weak);
    background-color: var(--_weak-bg);
  }
  :host([variant='compact']) .badge {
    font-size: 0.875em;
  }
  .toggle,
  .link-button {
    /* WCAG 2.5.8: a target of at least 24 × 24 px even in small print. */
    min-height: 24px;
    min-width: 24px;
    padding: 0 0.15em;
    border: 0;
    background: none;
    color: var(--_toggle);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-size: 0.875em;
    cursor: pointer;
  }
  .toggle::after {
    content: '';
    display: inline-block;
    margin-inline-start: 0.35em;
    border: 0.3em solid transparent;
    border-block-start-color: currentColor;
    border-block-end-width: 0;
    vertical-align: middle;
  }
  .toggle[aria-expanded='true']::after {
    border-block-start-width: 0;
    border-block-end-width: 0.3em;
    border-block-end-color: currentColor;
  }
  .reasons {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.875em;
  }
  .reason {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 1em;
    padding: 0.35em 0;
    border-block-start: 1px solid var(--_reasons-border);
  }
  .reason:first-child {
    border-block-start: 0;
  }
  .criterion {
    font-weight: 700;
  }
  .verdict {
    text-align: end;
    white-space: nowrap;
  }
  .detail {
    grid-column: 1 / -1;
    overflow-wrap: anywhere;
  }
  :host([variant='compact']) .reasons {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_reasons-border);
    border-radius: var(--_radius);
  }
  .skeletons {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .skeleton-badge {
    width: 9em;
    height: 1.6em;
    border-radius: var(--_badge-radius);
  }
  .skeleton-full {
    height: 1.8em;
    max-width: 12em;
    border-radius: var(--_badge-radius);
  }
  .compact-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    margin: 0;
    font-size: 0.875em;
  }
  .compact-error .link-button {
    font-size: 1em;
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
