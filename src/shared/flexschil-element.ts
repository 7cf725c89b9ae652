import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FlexschilClient } from '../api/client.js';
import { sharedClient } from '../api/clients.js';
import { FlexschilError, isAbortError, toFlexschilError } from '../api/errors.js';
import { type MarketplaceConfig, marketplaceContext } from '../context/marketplace.js';
import { type Lang, langOf } from '../i18n/lang.js';
import { emit } from './events.js';

export type DataState = 'loading' | 'empty' | 'error' | 'ready';

const languageWatchers = new Set<FlexschilElement>();
let languageObserver: MutationObserver | null = null;

/**
 * What every data element shares: the backend from `<marketplace-provider>` or its own
 * `endpoint`, the UI language, and its state exposed to CSS as `:state(loading|empty|error|ready)`.
 *
 * @attr {'nl' | 'en'} lang - UI language: `nl` (default) or `en` (`en-GB` and the like count as `en`). Without it the nearest `lang` of an ancestor counts, across shadow roots, then the document's.
 *
 * @cssstate loading - Data is being loaded (also `data-state="loading"`).
 * @cssstate empty - Loaded, and nothing matches (also `data-state="empty"`).
 * @cssstate error - Loading failed; a message with a retry is shown (also `data-state="error"`).
 * @cssstate ready - Loaded and shown (also `data-state="ready"`).
 *
 * @cssprop [--flexschil-font-family=inherit] - Font of all text (inherits the host page's).
 * @cssprop [--flexschil-color-text=#1a1a1a] - Body text.
 * @cssprop [--flexschil-color-text-muted=#545454] - Secondary text (≥ 4.5:1 on the background).
 * @cssprop [--flexschil-color-background=#ffffff] - Surface of cards and dialogs.
 * @cssprop [--flexschil-color-surface=#f3f4f6] - Subtle panels, skeletons.
 * @cssprop [--flexschil-color-border=#6b6b6b] - Borders of controls (≥ 3:1).
 * @cssprop [--flexschil-color-primary=#00508c] - Links, primary buttons, accents.
 * @cssprop [--flexschil-color-primary-contrast=#ffffff] - Text on primary.
 * @cssprop [--flexschil-color-focus=#1a1a1a] - Focus ring.
 * @cssprop [--flexschil-color-error=#b3001b] - Error text and borders.
 * @cssprop [--flexschil-color-success=#1d6b35] - Success text and borders.
 * @cssprop [--flexschil-border-radius=4px] - Corner radius.
 * @cssprop [--flexschil-space=1em] - Base spacing unit.
 */
export class FlexschilElement extends LitElement {
  /** Base URL of the HTTP API; overrides the one from `marketplace-provider`. */
  @property() endpoint: string | null = null;

  /** @internal */
  @consume({ context: marketplaceContext, subscribe: true })
  @state()
  protected config?: MarketplaceConfig;

  /** @internal */
  @state() protected lang_: Lang = 'nl';

  #internals: ElementInternals | null = null;
  #state: DataState | null = null;

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      // attachInternals is missing in very old browsers: the states are a progressive enhancement.
    }
  }

  // `lang` is no reactive property (it is the element's native attribute), but a change of it
  // must re-resolve the UI language of this element and of what it renders.
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `super` must run Lit's getter for the subclass.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.languageChanged();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.lang_ = langOf(this);
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageWatchers.delete(this);
  }

  /** The UI language: `nl` or `en`. */
  get uiLang(): Lang {
    return this.lang_;
  }

  /** The client for this element's configuration, or null when no endpoint is known. */
  protected get client(): FlexschilClient | null {
    const endpoint = this.endpoint || this.config?.endpoint;
    if (!endpoint) return null;
    return sharedClient(endpoint, this.config?.credentials ?? 'omit', this.config?.getToken ?? null);
  }

  /** The client, or a configuration error that the element shows like any other. */
  protected requireClient(): FlexschilClient {
    const client = this.client;
    if (!client) throw new FlexschilError({ kind: 'no-endpoint', status: 0, title: 'No endpoint configured' });
    return client;
  }

  /** The current data state, mirrored to CSS custom states and a `data-state` attribute. */
  protected set dataState(value: DataState) {
    if (value === this.#state) return;
    if (this.#state) this.#internals?.states?.delete(this.#state);
    this.#state = value;
    try {
      this.#internals?.states?.add(value);
    } catch {
      // Older Chromium only accepted `--dashed` idents; the data attribute still works there.
    }
    this.setAttribute('data-state', value);
  }

  protected get dataState(): DataState {
    return this.#state ?? 'loading';
  }

  /**
   * Runs a load, reporting failures once as `flexschil-error` (aborts are not failures: a newer
   * request replaced this one).
   */
  protected async load<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isAbortError(error)) throw error;
      const failure = toFlexschilError(error);
      if (!(error instanceof FlexschilError)) console.error('[flexschil]', error);
      emit(this, 'flexschil-error', failure.toDetail());
      throw failure;
    }
  }

  /** @internal */
  languageChanged(): void {
    this.lang_ = langOf(this);
  }
}

function watchLanguage(element: FlexschilElement): void {
  languageWatchers.add(element);
  if (languageObserver) return;
  // One observer for the whole page: a change of any `lang` attribute re-resolves every element.
  languageObserver = new MutationObserver(() => {
    for (const el of languageWatchers) el.languageChanged();
  });
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}
