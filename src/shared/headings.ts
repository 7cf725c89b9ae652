import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** A `heading-level` attribute as a valid heading level (1–6; 2 when it is not a number). */
export function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.trunc(level) || 2));
}

/** The heading tag for a level, for `staticHtml` templates: `<${headingTag(3)}>…</${headingTag(3)}>`. */
export function headingTag(level: number): ReturnType<typeof unsafeStatic> {
  return unsafeStatic(`h${clampLevel(level)}`);
}

/** A heading of a level (clamped), with an optional id, class, and `tabindex="-1"` when focus is moved to it. */
export function heading(level: number, content: unknown, attributes: { id?: string; className?: string; focusable?: boolean } = {}): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} id=${attributes.id ?? nothing} class=${attributes.className ?? nothing} tabindex=${attributes.focusable ? '-1' : nothing}>${content}</${tag}>`;
}
