import { css } from 'lit';

/**
 * What replaces a form once it is sent (apply-form, session-list's sign-up): a box with a
 * receipt of what was sent. Reads `--_success-border`, which each of those elements maps from its
 * own token.
 */
export const sentStyles = css`
  /* It repeats what was typed (an e-mail address): a long word wraps at 320 px. */
  .success {
    max-width: 40em;
    padding: var(--_space);
    border: var(--_border-width-thick) solid var(--_success-border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .success :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 var(--_space-s);
    font-size: var(--_heading-size-m);
  }
  .receipt {
    display: grid;
    gap: var(--_space-xs);
    margin: 0 0 var(--_space);
  }
  /* Term and value side by side where they fit; where they do not (320 px, 200 % zoom) the value
     moves below its term whole, instead of being squeezed into a column a few characters wide. */
  .receipt div {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }
  .receipt dt {
    color: var(--_hint);
  }
  .receipt dd {
    min-width: 0;
    margin: 0;
    font-weight: var(--_weight-bold);
    /* Only a value longer than a whole line breaks, anywhere: no page-wide scrolling. */
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .success {
      border-color: CanvasText;
    }
  }
`;
