import { ClientCore, type TokenGetter } from './core.js';

/**
 * One client per configuration, shared by every element on the page, so identical requests
 * from several elements are made once and share one cache.
 */
const clients = new Map<string, Map<TokenGetter | null, ClientCore>>();

export function sharedClient(endpoint: string, credentials: RequestCredentials, getToken: TokenGetter | null): ClientCore {
  const key = `${credentials} ${endpoint}`;
  const byToken = clients.get(key) ?? new Map<TokenGetter | null, ClientCore>();
  clients.set(key, byToken);
  const client = byToken.get(getToken) ?? new ClientCore({ endpoint, credentials, getToken });
  byToken.set(getToken, client);
  return client;
}

/** What a provider gives an element to ask with (src/context/marketplace.ts). */
export interface ClientConfig {
  endpoint: string | null;
  credentials: RequestCredentials;
  getToken: TokenGetter | null;
}

/**
 * The client an element asks with: its own `endpoint`, else the provider's. The provider's
 * credentials (its `getToken`, its `credentials`) are for the provider's backend: an element
 * whose own endpoint is on another origin asks that one without them, so an intranet's token
 * never goes to a widget pointed elsewhere (a CMS snippet, a typo). A provider without an
 * endpoint leaves the elements' endpoints as the only ones its credentials can be meant for.
 */
export function clientFor(own: string | null | undefined, config: ClientConfig | undefined): ClientCore | null {
  const endpoint = own || config?.endpoint;
  if (!endpoint) return null;
  const trusted = config && (!own || !config.endpoint || originOf(own) === originOf(config.endpoint));
  return trusted ? sharedClient(endpoint, config.credentials, config.getToken) : sharedClient(endpoint, 'omit', null);
}

/** An endpoint's origin, relative ones against the page; null for one that is no URL (its requests fail anyway). */
function originOf(endpoint: string): string | null {
  try {
    return new URL(endpoint, document.baseURI).origin;
  } catch {
    return null;
  }
}

/**
 * Empties every shared client's cache (tests; a host page that signs a user out). The clients
 * themselves stay: an element keyed to its client must not see a new one and load again.
 */
export function resetSharedClients(): void {
  for (const byToken of clients.values()) for (const client of byToken.values()) client.clearCache();
}
