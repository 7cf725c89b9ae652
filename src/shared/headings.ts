import { unsafeStatic } from 'lit/static-html.js';

/** A `heading-level` attribute as a valid heading level (1–6; 2 when it is not a number). */
export function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.trunc(level) || 2));
}

/** The heading tag for a level, for `staticHtml` templates: `<${headingTag(3)}>…</${headingTag(3)}>`. */
export function headingTag(level: number): ReturnType<typeof unsafeStatic> {
  return unsafeStatic(`h${clampLevel(level)}`);
}
