/**
 * A file name as the widgets and the server hand it on: without control characters, and without
 * the marks and controls of direction, with which "cv\u202Efdp.exe" shows as "cvexe.pdf" (a
 * program dressed as a PDF), its spaces collapsed.
 */
export function cleanFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}
