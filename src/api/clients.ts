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

/**
 * Empties every shared client's cache (tests; a host page that signs a user out). The clients
 * themselves stay: an element keyed to its client must not see a new one and load again.
 */
export function resetSharedClients(): void {
  for (const byToken of clients.values()) for (const client of byToken.values()) client.clearCache();
}
