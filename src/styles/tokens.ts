import { css } from 'lit';

/**
 * The public theming tokens and their defaults, in one place, in two levels (STYLE.md): system
 * tokens (`--flexschil-color-*`, `--flexschil-font-*`, `--flexschil-space-*`,
 * `--flexschil-border-*`, `--flexschil-focus-outline-*`) and the tokens of the pieces every element
 * shares (`--flexschil-button-*`, `--flexschil-link-*`, `--flexschil-badge-*`,
 * `--flexschil-heading-*`, `--flexschil-dialog-*`), which fall back to the system tokens.
 * Element tokens (`--flexschil-<element>-<part>-<css-property>`) fall back to these. Every
 * element maps them onto private `--_*` variables here, on `:host`, and its rules read only those
 * (test/tokens.test.ts checks that every colour, font, size, border, radius, spacing and focus
 * declaration does). A municipality maps its NL Design System tokens onto ours in one stylesheet.
 *
 * They are documented as `@cssprop` on FlexschilElement (src/shared/flexschil-element.ts), from
 * where custom-elements.json lists them for every element.
 *
 * No `rem` anywhere: a host with `html { font-size: 62.5% }` must not shrink the widgets, so
 * sizes are `em` of the inherited font size or `px`. Spacing steps are fractions of
 * `--flexschil-space`, so one token scales them all.
 */
export const tokens = css`
  :host {
    --_font: var(--flexschil-font-family, inherit);
    --_text: var(--flexschil-color-text, #1a1a1a);
    --_muted: var(--flexschil-color-text-muted, #545454);
    --_bg: var(--flexschil-color-background, #ffffff);
    --_surface: var(--flexschil-color-surface, #f3f4f6);
    --_border: var(--flexschil-color-border, #6b6b6b);
    --_primary: var(--flexschil-color-primary, #00508c);
    --_on-primary: var(--flexschil-color-primary-contrast, #ffffff);
    --_focus: var(--flexschil-color-focus, #1a1a1a);
    --_error: var(--flexschil-color-error, #b3001b);
    --_success: var(--flexschil-color-success, #1d6b35);

    --_font-size-small: var(--flexschil-font-size-small, 0.875em);
    --_weight-normal: var(--flexschil-font-weight-normal, 400);
    --_weight-semibold: var(--flexschil-font-weight-semibold, 600);
    --_weight-bold: var(--flexschil-font-weight-bold, 700);
    --_line-height: var(--flexschil-line-height, 1.5);

    --_radius: var(--flexschil-border-radius, 4px);
    --_border-width-thin: var(--flexschil-border-width-thin, 1px);
    --_border-width: var(--flexschil-border-width, 2px);
    --_border-width-thick: var(--flexschil-border-width-thick, 4px);

    --_space: var(--flexschil-space, 1em);
    --_space-xs: var(--flexschil-space-xs, calc(var(--_space) * 0.25));
    --_space-s: var(--flexschil-space-s, calc(var(--_space) * 0.5));
    --_space-m: var(--flexschil-space-m, calc(var(--_space) * 0.75));

    --_focus-width: var(--flexschil-focus-outline-width, 3px);
    --_focus-style: var(--flexschil-focus-outline-style, solid);
    --_focus-offset: var(--flexschil-focus-outline-offset, 2px);

    /* Headings: family, weight and colour of h1-h6, and the sizes the elements give them by role. */
    --_heading-font: var(--flexschil-heading-font-family, var(--_font));
    --_heading-weight: var(--flexschil-heading-font-weight, var(--_weight-bold));
    --_heading-color: var(--flexschil-heading-color, currentColor);
    --_heading-line-height: var(--flexschil-heading-line-height, 1.3);
    --_heading-size-xs: var(--flexschil-heading-font-size-xs, 1.05em);
    --_heading-size-s: var(--flexschil-heading-font-size-s, 1.15em);
    --_heading-size-m: var(--flexschil-heading-font-size-m, 1.2em);
    --_heading-size-l: var(--flexschil-heading-font-size-l, 1.25em);
    --_heading-size-xl: var(--flexschil-heading-font-size-xl, 1.35em);

    --_link: var(--flexschil-link-color, var(--_primary));
    --_link-hover: var(--flexschil-link-hover-color, var(--_link));
    --_underline-offset: var(--flexschil-link-text-underline-offset, 0.15em);

    --_button-padding-block: var(--flexschil-button-padding-block, var(--_space-s));
    --_button-padding-inline: var(--flexschil-button-padding-inline, var(--_space));
    --_button-weight: var(--flexschil-button-font-weight, var(--_weight-semibold));
    --_button-border-width: var(--flexschil-button-border-width, var(--_border-width));
    --_button-radius: var(--flexschil-button-border-radius, var(--_radius));
    --_button-bg: var(--flexschil-button-primary-background-color, var(--_primary));
    --_button-color: var(--flexschil-button-primary-color, var(--_on-primary));
    --_button-border: var(--flexschil-button-primary-border-color, var(--_button-bg));
    --_button-hover-bg: var(--flexschil-button-primary-hover-background-color, var(--_button-bg));
    --_button-hover-color: var(--flexschil-button-primary-hover-color, var(--_button-color));
    --_button-hover-border: var(--flexschil-button-primary-hover-border-color, var(--_button-border));
    --_button-secondary-bg: var(--flexschil-button-secondary-background-color, var(--_bg));
    --_button-secondary-color: var(--flexschil-button-secondary-color, var(--_primary));
    --_button-secondary-border: var(--flexschil-button-secondary-border-color, var(--_primary));
    --_button-secondary-hover-bg: var(--flexschil-button-secondary-hover-background-color, var(--_button-secondary-bg));
    --_button-secondary-hover-color: var(--flexschil-button-secondary-hover-color, var(--_button-secondary-color));

    --_badge-bg: var(--flexschil-badge-background-color, transparent);
    --_badge-color: var(--flexschil-badge-color, currentColor);
    --_badge-border-color: var(--flexschil-badge-border-color, currentColor);
    --_badge-border-width: var(--flexschil-badge-border-width, var(--_border-width-thin));
    --_badge-radius: var(--flexschil-badge-border-radius, 999px);
    --_badge-padding-block: var(--flexschil-badge-padding-block, calc(var(--_space) * 0.1));
    --_badge-padding-inline: var(--flexschil-badge-padding-inline, var(--_space-s));
    --_badge-size: var(--flexschil-badge-font-size, var(--_font-size-small));
    --_badge-line-height: var(--flexschil-badge-line-height, 1.4);

    --_dialog-shadow: var(--flexschil-dialog-box-shadow, 0 1em 3em rgb(0 0 0 / 35%));
    --_backdrop: var(--flexschil-dialog-backdrop-color, rgb(0 0 0 / 55%));

    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: var(--_line-height);
    /* A word longer than its line is wide (text at 200 % on a phone) breaks rather than sticks out. */
    overflow-wrap: break-word;
  }
  /* A host page's universal rules (a CMS's "* { font-family: inherit }") reach the element
     itself and beat ":host": what the shadow tree would inherit from it is set again on its
     top level (without weight: every rule of an element wins), and box sizing on every box.
     So is the rest of what text inherits, which a CMS's block around the widget sets (centred,
     capitals, spaced, on one line). */
  :where(:host > *) {
    font-family: var(--_font);
    color: var(--_text);
    line-height: var(--_line-height);
    overflow-wrap: break-word;
    font-style: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }
  :host,
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
`;

