import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { TokenGetter } from '../../api/client.js';
import { hostUrl } from '../../api/url.js';
import { type MarketplaceConfig, marketplaceContext } from '../../context/marketplace.js';

/** Where a framework that did not know our properties wrote `getToken` as an attribute. */
const tokenAttributes = ['gettoken', 'get-token'];

/**
 * Gives every Flexschil element inside it the backend to talk to and how to authenticate, so a
 * host page configures it once.
 *
 * Properties set before the tag was defined (React, Vue and plain scripts that run before the
 * bundle has loaded) are taken over when it is. `getToken` is a function and can only be a
 * property (Vue: `:get-token.prop="fn"`); a `gettoken` attribute, what Vue writes without `.prop`,
 * is reported in the console.
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

  /**
   * Link to the privacy statement that `apply-form` asks consent for; relative URLs
   * (`/privacy`) are resolved against the page, as an `href` would be.
   */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | null = null;

  /** When set, every request carries `Authorization: Bearer <token>` with the token it resolves to. */
  @property({ attribute: false }) getToken: TokenGetter | null = null;

  /**
   * Vue's `:get-token.prop="fn"` sets the property under its kebab-case name (Vue camelizes only
   * with `.camel`), in every kind of template: the same function, under that name too.
   * @internal
   */
  get 'get-token'(): TokenGetter | null {
    return this.getToken;
  }
  /** @internal */
  set 'get-token'(value: TokenGetter | null) {
    this.getToken = value;
  }

  /** @internal */
  @provide({ context: marketplaceContext })
  config: MarketplaceConfig = this.snapshot();

  constructor() {
    super();
    // Set before the tag was defined, `get-token` is an own property that hides the accessor.
    if (Object.hasOwn(this, 'get-token')) {
      const value = (this as { 'get-token'?: TokenGetter | null })['get-token'] ?? null;
      delete (this as { 'get-token'?: unknown })['get-token'];
      this.getToken = value;
    }
  }

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `super` must run Lit's getter for this class.
    return [...super.observedAttributes, ...tokenAttributes];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (tokenAttributes.includes(name) && value !== null) {
      console.error(
        `[flexschil] <marketplace-provider> got getToken as the attribute "${name}", so requests go out without a token. ` +
          'Set it as a property: Vue `:get-token.prop="fn"`, React `<MarketplaceProvider getToken={fn}>` ' +
          "from 'flexschil/react', plain JavaScript `provider.getToken = fn`.",
      );
    }
  }

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
    // The host gave this URL, so a relative one is fine; backend URLs stay absolute-only.
    return { endpoint: this.endpoint, credentials, getToken: this.getToken, privacyUrl: hostUrl(this.privacyUrl) };
  }
}
