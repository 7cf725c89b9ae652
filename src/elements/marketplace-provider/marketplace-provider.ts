import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { TokenGetter } from '../../api/client.js';
import { type MarketplaceConfig, marketplaceContext } from '../../context/marketplace.js';

/**
 * Gives every Flexschil element inside it the backend to talk to and how to authenticate, so a
 * host page configures it once.
 *
 * @summary Configuration for the Flexschil elements it contains.
 * @tagname marketplace-provider
 * @slot - The Flexschil elements (and any other content) that use this configuration.
 */
export class MarketplaceProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the HTTP API, such as `https://api.example.nl/flexschil/v1`. */
  @property() endpoint: string | null = null;

  /** Whether requests send cookies: `omit` (default), `same-origin` or `include` (cookie sessions on intranets). */
  @property() credentials: RequestCredentials = 'omit';

  /** Link to the privacy statement that `apply-form` asks consent for. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | null = null;

  /** When set, every request carries `Authorization: Bearer <token>` with the token it resolves to. */
  @property({ attribute: false }) getToken: TokenGetter | null = null;

  /** @internal */
  @provide({ context: marketplaceContext })
  config: MarketplaceConfig = this.snapshot();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('credentials') || changed.has('privacyUrl') || changed.has('getToken')) {
      this.config = this.snapshot();
    }
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  private snapshot(): MarketplaceConfig {
    const credentials = (['omit', 'same-origin', 'include'] as const).includes(this.credentials as 'omit')
      ? this.credentials
      : 'omit';
    return { endpoint: this.endpoint, credentials, getToken: this.getToken, privacyUrl: this.privacyUrl };
  }
}
