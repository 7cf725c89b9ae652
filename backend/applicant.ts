/**
 * Who is the same applicant: the same e-mail address, whatever its case or the spaces around it
 * (`Anne@Example.nl ` is `anne@example.nl`). The stores compare `lower(trim(email))` with this.
 */
export function applicantKey(email: string): string {
  return email.trim().toLowerCase();
}
