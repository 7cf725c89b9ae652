/**
 * The contract's rules for a CV upload (CONTRACT.md §1 `POST /assignments/{id}/applications`):
 * PDF, DOCX or ODT, at most 5 MB, and the file must be what its name says — judged by its first
 * bytes, never by the browser's MIME type. One implementation for the form (before sending),
 * the mock backend and the reference server, so they refuse the same files.
 */
export const CV_MAX_BYTES = 5 * 1024 * 1024;
export const cvKinds = ['pdf', 'docx', 'odt'] as const;
export type CvKind = (typeof cvKinds)[number];

/** Media types to store a CV under, by kind. */
export const cvMediaTypes: Record<CvKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

/** How many leading bytes {@link cvSignatureMatches} needs. */
export const CV_HEAD_BYTES = 128;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": DOCX and ODT are ZIP packages
const ODT_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.text';

/** The CV kind a file name claims (`cv.PDF` → `pdf`), or null for anything else. */
export function cvKindOf(fileName: string): CvKind | null {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return (cvKinds as readonly string[]).includes(extension) ? (extension as CvKind) : null;
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** Whether the first bytes of a file are what its kind promises (a renamed `.exe` starts with "MZ"). */
export function cvSignatureMatches(kind: CvKind, head: Uint8Array): boolean {
  if (kind === 'pdf') return startsWith(head, PDF);
  if (!startsWith(head, ZIP)) return false;
  if (kind === 'docx') return true;
  // ODF requires an uncompressed "mimetype" entry first (ODF 1.2 part 3, §3.3); when a
  // packager put it there, it must say "text" (an .ods renamed to .odt is not a CV).
  const name = new TextDecoder('latin1').decode(head.subarray(30, 30 + ODT_MIMETYPE.length));
  return !name.startsWith('mimetype') || name === ODT_MIMETYPE;
}
