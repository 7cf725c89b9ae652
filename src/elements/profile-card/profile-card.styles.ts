import { css } from 'lit';

/** Documented as `@cssprop` on the class (custom-elements.json is generated from there). */
export const styles = css`
  :host {
    --_card-bg: var(--flexschil-profile-card-background-color, var(--_bg));
    --_card-border: var(--flexschil-profile-card-border-color, var(--_border));
    --_card-padding: var(--flexschil-profile-card-padding, var(--_space));
    --_name: var(--flexschil-profile-card-name-color, var(--_text));
    --_photo-size: var(--flexschil-profile-card-photo-size, 96px);
    --_photo-bg: var(--flexschil-profile-card-photo-background-color, var(--_primary));
    --_photo-color: var(--flexschil-profile-card-photo-color, var(--_on-primary));
    --_badge: var(--flexschil-profile-card-badge-color, var(--_text));
    /* On each badge too, before the shared badge colour: a theme sets that one, and the element's own gave way to it. */
    --_badge-color: var(--flexschil-profile-card-badge-color, var(--flexschil-badge-color, currentColor));
    --_timeline: var(--flexschil-profile-card-timeline-color, var(--_primary));
    --_name-line-height: var(--flexschil-profile-card-name-line-height, 1.25);
    --_name-size-wide: var(--flexschil-profile-card-name-font-size-wide, 1.6em);
    --_tag-size: var(--flexschil-profile-card-tag-font-size, 0.9375em);
    container-type: inline-size;
  }
  :host([variant='compact']) {
    --_photo-size: var(--flexschil-profile-card-photo-size, 64px);
    height: 100%;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    height: 100%;
    padding: var(--_card-padding);
    border: var(--_border-width-thin) solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    overflow-wrap: anywhere;
  }
  /* The name beside the photo where it has room for about twelve characters a line; else (320 px,
     200 % zoom) below it, at full width, instead of squeezed into a column beside it. */
  .identity {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: center;
  }
  .who {
    flex: 1 1 12em;
    min-width: 0;
  }
  .photo {
    flex: none;
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    background: var(--_photo-bg);
    color: var(--_photo-color);
    font-weight: var(--_weight-bold);
    font-size: calc(var(--_photo-size) * 0.36);
    line-height: 1;
    user-select: none;
  }
  .name {
    margin: 0;
    color: var(--_name);
    font-size: var(--_heading-size-xl);
    line-height: var(--_name-line-height);
  }
  .compact .name {
    font-size: var(--_heading-size-s);
  }
  .headline {
    margin: calc(var(--_space) * 0.15) 0 0;
    color: var(--_muted);
  }
  .badges,
  .tags,
  .link-list,
  .contact-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.35);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badges {
    color: var(--_badge);
  }
  .badge.kind,
  .badge.restricted {
    font-weight: var(--_weight-bold);
  }
  .tags li {
    padding: calc(var(--_space) * 0.1) var(--_space-s);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: var(--_tag-size);
  }
  .tags li.more {
    background: none;
    color: var(--_muted);
  }
  .facts {
    --_facts-column: 12em;
  }
  /* A tile reads each fact on one line: "Regio: West-Brabant". */
  .compact .facts {
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 0.15);
  }
  .compact .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 0.35);
  }
  .compact .facts dt {
    font-size: inherit;
  }
  .compact .facts dt::after {
    content: ':';
  }
  section {
    margin-block-start: var(--_space-s);
  }
  section > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 calc(var(--_space) * 0.35);
    font-size: var(--_heading-size-xs);
  }
  .bio {
    margin: 0;
    white-space: pre-line;
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
    border-inline-start: var(--_border-width) solid var(--_timeline);
  }
  .timeline li {
    position: relative;
    display: grid;
    padding: 0 0 var(--_space-m) var(--_space);
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.375em - 1px);
    top: 0.45em;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_timeline);
  }
  .timeline .role {
    font-weight: var(--_weight-semibold);
  }
  .timeline .period {
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .link-list {
    gap: var(--_space-s) calc(var(--_space) * 1.25);
  }
  /* A link a list item (cv, portfolio, LinkedIn, e-mail): 24 px high at least (WCAG 2.5.8). */
  .link-list a,
  .contact-list a {
    display: inline-block;
    min-height: 24px;
  }
  .contact-list {
    flex-direction: column;
    gap: var(--_space-s);
  }
  .contact-list li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .address {
    color: var(--_muted);
  }
  .actions {
    margin-block-start: auto;
  }
  ::slotted(*) {
    margin-block-start: var(--_space-s);
  }
  .skeletons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton-card {
    height: 24em;
  }
  .skeleton-card.compact {
    height: 13em;
  }
  .status p {
    margin: 0 0 var(--_space-s);
  }
  @container (min-width: 36em) {
    .full .identity {
      gap: calc(var(--_space) * 1.25);
    }
    .full .name {
      font-size: var(--_name-size-wide);
    }
  }
  @media (forced-colors: active) {
    .initials,
    .timeline li::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .timeline {
      border-color: CanvasText;
    }
    .card {
      border-color: CanvasText;
    }
  }
`;
