import { css } from 'lit';

/**
 * The public theming tokens and their defaults, in one place. Every element maps them onto
 * private `--_*` variables; element-specific tokens
 * (`--flexschil-<element>-<part>-<css-property>`) fall back to these. A municipality maps its
 * NL Design System tokens onto ours in one stylesheet.
 *
 * No `rem` anywhere: a host with `html { font-size: 62.5% }` must not shrink the widgets, so
 * sizes are `em` of the inherited font size or `px`.
 *
 * @cssprop [--flexschil-font-family=inherit] - Font of all text (inherits the host page's).
 * @cssprop [--flexschil-color-text=#1a1a1a] - Body text.
 * @cssprop [--flexschil-color-text-muted=#545454] - Secondary text (≥ 4.5:1 on the background).
 * @cssprop [--flexschil-color-background=#ffffff] - Surface of cards and dialogs.
 * @cssprop [--flexschil-color-surface=#f3f4f6] - Subtle panels, skeletons.
 * @cssprop [--flexschil-color-border=#6b6b6b] - Borders of controls (≥ 3:1).
 * @cssprop [--flexschil-color-primary=#00508c] - Links, primary buttons, accents.
 * @cssprop [--flexschil-color-primary-contrast=#ffffff] - Text on primary.
 * @cssprop [--flexschil-color-focus=#1a1a1a] - Focus ring.
 * @cssprop [--flexschil-color-error=#b3001b] - Error text and borders.
 * @cssprop [--flexschil-color-success=#1d6b35] - Success text and borders.
 * @cssprop [--flexschil-border-radius=4px] - Corner radius.
 * @cssprop [--flexschil-space=1em] - Base spacing unit.
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
    --_radius: var(--flexschil-border-radius, 4px);
    --_space: var(--flexschil-space, 1em);

    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Pieces every element shares: buttons, focus ring, visually hidden text, states. */
export const base = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
    color: var(--_primary);
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
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: var(--_bg);
    color: var(--_primary);
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
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .status {
    padding: var(--_space);
    border: 2px solid var(--_border);
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
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    line-height: 1.4;
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
