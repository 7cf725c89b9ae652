import { define } from '../../shared/define.js';
import { MarketplaceProvider } from './marketplace-provider.js';

define('marketplace-provider', MarketplaceProvider);

declare global {
  interface HTMLElementTagNameMap {
    'marketplace-provider': MarketplaceProvider;
  }
}
