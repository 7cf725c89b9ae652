import { css } from 'lit';

/** Documented as `@cssprop` on the class (custom-elements.json is generated from there). */
export const styles = css`
  :host {
    --_card-bg: var(--flexschil-assignment-list-card-background-color, var(--_bg));
    --_card-border: var(--flexschil-assignment-list-card-border-color, var(--_border));
    --_card-padding: var(--flexschil-assignment-list-card-padding, var(--_space));
    --_card-title: var(--flexschil-assignment-list-card-title-color, var(--_primary));
    --_badge: var(--flexschil-assignment-list-badge-color, var(--_text));
    --_soon: var(--flexschil-assignment-list-closing-soon-color, var(--_error));
  }
  .card {
    position: relative;
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  .card-title {
    margin: 0 0 0.25em;
    font-size: 1.15em;
    line-height: 1.3;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  .card-title a,
  .card-title button {
    color: var(--_card-title);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font: inherit;
    font-weight: 700;
    text-align: start;
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
  }
  .organisation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
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
    gap: 0.35em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
    color: var(--_badge);
  }
  .badge.internal {
    font-weight: 700;
  }
  .summary {
    margin: 0.5em 0 0;
  }
  .facts {
    margin: 0.5em 0 0;
  }
  .soon {
    color: var(--_soon);
    font-weight: 700;
  }
  .skeleton-card {
    height: 11.5em;
  }
  .description :is(h2, h3, h4, h5, h6) {
    font-size: 1.05em;
  }
  .skills {
    padding-inline-start: 1.25em;
  }
  .apply {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .match {
    margin-block-start: 0.5em;
  }
  .session {
    margin: 0.5em 0 0;
    overflow-wrap: break-word;
  }
`;
