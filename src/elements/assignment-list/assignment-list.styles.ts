import { css } from 'lit';

/** Documented as `@cssprop` on the class (custom-elements.json is generated from there). */
export const styles = css`
  :host {
    --_card-bg: var(--flexschil-assignment-list-card-background-color, var(--_bg));
    --_card-border: var(--flexschil-assignment-list-card-border-color, var(--_border));
    --_card-padding: var(--flexschil-assignment-list-card-padding, var(--_space));
    --_card-title: var(--flexschil-assignment-list-card-title-color, var(--_primary));
    --_badge: var(--flexschil-assignment-list-badge-color, var(--_text));
    /* On each badge too, before the shared badge colour: a theme sets that one, and the element's own gave way to it. */
    --_badge-color: var(--flexschil-assignment-list-badge-color, var(--flexschil-badge-color, currentColor));
    --_soon: var(--flexschil-assignment-list-closing-soon-color, var(--_error));
  }
  /* What the hours search left out: said in words right under the fields, in the error colour. */
  .filters #hours-note {
    margin: 0;
    color: var(--_error);
    font-weight: var(--_weight-bold);
  }
  .card {
    position: relative;
    padding: var(--_card-padding);
    border: var(--_border-width-thin) solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    overflow-wrap: anywhere;
  }
  .card-title {
    margin: 0 0 var(--_space-xs);
    font-size: var(--_heading-size-s);
    line-height: var(--_heading-line-height);
    hyphens: auto;
    overflow-wrap: break-word;
  }
  .card-title a,
  .card-title button {
    color: var(--_card-title);
    text-decoration: underline;
    text-underline-offset: var(--_underline-offset);
    font: inherit;
    font-weight: var(--_weight-bold);
    text-align: start;
    /* A word longer than the card is wide (text at 200 % on a phone) breaks rather than sticks out. */
    max-width: 100%;
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
  }
  .organisation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
    color: var(--_muted);
  }
  /* Height fixed so a logo that loads late moves nothing down (CLS); any aspect ratio fits. */
  .logo {
    height: 1.75em;
    width: auto;
    max-width: 6em;
    object-fit: contain;
    flex: none;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.35);
    margin: var(--_space-s) 0;
    padding: 0;
    list-style: none;
    color: var(--_badge);
  }
  .badge.internal {
    font-weight: var(--_weight-bold);
  }
  .summary {
    margin: var(--_space-s) 0 0;
  }
  .facts {
    margin: var(--_space-s) 0 0;
  }
  .soon {
    color: var(--_soon);
    font-weight: var(--_weight-bold);
  }
  .skeleton-card {
    height: 11.5em;
  }
  .description :is(h2, h3, h4, h5, h6) {
    font-size: var(--_heading-size-xs);
  }
  .skills {
    padding-inline-start: calc(var(--_space) * 1.25);
  }
  /* E-mail and phone, each a link on a line of its own: 24 px apart at least (WCAG 2.5.8). */
  .contact a {
    display: inline-block;
    min-height: 24px;
  }
  .apply {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: var(--_border-width-thin) solid var(--_border);
  }
  .match {
    margin-block-start: var(--_space-s);
  }
  .session {
    margin: var(--_space-s) 0 0;
    overflow-wrap: break-word;
  }
`;
