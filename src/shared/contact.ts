import { html, type TemplateResult } from 'lit';

/** Contact details as shown, with the `mailto:`/`tel:` links that are safe to make of them. */
export interface ContactLinks {
  email: string | null;
  /** Only for a plain address: one that cannot add headers (`?bcc=`) or another scheme. */
  mailto: string | null;
  phone: string | null;
  /** Digits (and +) of the phone number, when it has any. */
  tel: string | null;
}

/**
 * No spaces, quotes, brackets or URL syntax (`?`, `#`, `%`) on either side of one `@`, and a
 * dotted domain: anything else is shown as text, never made into a link.
 */
const EMAIL = /^[^\s@<>"'()[\]\\,;:?#%]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** The contact details worth showing, or null when there are none. */
export function contactLinks(contact: { email?: string | null; phone?: string | null } | null | undefined): ContactLinks | null {
  const email = contact?.email?.trim() || null;
  const phone = contact?.phone?.trim() || null;
  if (!email && !phone) return null;
  const digits = phone?.replace(/[^\d+]/g, '') ?? '';
  return { email, mailto: email && EMAIL.test(email) ? `mailto:${email}` : null, phone, tel: /\d/.test(digits) ? `tel:${digits}` : null };
}

/** A link when there is a safe href, else the text. */
export function linkOr(text: string, href: string | null): TemplateResult | string {
  return href ? html`<a href=${href}>${text}</a>` : text;
}
