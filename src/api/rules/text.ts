/**
 * Rules for free text, shared by every form, the mock and the reference server.
 *
 * Control characters are refused at the edge: PostgreSQL refuses NUL in text (a 500 before
 * this rule), and the others are invisible and never typed on purpose. Tabs and line breaks
 * are allowed only where text may span lines (a motivation, a bio).
 */
// C0 controls and DEL; \t \n \r are checked separately for single-line text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** Whether text holds characters no person types: NUL, other controls, and (single-line) breaks. */
export function hasControlCharacters(text: string, { multiline = false } = {}): boolean {
  return CONTROL.test(text) || (!multiline && LINE_BREAK_OR_TAB.test(text));
}

/**
 * Length as every side counts it: the trimmed text's UTF-16 length, so the form's counter and
 * the backend's 400 never disagree; leading or trailing blank lines do not count.
 */
export function characterCount(text: string): number {
  return text.trim().length;
}
