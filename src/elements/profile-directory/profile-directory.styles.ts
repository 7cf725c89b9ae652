import { css } from 'lit';

/** Documented as `@cssprop` on the class (custom-elements.json is generated from there). */
export const styles = css`
  :host {
    --_card-min: var(--flexschil-profile-directory-card-min-width, 16em);
    --_gap: var(--flexschil-profile-directory-gap, var(--_space));
  }
  .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_gap);
  }
  .cards > li {
    display: grid;
    min-width: 0;
  }
  .skeletons {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
  }
  .skeleton-card {
    height: 15em;
  }
  .view {
    min-height: 44px;
  }
  .filters input[type='date'] {
    min-height: 44px;
    padding: calc(var(--_space) * 0.3) var(--_space-s);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-width: 100%;
  }
  .dialog-header.dialog-close {
    justify-content: flex-end;
    padding-block: var(--_space-s);
  }
  .dialog-body profile-card {
    --flexschil-profile-card-border-color: transparent;
    --flexschil-profile-card-padding: 0;
  }
  /* Forced colours draw the card's border all the same: then it keeps its padding, so the text
     does not touch that line. */
  @media (forced-colors: active) {
    .dialog-body profile-card {
      --flexschil-profile-card-padding: var(--_space);
    }
  }
`;
