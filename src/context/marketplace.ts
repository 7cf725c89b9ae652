import { createContext } from '@lit/context';
import type { TokenGetter } from '../api/client.js';

/** What `<marketplace-provider>` gives every Flexschil element below it. */
export interface MarketplaceConfig {
  endpoint: string | null;
  credentials: RequestCredentials;
  getToken: TokenGetter | null;
  privacyUrl: string | null;
}

export const marketplaceContext = createContext<MarketplaceConfig>(Symbol.for('flexschil.marketplace'));
