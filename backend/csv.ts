/**
 * CSV as Dutch Excel opens it without an import wizard: UTF-8 with a byte order mark (else
 * Excel reads it as Windows-1252), `;` between fields (Dutch Excel's list separator, since the
 * comma is its decimal sign), decimal commas, CRLF line ends (RFC 4180), and quotes where a
 * field needs them. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * CR) get a leading apostrophe (OWASP "CSV injection"): applicants write these texts. A text of
 * digits that Excel would read as a number and change (a KvK number or a phone number with a
 * leading zero, `01234567` shown as 1234567; twelve digits or more shown as 1,23457E+11) is
 * written as the text formula `="01234567"`, which Excel and LibreOffice show as typed.
 */
export type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (typeof value === 'string' && /^(0\d+|\d{12,})$/.test(text)) return `="${text}"`;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
