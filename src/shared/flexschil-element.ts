import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { LitElement, type ReactiveController } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientCore } from '../api/core.js';
import { clientFor } from '../api/clients.js';
import { FlexschilError, isAbortError, toFlexschilError } from '../api/errors.js';
import { type MarketplaceConfig, marketplaceContext } from '../context/marketplace.js';
import { type Lang, langOf } from '../i18n/lang.js';
import { loadStrings, stringsComplete } from '../i18n/messages.js';
import { emit } from './events.js';
// Every element asks <marketplace-provider> for its configuration when it connects, and a
// provider defined later never hears that ask: importing any element defines the provider
// first, whatever order a host's imports or its bundler's chunks run in.
import '../elements/marketplace-provider/define.js';
import { loadUndefined } from './lazy.js';

export type DataState = 'loading' | 'empty' | 'error' | 'ready';
/**
 * Re-exported so that the declarations of every element (which extend this class) load those of
 * the events, with their `HTMLElementEventMap` entries: `addEventListener('assignment-select', …)`
 * is typed with `flexschil/elements/<tag>` alone, not only with `flexschil`.
 */
export type { FlexschilEventMap } from './events.js';

const languageWatchers = new Set<FlexschilElement>();
let languageObserver: MutationObserver | null = null;

/** A controller that loads what its host shows, and can start before the host renders. */
export interface LoadController {
  /** Starts the load for the host's current inputs, as its next update would (nothing when they did not change). */
  startLoad(): void;
}

const noop = (): void => {};

/** How long a first render in English waits for its strings before it shows Dutch instead. */
const STRINGS_WAIT_MS = 3000;

