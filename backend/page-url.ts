/** The host's pages that mails and the feed link to, checked once, wherever the options come from. */

/**
 * A page of the host's site that mails and the feed link to (`inboxUrl`, `sessionsUrl`,
 * `boardUrl`): an absolute http(s) URL, `{id}` allowed; anything else stops the start, naming
 * `name` (the option, or the environment variable it came from).
 */
export function checkPageUrl(name: string, value: string): string {
  let protocol = '';
  try {
    protocol = new URL(value.replaceAll('{id}', 'id')).protocol;
  } catch {
    // not a URL at all
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`${name} must be an absolute http(s) URL of a page; got "${value}"`);
  return value;
}

/** Every page option given, checked by {@link checkPageUrl}. */
export function checkPageUrls(options: { inboxUrl?: string | null; sessionsUrl?: string | null; boardUrl?: string | null; boardUrlEn?: string | null }): void {
  for (const name of ['inboxUrl', 'sessionsUrl', 'boardUrl', 'boardUrlEn'] as const) {
    const value = options[name];
    if (value) checkPageUrl(name, value);
  }
}
