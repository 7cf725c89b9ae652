/**
 * Reordering and removing the items of an editable list (a profile's experience, an
 * assignment's skills) with buttons: dragging alone is neither keyboard operable (WCAG 2.1.1)
 * nor a single-pointer action (WCAG 2.5.7 Dragging Movements). The element keeps its list and
 * moves focus; this module gives the pure moves and the buttons.
 */
import { css, html, type TemplateResult } from 'lit';
import { editing as messages } from '../i18n/editing.js';
import type { Lang } from '../i18n/lang.js';

/** A copy of `items` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= result.length) return result;
  const [item] = result.splice(from, 1);
  result.splice(Math.max(0, Math.min(to, result.length)), 0, item);
  return result;
}

/** A copy of `items` without the item at `index`. */
export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export interface ItemActions {
  lang: Lang;
  /** Position of the item (0-based) and the length of the list. */
  index: number;
  count: number;
  /** The item as a person knows it ("Ervaring 2: Projectleider"): added to each button's accessible name. */
  name: string;
  /** Prefix of the buttons' ids: `<prefix>-up`, `<prefix>-down`, `<prefix>-remove`, so focus can follow the item. */
  idPrefix: string;
  move: (to: number) => void;
  remove: () => void;
}

/**
 * "Omhoog", "Omlaag" and "Verwijder" for one item. Each accessible name starts with the visible
 * text (WCAG 2.5.3 Label in Name) and names the item, so a list of buttons read out of context
 * still says which item each one moves. Up is disabled for the first item, down for the last.
 */
export function itemActions(o: ItemActions): TemplateResult {
  const t = messages[o.lang];
  // The whole name in one hidden text: a visible label beside a hidden ": …" is read "Omhoog : …"
  // (Chromium puts a space around an out-of-flow span).
  const named = (label: string) => html`<span aria-hidden="true">${label}</span><span class="visually-hidden">${label}: ${o.name}</span>`;
  return html`<div class="item-actions">
    <button type="button" class="button secondary small" id="${o.idPrefix}-up" ?disabled=${o.index === 0} @click=${() => o.move(o.index - 1)}>
      ${named(t.moveUp)}
    </button>
    <button
      type="button"
      class="button secondary small"
      id="${o.idPrefix}-down"
      ?disabled=${o.index >= o.count - 1}
      @click=${() => o.move(o.index + 1)}
    >
      ${named(t.moveDown)}
    </button>
    <button type="button" class="button secondary small" id="${o.idPrefix}-remove" @click=${o.remove}>${named(t.remove)}</button>
  </div>`;
}

/** What a person hears after a move or a removal (a polite live region says it). */
export function movedText(lang: Lang, name: string, position: number, count: number): string {
  return messages[lang].moved(name, position + 1, count);
}

export function removedText(lang: Lang, name: string): string {
  return messages[lang].removed(name);
}

export const itemListStyles = css`
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .button.small {
    min-height: 44px;
    padding: var(--_space-xs) var(--_space-m);
    font-weight: var(--_weight-normal);
  }
  .button[disabled] {
    opacity: 0.5;
  }
`;