/**
 * What every data element shares: the backend from `<marketplace-provider>` or its own
 * `endpoint`, the UI language, and its state exposed to CSS as `:state(loading|empty|error|ready)`.
 *
 * @attr {'nl' | 'en'} lang - UI language: `nl` (default) or `en` (`en-GB` and the like count as `en`). Without it the nearest ancestor's `lang` that is Dutch or English (`nl…`, `en…`) decides, across shadow roots, then the document's; other languages are skipped.
 *
 * @cssstate loading - Data is being loaded (also `data-state="loading"`).
 * @cssstate empty - Loaded, and nothing matches; also the sign-in hint of the elements that need one (also `data-state="empty"`).
 * @cssstate error - Loading failed; a message with a retry is shown (also `data-state="error"`).
 * @cssstate ready - Loaded and shown (also `data-state="ready"`).
 *
 * @cssprop [--flexschil-font-family=inherit] - Font of all text (inherits the host page's).
 * @cssprop [--flexschil-font-size-small=0.875em] - Small print: hints, notes, labels of facts.
 * @cssprop [--flexschil-font-weight-normal=400] - Regular text where a bolder parent is undone (option labels).
 * @cssprop [--flexschil-font-weight-semibold=600] - Labels, buttons, summaries.
 * @cssprop [--flexschil-font-weight-bold=700] - Strong text: headings, legends, error messages, the current page.
 * @cssprop [--flexschil-line-height=1.5] - Line height of all text.
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
 * @cssprop [--flexschil-border-width-thin=1px] - Borders of cards, filter groups, table rows and separators.
 * @cssprop [--flexschil-border-width=2px] - Borders of form controls, buttons and status messages.
 * @cssprop [--flexschil-border-width-thick=4px] - Accent bars of notices, error summaries and confirmations.
 * @cssprop [--flexschil-space=1em] - Base spacing unit; the steps below are fractions of it.
 * @cssprop [--flexschil-space-xs=calc(var(--flexschil-space) * 0.25)] - Smallest step: between a label and its hint, inside tags.
 * @cssprop [--flexschil-space-s=calc(var(--flexschil-space) * 0.5)] - Between related items: controls in a row, badges.
 * @cssprop [--flexschil-space-m=calc(var(--flexschil-space) * 0.75)] - Between groups inside a card or panel.
 * @cssprop [--flexschil-focus-outline-width=3px] - Width of the focus ring (WCAG 2.4.13: at least 2px).
 * @cssprop [--flexschil-focus-outline-style=solid] - Style of the focus ring.
 * @cssprop [--flexschil-focus-outline-offset=2px] - Gap between the focus ring and what has focus.
 * @cssprop [--flexschil-heading-font-family=var(--flexschil-font-family)] - Font of headings.
 * @cssprop [--flexschil-heading-font-weight=var(--flexschil-font-weight-bold)] - Weight of headings.
 * @cssprop [--flexschil-heading-color=currentColor] - Colour of headings (by default that of the text around them).
 * @cssprop [--flexschil-heading-line-height=1.3] - Line height of card titles and view headings.
 * @cssprop [--flexschil-heading-font-size-xs=1.05em] - Headings inside a card (the client's question).
 * @cssprop [--flexschil-heading-font-size-s=1.15em] - Card titles and the headings of messages and error summaries.
 * @cssprop [--flexschil-heading-font-size-m=1.2em] - Dialog titles and the headings of confirmations.
 * @cssprop [--flexschil-heading-font-size-l=1.25em] - The result heading of a list ("12 opdrachten").
 * @cssprop [--flexschil-heading-font-size-xl=1.35em] - The heading of a view (inbox) and a profile's name.
 * @cssprop [--flexschil-link-color=var(--flexschil-color-primary)] - Links and link-styled buttons.
 * @cssprop [--flexschil-link-hover-color=var(--flexschil-link-color)] - Links under the pointer.
 * @cssprop [--flexschil-link-text-underline-offset=0.15em] - Gap between a link-styled button's text and its underline.
 * @cssprop [--flexschil-button-padding-block=var(--flexschil-space-s)] - Space above and below a button's label.
 * @cssprop [--flexschil-button-padding-inline=var(--flexschil-space)] - Space before and after a button's label.
 * @cssprop [--flexschil-button-font-weight=var(--flexschil-font-weight-semibold)] - Weight of button labels.
 * @cssprop [--flexschil-button-border-width=var(--flexschil-border-width)] - Border of buttons.
 * @cssprop [--flexschil-button-border-radius=var(--flexschil-border-radius)] - Corners of buttons.
 * @cssprop [--flexschil-button-primary-background-color=var(--flexschil-color-primary)] - Primary buttons.
 * @cssprop [--flexschil-button-primary-color=var(--flexschil-color-primary-contrast)] - Label of primary buttons.
 * @cssprop [--flexschil-button-primary-border-color=var(--flexschil-button-primary-background-color)] - Border of primary buttons.
 * @cssprop [--flexschil-button-primary-hover-background-color=var(--flexschil-button-primary-background-color)] - Primary buttons under the pointer.
 * @cssprop [--flexschil-button-primary-hover-color=var(--flexschil-button-primary-color)] - Label of primary buttons under the pointer.
 * @cssprop [--flexschil-button-primary-hover-border-color=var(--flexschil-button-primary-border-color)] - Border of primary buttons under the pointer.
 * @cssprop [--flexschil-button-secondary-background-color=var(--flexschil-color-background)] - Secondary buttons.
 * @cssprop [--flexschil-button-secondary-color=var(--flexschil-color-primary)] - Label of secondary buttons.
 * @cssprop [--flexschil-button-secondary-border-color=var(--flexschil-color-primary)] - Border of secondary buttons.
 * @cssprop [--flexschil-button-secondary-hover-background-color=var(--flexschil-button-secondary-background-color)] - Secondary buttons under the pointer.
 * @cssprop [--flexschil-button-secondary-hover-color=var(--flexschil-button-secondary-color)] - Label of secondary buttons under the pointer.
 * @cssprop [--flexschil-badge-background-color=transparent] - Fill of badges (type, region, status; the match badge has its own).
 * @cssprop [--flexschil-badge-color=currentColor] - Text of badges.
 * @cssprop [--flexschil-badge-border-color=currentColor] - Border of badges.
 * @cssprop [--flexschil-badge-border-width=var(--flexschil-border-width-thin)] - Border width of badges.
 * @cssprop [--flexschil-badge-border-radius=999px] - Shape of badges (a pill; `0` for square corners).
 * @cssprop [--flexschil-badge-padding-block=calc(var(--flexschil-space) * 0.1)] - Space above and below a badge's text.
 * @cssprop [--flexschil-badge-padding-inline=var(--flexschil-space-s)] - Space before and after a badge's text.
 * @cssprop [--flexschil-badge-font-size=var(--flexschil-font-size-small)] - Text size of badges.
 * @cssprop [--flexschil-badge-line-height=1.4] - Line height of badges.
 * @cssprop [--flexschil-dialog-box-shadow=0 1em 3em rgb(0 0 0 / 35%)] - Shadow of dialogs.
 * @cssprop [--flexschil-dialog-backdrop-color=rgb(0 0 0 / 55%)] - What covers the page behind a dialog.
 */
export class FlexschilElement extends LitElement {
  /**
   * Base URL of the HTTP API; overrides the one from `marketplace-provider`. On another origin
   * than the provider's endpoint, requests go without the provider's token and cookies.
   */
  @property() endpoint: string | null = null;

  /** @internal */
  @consume({ context: marketplaceContext, subscribe: true })
  @state()
  protected config?: MarketplaceConfig;

