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
    --_timeline: var(--flexschil-profile-card-timeline-color, var(--_primary));
    container-type: inline-size;
  }
  :host([variant='compact']) {
    --_photo-size: var(--flexschil-profile-card-photo-size, 64px);
    height: 100%;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    overflow-wrap: anywhere;
  }
  /* The name beside the photo where it has room for about twelve characters a line; else (320 px,
     200 % zoom) below it, at full width, instead of squeezed into a column beside it. */
  .identity {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
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
    font-weight: 700;
    font-size: calc(var(--_photo-size) * 0.36);
    line-height: 1;
    user-select: none;
  }
  .name {
    margin: 0;
    color: var(--_name);
    font-size: 1.35em;
    line-height: 1.25;
  }
  .compact .name {
    font-size: 1.15em;
  }
  .headline {
    margin: 0.15em 0 0;
    color: var(--_muted);
  }
  .badges,
  .tags,
  .link-list,
  .contact-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badges {
    color: var(--_badge);
  }
  .badge.kind,
  .badge.restricted {
    font-weight: 700;
  }
  .tags li {
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.9375em;
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
    gap: 0.15em;
  }
  .compact .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.35em;
  }
  .compact .facts dt {
    font-size: 1em;
  }
  .compact .facts dt::after {
    content: ':';
  }
  section {
    margin-block-start: 0.5em;
  }
  section > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.35em;
    font-size: 1.05em;
  }
  .bio {
    margin: 0;
    white-space: pre-line;
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_timeline);
  }
  .timeline li {
    position: relative;
    display: grid;
    padding: 0 0 0.75em 1em;
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
    font-weight: 600;
  }
  .timeline .period {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .link-list {
    gap: 0.5em 1.25em;
  }
  .contact-list {
    flex-direction: column;
    gap: 0.5em;
  }
  .contact-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .address {
    color: var(--_muted);
  }
  .actions {
    margin-block-start: auto;
  }
  ::slotted(*) {
    margin-block-start: 0.5em;
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
    margin: 0 0 0.5em;
  }
  @container (min-width: 36em) {
    .full .identity {
      gap: 1.25em;
    }
    .full .name {
      font-size: 1.6em;
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
