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
    --_mb-radius: var(--flexschil-match-badge-border-radius, var(--_badge-radius));
    --_mb-border-width: var(--flexschil-match-badge-border-width, var(--_badge-border-width));
    --_mb-weight: var(--flexschil-match-badge-font-weight, var(--_weight-bold));
    --_toggle: var(--flexschil-match-badge-toggle-color, var(--_primary));
    --_reasons-border: var(--flexschil-match-badge-reasons-border-color, var(--_border));
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
  }
  .badge {
    display: inline-block;
    padding: calc(var(--_space) * 0.15) calc(var(--_space) * 0.65);
    border: var(--_mb-border-width) solid currentColor;
    border-radius: var(--_mb-radius);
    font-weight: var(--_mb-weight);
    line-height: var(--_badge-line-height);
    /* On one line where it fits; with the text at 200 % on a phone it wraps, inside words too. */
    overflow-wrap: anywhere;
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
    font-size: var(--_font-size-small);
  }
  .toggle,
  .link-button {
    /* WCAG 2.5.8: a target of at least 24 × 24 px even in small print. */
    min-height: 24px;
    min-width: 24px;
    padding: 0 calc(var(--_space) * 0.15);
    border: 0;
    background: none;
    color: var(--_toggle);
    text-decoration: underline;
    text-underline-offset: var(--_underline-offset);
    font-size: var(--_font-size-small);
    cursor: pointer;
  }
  .toggle::after {
    content: '';
    display: inline-block;
    margin-inline-start: calc(var(--_space) * 0.35);
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
    margin: var(--_space-s) 0 0;
    padding: 0;
    font-size: var(--_font-size-small);
  }
  /* The criterion and its verdict on one line where both fit, else the verdict on the next (a
     grid column gave the verdict its width first and squeezed the criterion under it, at 200 %). */
  .reason {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    overflow-wrap: anywhere;
    padding: calc(var(--_space) * 0.35) 0;
    border-block-start: var(--_border-width-thin) solid var(--_reasons-border);
  }
  .reason:first-child {
    border-block-start: 0;
  }
  .criterion {
    font-weight: var(--_weight-bold);
  }
  /* On one line beside the criterion where there is room (an auto column grows to it first);
     with the text at 200 % on a phone it wraps rather than pushing the reasons past the screen. */
  .verdict {
    margin-inline-start: auto;
    text-align: end;
  }
  .detail {
    flex-basis: 100%;
    overflow-wrap: anywhere;
  }
  :host([variant='compact']) .reasons {
    padding: var(--_space-xs) var(--_space-m);
    border: var(--_border-width-thin) solid var(--_reasons-border);
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
    border-radius: var(--_mb-radius);
  }
  .skeleton-full {
    height: 1.8em;
    max-width: 12em;
    border-radius: var(--_mb-radius);
  }
  .compact-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-s);
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .compact-error .link-button {
    font-size: inherit;
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
    /* The caret is a triangle of borders, three transparent: forced colours painted all four, and
       open and closed looked alike. Its colour is the button's (a system colour there). */
    .toggle::after {
      forced-color-adjust: none;
    }
  }
`;
