/**
 * CSV as Dutch Excel opens it without an import wizard: UTF-8 with a byte order mark (else
 * Excel reads it as Windows-1252), `;` between fields (Dutch Excel's list separator, since the
 * comma is its decimal sign), decimal commas, CRLF line ends (RFC 4180), and quotes where a
 * field needs them. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * CR) get a leading apostrophe (OWASP "CSV injection"): applicants write these texts. A text of
 * digits that Excel would read as a number and change (a KvK number or a phone number with a
 * leading zero, `01234567` shown as 1234567; twelve digits or more shown as 1,23457E+11) is
 * written as the text formula `="01234567"`, which Excel and LibreOffice show as typed; so is a
 * phone number in its international form (`+31 6 1234 5678`), which the apostrophe against
 * formulas would otherwise stand in front of, visibly, after an import.
 */
export type Cell = string | number | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (typeof value === 'string' && /^(0\d+|\d{12,}|\+\d[\d ()-]{6,})$/.test(text)) return `="${text}"`;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

const dutchClock = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' });

/**
 * An instant as a cell Dutch Excel reads as a date and time (`05-12-2026 00:26`, Dutch time), so a
 * column of them sorts by time. `Intl`'s own short style puts a comma after the date, which makes
 * the cell text that sorts by the day of the month.
 */
export function csvDateTime(instant: string): string {
  const part = Object.fromEntries(dutchClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${part.day}-${part.month}-${part.year} ${part.hour}:${part.minute}`;
}