  /** @internal */
  @state() protected lang_: Lang = 'nl';

  #internals: ElementInternals | null = null;
  #state: DataState | null = null;
  /** The language this element last rendered in (null before its first render). */
  #renderedIn: Lang | null = null;
  /** Its loads (Lit tasks and the like), to start them before a first render that waits for its strings. */
  readonly #loads: (() => void)[] = [];

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      // attachInternals is missing in very old browsers: the states are a progressive enhancement.
    }
    // Tags this element renders that are not defined yet get loaded (the CDN bundle loads lazily).
    this.addController({ hostUpdated: () => loadUndefined(this.renderRoot) });
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
    // From the start, for the host's CSS (`:state(loading)`), also while the first render waits for its strings.
    if (!this.#state) this.dataState = 'loading';
    // Added again after a script took it off the page (a CMS moving a block): a dialog it had open
    // left the top layer with it, and would stay open in the page but no longer modal (nothing
    // behind it inert, Escape not closing it). It is shown as a modal again, with what it held.
    // (Not while it is out of sight, in a hidden tab panel, say: a modal there would hold the whole page.)
    if (this.hasUpdated && this.checkVisibility()) {
      for (const dialog of this.renderRoot.querySelectorAll<HTMLDialogElement>('dialog[open]:not(:modal)')) {
        dialog.close();
        dialog.showModal();
      }
    }
  }

  override addController(controller: ReactiveController & Partial<LoadController>): void {
    super.addController(controller);
    if (controller instanceof Task) this.#loads.push(() => controller.hostUpdate());
    else if (controller.startLoad) this.#loads.push(() => controller.startLoad?.());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageWatchers.delete(this);
  }

  /** The UI language: `nl` or `en`. */
  get uiLang(): Lang {
    return this.lang_;
  }

  /**
   * An element renders in its language. English strings are chunks of their own (issue 15): the
   * first render in English waits for them, so it never shows Dutch; Dutch never waits. Later
   * renders do not wait for the English of a chunk that came since (another element's, say):
   * they render at once, and again when it is in.
   */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    const lang = this.uiLang;
    const strings = loadStrings(lang);
    if (strings && this.#renderedIn !== lang) return this.#renderOnceSpoken(lang, strings);
    if (strings) void strings.then(() => this.requestUpdate());
    this.#renderedIn = lang;
    const update = super.scheduleUpdate();
    return update instanceof Promise ? update : undefined;
  }

  /**
   * The first render in a language, once its strings are in. The element's loads start first,
   * so its requests do not wait for the strings. A chunk that does not come within
   * {@link STRINGS_WAIT_MS}, or that fails, does not hold the element back: it speaks Dutch for
   * now (./dutch-for-now.ts).
   */
  async #renderOnceSpoken(lang: Lang, strings: Promise<void>): Promise<unknown> {
    this.startLoads();
    await this.#spoken(lang, strings);
    this.#renderedIn = this.uiLang;
    return super.scheduleUpdate();
  }

  /**
   * Once the strings of `lang` are in, as a first render waits for them: at most
   * {@link STRINGS_WAIT_MS}, after which (or when they failed) the element speaks Dutch for now.
   * For a part whose code, and so its strings, comes after the first render (an editor's form).
   */
  protected whenSpoken(lang: Lang = this.uiLang): Promise<void> {
    const strings = loadStrings(lang);
    return strings ? this.#spoken(lang, strings) : Promise.resolve();
  }

  async #spoken(lang: Lang, strings: Promise<void>): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, STRINGS_WAIT_MS);
    });
    await Promise.race([strings, late]);
    clearTimeout(timer);
    if (!stringsComplete(lang)) {
      // Rarely needed, so loaded only then (if even that fails, the element shows what it has).
      await import('./dutch-for-now.js').then(({ speakDutchForNow }) => speakDutchForNow(this, lang, strings), noop);
    }
  }

  /**
   * Starts the element's loads (its Lit tasks and {@link LoadController}s) for its current
   * inputs, before a render that waits for its strings. An element whose loads read what its
   * `willUpdate()` derives overrides this to wait instead.
   */
  protected startLoads(): void {
    for (const start of this.#loads) start();
  }

  /** The client for this element's configuration, or null when no endpoint is known. */
  protected get client(): ClientCore | null {
    return clientFor(this.endpoint, this.config);
  }

  /** The client, or a configuration error that the element shows like any other. */
  protected requireClient(): ClientCore {
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
      // What the page asked for was refused (its settings): the web team reads why here.
      else if (error.kind === 'invalid-input') console.error(`[flexschil] <${this.localName}> refused:`, error.invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; ') || error.detail);
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