/** Pieces every element shares: buttons, focus ring, visually hidden text, states. */
export const base = css`
  :focus-visible {
    outline: var(--_focus-width) var(--_focus-style) var(--_focus);
    outline-offset: var(--_focus-offset);
  }
  /* Only what the browser's own heading style leaves open; sizes and margins stay with each element. */
  :is(h1, h2, h3, h4, h5, h6) {
    font-family: var(--_heading-font);
    font-weight: var(--_heading-weight);
    color: var(--_heading-color);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_link);
  }
  /*
   * Hover swaps the variables, not the properties: an element rule that sets a link's or a
   * button's colour itself (a card title, a danger button) keeps it.
   */
  a:hover,
  .link-button:hover {
    --_link: var(--_link-hover);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    max-width: 100%;
    overflow-wrap: anywhere;
    align-items: center;
    gap: calc(var(--_space) * 0.4);
    min-height: 44px;
    padding: var(--_button-padding-block) var(--_button-padding-inline);
    border: var(--_button-border-width) solid var(--_button-border);
    border-radius: var(--_button-radius);
    background: var(--_button-bg);
    color: var(--_button-color);
    font-weight: var(--_button-weight);
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    --_button-bg: var(--_button-secondary-bg);
    --_button-color: var(--_button-secondary-color);
    --_button-border: var(--_button-secondary-border);
  }
  .button:hover:not([disabled], [aria-disabled='true']) {
    --_button-bg: var(--_button-hover-bg);
    --_button-color: var(--_button-hover-color);
    --_button-border: var(--_button-hover-border);
  }
  .button.secondary:hover:not([disabled], [aria-disabled='true']) {
    --_button-bg: var(--_button-secondary-hover-bg);
    --_button-color: var(--_button-secondary-hover-color);
    --_button-border: var(--_button-secondary-border);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: not-allowed;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .status {
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .status.error {
    border-color: var(--_error);
  }
  .status > :first-child {
    margin-top: 0;
  }
  .skeleton {
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  .badge {
    display: inline-block;
    padding: var(--_badge-padding-block) var(--_badge-padding-inline);
    border: var(--_badge-border-width) solid var(--_badge-border-color);
    border-radius: var(--_badge-radius);
    background: var(--_badge-bg);
    color: var(--_badge-color);
    font-size: var(--_badge-size);
    line-height: var(--_badge-line-height);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .skeleton {
      background: GrayText;
    }
    .status {
      border-color: CanvasText;
    }
  }
`;
