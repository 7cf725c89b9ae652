import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ClientCore, Versioned } from '../../api/core.js';
import { getMe } from '../../api/personal.js';
import { createProfile, getProfileForEditing, updateProfile } from '../../api/profiles.js';
import { carryContentLanguage } from '../../api/content-language.js';
import { FlexschilError, refusedAccess } from '../../api/errors.js';
import { keyTaken } from '../../api/idempotency.js';
import { profileLimits } from '../../api/rules/profile.js';
import { type Me, type ProfileInput, profileKinds, type Vocabularies } from '../../api/schemas.js';
import { Profile } from '../../api/validators/profile.js';
import { codeLabel } from '../../i18n/codes.js';
import { profileEditor as messages } from '../../i18n/profile-editor.js';
import { emit, emitRendered } from '../../shared/events.js';
import { formControls, formStyles } from '../../shared/form-styles.js';
import { nextSummary, renderDraftNotice } from '../../shared/form-templates.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { headingTag } from '../../shared/headings.js';
import { itemListStyles, moveItem, movedText, removeItem, removedText } from '../../shared/item-list.js';
import { draftOwner } from '../../shared/draft-owner.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { textLanguages } from '../../shared/text-language.js';
import { type Version, versionChoiceStyles } from '../../shared/version-choice.js';
import { WriteController } from '../../shared/write-controller.js';
import { base, tokens } from '../../styles/tokens.js';
import { DraftController } from './draft-controller.js';
import { styles } from './profile-editor.styles.js';
import { type Failure, failureOf } from './save-failure.js';
import * as view from './templates.js';
import {
  checkValues,
  differingGroups,
  draftInput,
  type ErrorKey,
  emptyValues,
  type ExperienceValues,
  GROUPS,
  type Group,
  keyOrder,
  keysOf,
  newExperience,
  patchOf,
  placeIssue,
  previewOf,
  type ProfileValues,
  TEXT_NAMES,
  type TextName,
  touched,
  valuesOf,
  withGroup,
} from './values.js';
import { errorMessageOf, newErrorMessage } from '../../shared/left-field.js';
import { PressGuard } from '../../shared/press-guard.js';

/** What each link usually looks like, for its hint. */
const LINK_EXAMPLES = {
  'links.cv': 'https://www.example.nl/cv.pdf',
  'links.portfolio': 'https://www.example.nl',
  'links.linkedin': 'https://www.linkedin.com/in/sanne-de-vries',
} as const;

type Focus = 'summary' | 'failure' | 'saved' | 'conflict' | { id: string };

type Resolved =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'hint'; reason: view.HintReason }
  | { state: 'ready'; me: Me; profile: Versioned<Profile> | null; vocabularies: Vocabularies };

/**
 * The visitor's own e-portfolio, "as a business card": create it or keep it up to date —
 * name, headline, photo, kind, fields, core qualities, skills, experience (added, moved up and
 * down, removed with buttons), availability, region, rate with the public-rate flag, bio, CV,
 * portfolio and LinkedIn links, contact details, and who may see it (public, network members,
 * or colleagues only, each explained in words) — beside a live `<profile-card>` preview.
 *
 * Which profile: the one `GET /me` names as the visitor's own (without one, a new one is
 * created), or `profile-id` (a network coordinator editing someone's). A visitor without
 * credentials, or whom `/me` does not allow to keep a profile, sees only a sign-in hint (slot
 * your own sign-in link into `sign-in`).
 *
 * Form conventions as `<apply-form>`: checks on leaving a field and on saving with the rules the
 * backend runs too (src/api/rules/profile.ts), an error summary that takes focus with a link to
 * each field, a draft in `sessionStorage` until it is saved, one `Idempotency-Key` across every
 * retry of a create, and never a lost word: when someone saved the profile meanwhile (412), or
 * the visitor turns out to have one already (409), both versions are shown part by part, to keep
 * theirs or take the other, and saving again uses the newer version's ETag.
 *
 * @summary Create or edit one's own profile (e-portfolio), with a live preview, drafts and safe saving.
 * @tagname profile-editor
 *
 * @fires profile-saved - `{ profile }` (the stored profile, as the backend answered) after a create or a change was saved.
 * @fires flexschil-error - `{ status, title, detail }` when loading failed (the element shows a message with a retry) or a save failed (the form keeps everything and says why). Not for a 409 or 412: those are resolved in the form.
 *
 * @slot sign-in - Shown with the sign-in hint to visitors who may not edit: your own sign-in link or button.
 *
 * @csspart form - The form.
 * @csspart field - The wrapper of one control: label, hint, error message and control.
 * @csspart summary - The error summary at the top, listing every problem with a link to its field.
 * @csspart submit - The save button.
 * @csspart preview - The section with the live `<profile-card>` preview.
 * @csspart conflict - After a 412 or 409: both versions, part by part, with a choice for each.
 * @csspart saved - The confirmation after a save (it takes focus).
 * @csspart failure - The message after a failed save, with its retry button.
 * @csspart draft-notice - The notice that unsaved changes were restored, with a button to discard them; once discarded, it says so, with "Zet terug".
 * @csspart undo - After an experience entry was removed: what was removed, with a "Zet terug" button that puts it back.
 * @csspart sign-in - The hint for visitors who may not edit, around the `sign-in` slot.
 * @csspart error - The message when loading failed, with its retry button.
 *
 * @cssprop [--flexschil-profile-editor-field-gap=calc(var(--flexschil-space) * 1.25)] - Space between fields.
 * @cssprop [--flexschil-profile-editor-input-border-color=var(--flexschil-color-border)] - Border of inputs, selects and text areas.
 * @cssprop [--flexschil-profile-editor-input-background-color=var(--flexschil-color-background)] - Background of the controls.
 * @cssprop [--flexschil-profile-editor-hint-color=var(--flexschil-color-text-muted)] - Hints below labels and the character count.
 * @cssprop [--flexschil-profile-editor-error-color=var(--flexschil-color-error)] - Inline errors, the error summary's border and invalid controls.
 * @cssprop [--flexschil-profile-editor-notice-background-color=var(--flexschil-color-surface)] - The restored-draft notice, the save confirmation, the failure message and the sign-in hint.
 * @cssprop [--flexschil-profile-editor-entry-background-color=var(--flexschil-color-surface)] - Background of each experience entry.
 * @cssprop [--flexschil-profile-editor-saved-border-color=var(--flexschil-color-success)] - Border of the save confirmation.
 */
export class ProfileEditor extends FlexschilElement {
  static override styles = [tokens, base, formControls, formStyles, styles, itemListStyles, versionChoiceStyles];

  /** Id of the profile to edit (a coordinator's task); without it, the visitor's own profile (`GET /me`), or a new one. */
  @property({ attribute: 'profile-id' }) profileId: string | null = null;
  /** Level of the headings of the error summary, the conflict and the preview (2 by default); the card's name is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private values: ProfileValues = emptyValues();
  /** The version the edits started from: a save sends what differs from it. */
  @state() private base: ProfileValues = emptyValues();
  /** The stored profile being edited (null while creating). */
  @state() private editing: { id: string; etag: string | null; profile: Profile } | null = null;
  @state() private errors: view.Errors = {};
  /** Backend problems that belong to no control. */
  @state() private general: string[] = [];
  /** The attempt whose error summary is shown (`nextSummary()`), 0 for none. */
  @state() private summaryAttempt = 0;
  @state() private failure: Failure | null = null;
  @state() private conflict: view.Conflict | null = null;
  @state() private notice: view.Notice | null = null;
  /** What a polite live region says after a move, a removal or an addition. */
  @state() private announcement = '';
  /** After "Gooi mijn wijzigingen weg": what puts the discarded changes back, until the form is changed or saved. */
  @state() private undoDiscard: (() => void) | null = null;
  /** The experience entry removed last, which "Zet terug" puts back where it was, until the list changes otherwise. */
  @state() private removed: { entry: ExperienceValues; index: number } | null = null;
  /** The preview scrolls on its own (beside the form, taller than the window): then it is a tab stop. */
  @state() private previewScrolls = false;
  #previewSize = new ResizeObserver(() => {
    const preview = this.renderRoot.querySelector<HTMLElement>('.preview');
    this.previewScrolls = !!preview && preview.scrollHeight > preview.clientHeight + 1;
  });

  /** @internal */
  private draft = new DraftController(this);
  /** @internal */
  private saving = new WriteController(this);

  /** The newest stored version known (loaded, saved, or fetched after a 409/412): discarding returns to it. */
  #latest: Versioned<Profile> | null = null;
  /** The profile id (or '' for a new one) the form was started for by `<profile-editor>`. */
  #startedFor: string | null = null;
  /** Controls the person changed: only those are checked when they lose focus. */
  #dirty = new Set<string>();
  /** A field's check on leaving it waits while a press in the form lasts (shared/press-guard.ts). */
  readonly #press = new PressGuard();
  #submitted = false;
  #focus: Focus | null = null;
  /**
   * Focus was in the sign-in hint (on the page's own slotted sign-in button, say) and has not
   * gone elsewhere: when the form replaces the hint, focus goes to its first field instead of
   * falling to the page's body with the button that disappeared.
   */
  #hintHadFocus = false;
  /** Who the drafts opened now belong to (shared/draft-owner.ts). */
  #draftOwner = '';
  #preview: { values: ProfileValues; lang: string; vocabularies: Vocabularies; result: ProfileInput | null } | null = null;


  /** Who the visitor is; null without (valid) credentials. @internal */
  private who = new Task(this, {
    task: ([client], { signal }) =>
      this.load(async (): Promise<Me | null> => {
        try {
          const me = await getMe(this.clientOr(client), { signal, lang: this.uiLang });
          this.#draftOwner = await draftOwner(this.clientOr(client), me);
          return me;
        } catch (error) {
          if (error instanceof FlexschilError && error.kind === 'unauthorized') {
            this.#draftOwner = ''; // nobody signed in: no draft is anyone's to open
            return null;
          }
          throw error;
        }
      }),
    args: () => [this.client] as const,
  });

  /** The profile to edit with its ETag (null: create one), for the id it was asked for. @internal */
  private stored = new Task(this, {
    task: async ([client, id], { signal }) => {
      if (!id) return { id, result: null };
      return this.load(async () => {
        try {
          return { id, result: await getProfileForEditing(this.clientOr(client), id, { signal, lang: this.uiLang }) };
        } catch (error) {
          if (refusedAccess(error)) return { id, result: 'denied' as const };
          throw error;
        }
      });
    },
    args: () => [this.client, this.targetId()] as const,
  });

  /** Fields and regions in the UI language, for a visitor who may edit. @internal */
  private codes = new Task(this, {
    task: ([client, lang], { signal }) => (client ? this.load(() => client.getVocabularies({ signal, lang })) : Promise.resolve(null)),
    args: () => [this.may() ? this.client : null, this.uiLang] as const,
  });

  private clientOr(client: ClientCore | null): ClientCore {
    return client ?? this.requireClient();
  }

  /** Whether `/me` lets the visitor keep a profile (undefined while unknown). */
  private may(): boolean | undefined {
    const me = this.who.value;
    return me === undefined ? undefined : !!me?.can.editProfile;
  }

  /** The profile to edit: undefined until `/me` allows it, null to create one. */
  private targetId(): string | null | undefined {
    if (!this.may()) return undefined;
    return this.profileId || this.who.value?.profileId || null;
  }

  private resolve(): Resolved {
    const tasks = [this.who, this.stored, this.codes];
    const failed = tasks.find((task) => task.status === TaskStatus.ERROR);
    if (failed) {
      const retry = () => {
        for (const task of tasks) if (task.status === TaskStatus.ERROR) void task.run();
      };
      return { state: 'error', error: failed.error, retry };
    }
    const me = this.who.value;
    if (me === undefined) return { state: 'loading' };
    if (me === null) return { state: 'hint', reason: 'signIn' };
    if (!me.can.editProfile) return { state: 'hint', reason: 'noAccess' };
    const stored = this.stored.value;
    const vocabularies = this.codes.value;
    // While reloading (another language, a refreshed token) the form stays: nothing typed disappears.
    if (!stored || stored.id !== this.targetId() || !vocabularies) return { state: 'loading' };
    if (stored.result === 'denied') return { state: 'hint', reason: 'notYours' };
    return { state: 'ready', me, profile: stored.result, vocabularies };
  }

  /** What the form works with, once it is shown. */
  private get context(): Extract<Resolved, { state: 'ready' }> | null {
    const resolved = this.resolve();
    return resolved.state === 'ready' ? resolved : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const context = this.context;
    if (!context) return;
    const id = context.profile?.value.id ?? '';
    // The same profile loaded again (another language, say) keeps the form; another one starts over.
    if (id !== this.#startedFor) this.start(context.profile);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.onFocusIn);
    this.removeEventListener('focusout', this.onFocusOut);
    this.#previewSize.disconnect();
  }

  private onFocusIn = (): void => {
    this.#hintHadFocus = this.resolve().state === 'hint';
  };

  /** Focus moved on to something else on the page: the hint no longer has it. (Focus lost with the hint has no `relatedTarget`.) */
  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !this.contains(next) && !this.renderRoot.contains(next)) this.#hintHadFocus = false;
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.resolve().state;
    // The sign-in hint is `empty`, as every element's: nothing to show this visitor, nothing broken.
    this.dataState = state === 'hint' ? 'empty' : state;
    if (state === 'ready' && this.#hintHadFocus) {
      this.#hintHadFocus = false;
      const active = document.activeElement;
      // Only when focus was lost with the hint (or is still on this element): never taken from elsewhere.
      if (!active || active === document.body || active === this || this.contains(active)) this.#focus ??= { id: view.controlId('name') };
    }
    // Its box (the window, the layout) and what it holds (the card) decide whether it scrolls.
    const preview = this.renderRoot.querySelector('.preview');
    for (const box of [preview, preview?.querySelector('profile-card')]) if (box) this.#previewSize.observe(box);
    const target = this.#focus;
    this.#focus = null;
    if (!target) return;
    // After this update, not inside it: moving focus blurs a control, and that may check it.
    queueMicrotask(() => {
      const selector = typeof target === 'string' ? { summary: '.error-summary', failure: '.failure', saved: '.saved', conflict: '.conflict' }[target] : `#${target.id}`;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  /** A fresh form for a profile (null: a new one), with its draft, if any. */
  private start(loaded: Versioned<Profile> | null): void {
    this.#startedFor = loaded?.value.id ?? '';
    this.saving.abandon();
    this.clearChecks();
    this.undoDiscard = null;
    this.notice = null;
    // An entry removed from the profile shown before is not this one's to put back.
    this.removed = null;
    const start = loaded ? valuesOf(loaded.value, this.uiLang) : emptyValues();
    this.#latest = loaded;
    this.editing = loaded ? { id: loaded.value.id, etag: loaded.etag, profile: loaded.value } : null;
    const kept = this.draft.open(loaded?.value.id ?? null, this.#draftOwner);
    this.base = kept?.base ?? start;
    this.values = kept?.values ?? start;
    if (this.editing && kept?.etag) this.editing = { ...this.editing, etag: kept.etag };
    this.draft.markRestored(!!kept && differingGroups(this.base, this.values).length > 0);
    // A create whose answer was lost may have arrived: what was typed for it (since) is shown beside
    // it. Only beside the visitor's own profile, the one `/me` names: a new profile typed by a
    // coordinator does not belong in the profile of someone else they open (`profile-id`).
    const own = !!loaded && loaded.value.id === this.who.value?.profileId;
    const typed = own && !kept ? this.draft.takeNew() : null;
    if (typed) this.offer('exists', typed, start, { focus: false });
  }

  /** Nothing checked, nothing failed, no conflict: the state of a form just opened. */
  private clearChecks(): void {
    this.#dirty.clear();
    this.#submitted = false;
    this.errors = {};
    this.general = [];
    this.summaryAttempt = 0;
    this.failure = null;
    this.conflict = null;
  }

  // --- rendering -------------------------------------------------------------------------------

  override render(): TemplateResult {
    const lang = this.uiLang;
    const resolved = this.resolve();
    switch (resolved.state) {
      case 'loading':
        return renderSkeleton(1, lang, 'skeleton-form');
      case 'error':
        return renderError(resolved.error, lang, resolved.retry);
      case 'hint':
        return view.signInHint(lang, resolved.reason);
      case 'ready':
        return this.renderForm(resolved.me, resolved.vocabularies);
    }
  }

  private renderForm(me: Me, vocabularies: Vocabularies): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const level = this.headingLevel;
    const v: view.FormView = { lang, values: this.values, errors: this.errors };
    const codes = { field: vocabularies.field, region: vocabularies.region };
    const problems = keyOrder(this.values).flatMap((key) => (this.errors[key] ? [{ key, error: this.errors[key] }] : []));
    const l = profileLimits;
    const h = headingTag(level);
    const creating = !this.editing;
    return html`<div class="layout">
        <div class="editor">
          ${this.notice ? view.savedNotice(lang, this.notice, this.values.visibility) : nothing}
          ${this.draft.restored
            ? renderDraftNotice(t, { discard: this.discardDraft })
            : this.undoDiscard
              ? renderDraftNotice(t, { undo: this.undoDiscard })
              : nothing}
          ${this.failure ? view.failureMessage(lang, this.failure, this.retry, !this.editing) : nothing}
          ${this.conflict ? view.conflictPanel(v, this.conflict, codes, level, this.choose, this.retry) : nothing}
          ${this.summaryAttempt > 0 && (problems.length || this.general.length) ? view.errorSummary(lang, problems, this.general, level, this.follow, this.summaryAttempt) : nothing}
          <p class="intro">${t.intro}</p>
          <form
            part="form"
            novalidate
            aria-label=${creating ? t.formLabelCreate : t.formLabelEdit}
            aria-busy=${this.saving.busy ? 'true' : 'false'}
            @submit=${this.onSubmit}
            @input=${this.onEdit}
            @change=${this.onEdit}
            @focusout=${this.onLeave}
            @pointerdown=${this.#press.down}
          >
            <fieldset class="group">
              <legend>${t.groupAbout}</legend>
              ${view.textField(v, 'name', { label: t.name, autocomplete: 'name' })}
              ${view.textField(v, 'headline', { label: t.headline, hint: t.headlineHint })}
              ${view.choiceGroup(v, 'kind', { legend: t.kind, options: profileKinds.map((k) => ({ value: k, label: codeLabel('kind', k, lang) })) })}
              ${view.textField(v, 'photoUrl', { label: t.photoUrl, hint: t.photoHint, type: 'url', autocomplete: 'photo', optional: true, spellcheck: false })}
              ${view.textArea(v, 'bio', { label: t.bio, hint: t.bioHint, rows: 6, optional: true, count: { max: l.bio.max } })}
              ${view.selectField(v, 'language', t.language, textLanguages)}
            </fieldset>
            <fieldset class="group">
              <legend>${t.groupExpertise}</legend>
              ${view.choiceGroup(v, 'fields', {
                legend: t.fields,
                hint: t.fieldsHint(l.fields.max),
                options: vocabularies.field.map((c) => ({ value: c.value, label: c.label })),
                optional: true,
                className: 'columns',
              })}
              ${view.textArea(v, 'coreQualities', { label: t.coreQualities, hint: t.coreQualitiesHint(l.coreQualities.max), rows: 4, optional: true })}
              ${view.textArea(v, 'skills', { label: t.skills, hint: t.skillsHint(l.skills.max), rows: 5, optional: true })}
            </fieldset>
            ${view.experienceList(v, {
              add: this.addEntry,
              move: this.moveEntry,
              remove: this.removeEntry,
              removed: this.removed && view.entryName(this.uiLang, this.removed.entry, this.removed.index),
              undo: this.undoRemove,
            })}
            <fieldset class="group">
              <legend>${t.groupAvailability}</legend>
              ${view.textField(v, 'availability.hoursPerWeek', { label: t.hoursPerWeek, hint: t.hoursHint(profileLimits.hours.min, profileLimits.hours.max), inputmode: 'numeric', optional: true, className: 'short' })}
              ${view.textField(v, 'availability.from', { label: t.availableFrom, hint: t.availableFromHint, type: 'date', optional: true, className: 'short' })}
              ${view.selectField(v, 'region', t.region, vocabularies.region, { hint: t.regionHint, placeholder: t.chooseRegion })}
              ${view.textField(v, 'rate.amount', { label: t.rate, hint: t.rateHint, inputmode: 'decimal', optional: true, className: 'short' })}
              ${view.publicRateCheckbox(v)}
            </fieldset>
            <fieldset class="group">
              <legend>${t.groupLinks}</legend>
              ${(['links.cv', 'links.portfolio', 'links.linkedin'] as const).map((name) =>
                view.textField(v, name, {
                  label: t[name.slice(6) as 'cv' | 'portfolio' | 'linkedin'],
                  hint: t.linkHint(LINK_EXAMPLES[name]),
                  type: 'url',
                  // The portfolio is the person's own page (WCAG 1.3.5, the "url" purpose).
                  autocomplete: name === 'links.portfolio' ? 'url' : undefined,
                  optional: true,
                  spellcheck: false,
                }),
              )}
            </fieldset>
            <fieldset class="group" aria-describedby="contact-hint">
              <legend>${t.groupContact}</legend>
              <p id="contact-hint" class="hint">${t.contactHint}</p>
              ${view.textField(v, 'contact.email', { label: t.email, type: 'email', autocomplete: 'email', optional: true, spellcheck: false })}
              ${view.textField(v, 'contact.phone', { label: t.phone, hint: t.phoneHint, type: 'tel', autocomplete: 'tel', optional: true })}
            </fieldset>
            ${view.choiceGroup(v, 'visibility', {
              legend: t.groupVisibility,
              hint: t.visibilityHint,
              options: view.visibilityOptions(lang, me.organisation),
              className: 'group',
            })}
            <div class="actions">
              <button part="submit" type="submit" class="button" aria-disabled=${this.saving.busy ? 'true' : 'false'}>
                ${this.saving.busy ? t.saving : creating ? t.submitCreate : t.submitEdit}
              </button>
            </div>
          </form>
        </div>
        <!-- A tab stop while it scrolls on its own (beside the form): the keyboard scrolls it from here. -->
        <section class="preview" part="preview" aria-labelledby="preview-heading" tabindex=${this.previewScrolls ? '0' : nothing}>
          ${staticHtml`<${h} id="preview-heading">${t.previewTitle}</${h}>`}
          <p class="hint">${t.previewHint}</p>
          ${this.renderPreview(me, vocabularies)}
        </section>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
  }

  private renderPreview(me: Me, vocabularies: Vocabularies): TemplateResult {
    const lang = this.uiLang;
    // One object per change of the form: the card parses it once, not on every render.
    if (this.#preview?.values !== this.values || this.#preview.lang !== lang || this.#preview.vocabularies !== vocabularies) {
      const stored = this.editing?.profile;
      const result = previewOf(this.values, {
        id: stored?.id ?? 'preview',
        organisation: stored?.organisation ?? me.organisation,
        codes: { field: vocabularies.field, region: vocabularies.region },
      });
      // The vocabulary's labels are in the UI language: the card marks nothing as foreign.
      if (result && stored) carryContentLanguage(stored, result);
      this.#preview = { values: this.values, lang, vocabularies, result };
    }
    const profile = this.#preview.result;
    if (!profile) return html`<p class="empty">${messages[lang].previewNeedsKind}</p>`;
    return html`<profile-card .profile=${profile} heading-level=${this.headingLevel + 1}></profile-card>`;
  }

  // --- editing ---------------------------------------------------------------------------------

  private onEdit = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const name = target.name;
    let values: ProfileValues | null = null;
    const [head, index, part] = name.split('.');
    if (name === 'fields') {
      const chosen = new Set(this.values.fields);
      if (target.checked) chosen.add(target.value);
      else chosen.delete(target.value);
      // In the vocabulary's order, whatever order they were ticked in.
      values = { ...this.values, fields: (this.context?.vocabularies.field ?? []).map((c) => c.value).filter((f) => chosen.has(f)) };
    } else if (name === 'rate.publicRate') {
      values = { ...this.values, 'rate.publicRate': target.checked };
    } else if (head === 'experience' && index !== undefined) {
      const i = Number(index);
      const entry = this.values.experience[i];
      if (entry && entry[part as 'title'] !== target.value) {
        const experience = [...this.values.experience];
        experience[i] = { ...entry, [part]: target.value };
        values = { ...this.values, experience };
      }
    } else if ((TEXT_NAMES as readonly string[]).includes(name) && this.values[name as TextName] !== target.value) {
      if (target.type === 'radio' && !target.checked) return;
      values = { ...this.values, [name]: target.value };
    }
    if (!values) return;
    this.values = values;
    this.#dirty.add(name);
    this.notice = null;
    // An error goes away as soon as it is fixed; new ones wait until the control is left.
    for (const key of keysOf(name, values)) if (this.errors[key]) this.recheck(key);
    this.keepDraft();
  };

  private onLeave = (event: FocusEvent) => {
    const name = (event.target as HTMLInputElement).name;
    if (!name || name.startsWith('choice-')) return;
    // Within a group of radios or checkboxes, moving between options is not leaving it.
    const next = event.relatedTarget as HTMLInputElement | null;
    if (next?.name === name && (name === 'fields' || name === 'kind' || name === 'visibility')) return;
    // The backend's verdict stands until the control changes.
    const keys = keysOf(name, this.values).filter(
      (key) => !(this.errors[key]?.reason && !this.#dirty.has(name)) && (this.#dirty.has(name) || this.errors[key] || this.#submitted),
    );
    if (!keys.length) return;
    const control = event.target as HTMLElement;
    const before = errorMessageOf(control);
    this.#press.run(async () => {
      for (const key of keys) this.recheck(key);
      const message = await newErrorMessage(this, control, before, () => this.announcement);
      if (message !== null) this.announcement = message;
    });
  };

  /** The problem of one control now, from the one rule, placed as the summary would place it. */
  private recheck(key: ErrorKey): void {
    const found = this.problems().errors[key] ?? null;
    const current = this.errors[key];
    if (!found && !current) return;
    if (found && current && JSON.stringify(found) === JSON.stringify(current)) return;
    const errors = { ...this.errors };
    if (found) errors[key] = found;
    else delete errors[key];
    this.errors = errors;
  }

  private problems(values: ProfileValues = this.values): { errors: view.Errors; checked: ReturnType<typeof checkValues> } {
    const checked = checkValues(values);
    const errors: view.Errors = {};
    if (!checked.ok) {
      for (const issue of checked.issues) {
        const placed = placeIssue(issue.name, values, checked.input);
        if (placed && !errors[placed.key]) errors[placed.key] = { issue, line: placed.line, entry: placed.entry };
      }
    }
    return { errors, checked };
  }

  private addEntry = () => {
    const entry = newExperience();
    this.values = { ...this.values, experience: [...this.values.experience, entry] };
    this.removed = null;
    this.announcement = messages[this.uiLang].experienceAdded(this.values.experience.length);
    this.#focus = { id: view.controlId(`experience.${entry.key}.title`) };
    this.keepDraft();
  };

  private moveEntry = (index: number, to: number) => {
    const entries = this.values.experience;
    const entry = entries[index];
    if (!entry || to < 0 || to >= entries.length) return;
    this.values = { ...this.values, experience: moveItem(entries, index, to) };
    this.removed = null;
    this.announcement = movedText(this.uiLang, view.entryName(this.uiLang, entry, to), to, entries.length);
    // Focus stays on the button that moved it, unless the entry reached the end: then the other one.
    const up = to < index;
    const stillPossible = up ? to > 0 : to < entries.length - 1;
    this.#focus = { id: `entry-${entry.key}-${up === stillPossible ? 'up' : 'down'}` };
    this.keepDraft();
  };

  private removeEntry = (index: number) => {
    const entries = this.values.experience;
    const entry = entries[index];
    if (!entry) return;
    const rest = removeItem(entries, index);
    this.values = { ...this.values, experience: rest };
    const errors = { ...this.errors };
    for (const key of Object.keys(errors)) if (key.startsWith(`experience.${entry.key}.`)) delete errors[key as ErrorKey];
    this.errors = errors;
    // A mistaken click loses nothing: "Zet terug" below the list puts the entry back.
    this.removed = { entry, index };
    this.announcement = `${removedText(this.uiLang, view.entryName(this.uiLang, entry, index))} ${messages[this.uiLang].undoRemoveHint}`;
    // Continue at the entry that took its place, else the one before, else "add".
    const next = rest[index] ?? rest[index - 1];
    this.#focus = { id: next ? view.controlId(`experience.${next.key}.title`) : view.controlId('experience') };
    this.keepDraft();
  };

  private undoRemove = () => {
    const removed = this.removed;
    if (!removed) return;
    const entries = [...this.values.experience];
    const index = Math.min(removed.index, entries.length);
    entries.splice(index, 0, removed.entry);
    this.values = { ...this.values, experience: entries };
    this.removed = null;
    this.announcement = messages[this.uiLang].experienceRestored(view.entryName(this.uiLang, removed.entry, index));
    this.#focus = { id: view.controlId(`experience.${removed.entry.key}.title`) };
    this.keepDraft();
  };

  private choose = (group: Group, version: Version) => {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = { ...conflict, choices: { ...conflict.choices, [group]: version } };
    this.values = withGroup(this.values, version === 'mine' ? conflict.mine : conflict.theirs, group);
    this.keepDraft();
  };

  private follow = (key: ErrorKey, event: Event) => {
    // The href is a fallback: fragment navigation does not reach into a shadow root and would change the page's URL.
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#${view.controlId(key)}`);
    // Like GOV.UK: the label (or legend) in view too, then focus.
    (control?.closest('.field, fieldset') ?? control)?.scrollIntoView({ block: 'start' });
    control?.focus({ preventScroll: true });
  };

  /** Keeps what the form holds now: a change, after which "Zet terug" no longer offers the discarded changes. */
  private keepDraft(): void {
    this.undoDiscard = null;
    this.draft.keep({ values: this.values, base: this.base, etag: this.editing?.etag ?? null });
  }

  private discardDraft = () => {
    const { editing, base, values, removed } = this;
    const dirty = new Set(this.#dirty);
    const undoDraft = this.draft.clear();
    // Back to the profile as it is stored now (the draft may have started from an older version).
    const latest = this.#latest;
    this.editing = latest ? { id: latest.value.id, etag: latest.etag, profile: latest.value } : null;
    this.base = latest ? valuesOf(latest.value, this.uiLang) : emptyValues();
    this.values = this.base;
    this.removed = null;
    this.clearChecks();
    this.undoDiscard = () => {
      undoDraft();
      Object.assign(this, { editing, base, values, removed });
      this.clearChecks();
      this.#dirty = dirty;
      this.keepDraft();
      this.announcement = messages[this.uiLang].draftBack;
      this.#focus = { id: view.controlId('name') };
    };
    const t = messages[this.uiLang];
    this.announcement = `${t.draftDiscarded} ${t.undoDiscardHint}`;
    // The button that had focus is gone: continue at the first control.
    this.#focus = { id: view.controlId('name') };
  };

  // --- saving ----------------------------------------------------------------------------------

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.save();
  };

  private retry = () => {
    void this.save();
  };

  private save(): Promise<void> {
    return this.saving.once(async () => {
      this.#submitted = true;
      this.undoDiscard = null;
      this.failure = null;
      this.general = [];
      this.notice = null;
      const { errors, checked } = this.problems();
      this.errors = errors;
      if (!checked.ok) {
        this.summaryAttempt = nextSummary();
        this.#focus = 'summary';
        return;
      }
      this.summaryAttempt = 0;
      let client: ClientCore;
      try {
        client = this.requireClient();
      } catch (error) {
        return this.failed(error as FlexschilError);
      }
      this.announcement = messages[this.uiLang].savingStatus;
      if (this.editing) await this.change(client, this.editing, checked.draft);
      else await this.create(client, checked.draft);
    });
  }

  private async create(client: ClientCore, draft: Parameters<typeof createProfile>[1], again = false): Promise<void> {
    const idempotencyKey = this.draft.idempotencyKey();
    this.keepDraft();
    const sent = this.values;
    const outcome = await this.saving.send((signal) => createProfile(client, draft, { idempotencyKey, signal, lang: this.uiLang }));
    if ('abandoned' in outcome) return;
    if ('sent' in outcome) return this.saved(outcome.sent, sent, 'created');
    const error = outcome.failed;
    const existing = error.members.profileId;
    if (error.kind === 'conflict' && typeof existing === 'string' && existing) {
      this.draft.forgetKey();
      return this.openExisting(client, existing);
    }
    // 422 without fields: this key belongs to an earlier attempt with other content (it may have
    // arrived before the connection dropped). A new key asks again; a profile that did arrive answers 409.
    if (keyTaken(error) && !again) {
      this.draft.forgetKey();
      return this.create(client, draft, true);
    }
    this.failed(error);
  }

  private async change(client: ClientCore, editing: NonNullable<typeof this.editing>, draft: Parameters<typeof createProfile>[1]): Promise<void> {
    const patch = patchOf(this.base, this.values, draft);
    if (!Object.keys(patch).length && editing.etag) {
      this.conflict = null;
      this.draft.clear();
      this.notice = 'unchanged';
      this.#focus = 'saved';
      this.announcement = '';
      return;
    }
    const sent = this.values;
    // No ETag (a backend that sends none): no If-Match (src/api/personal.ts ifMatch); the 428 of a
    // backend that insists fetches the newest version, as a 412 does.
    const outcome = await this.saving.send((signal) => updateProfile(client, editing.id, patch, editing.etag, { signal, lang: this.uiLang }));
    if ('abandoned' in outcome) return;
    if ('sent' in outcome) return this.saved(outcome.sent, sent, 'saved');
    const error = outcome.failed;
    if (error.kind === 'precondition-failed' || error.kind === 'precondition-required') return this.openNewer(client, editing.id, error);
    this.failed(error);
  }

  /** Saved: the stored version becomes the base, the draft goes, and the host page hears of it. */
  private saved(result: Versioned<Profile>, sent: ProfileValues, notice: view.Notice): void {
    const profile = result.value;
    const stored = valuesOf(profile, this.uiLang);
    // Entries keep their keys (and so their place in the DOM and focus) where they still match.
    const keys = draftInput(sent).entries;
    stored.experience = stored.experience.map((e, i) => ({ ...e, key: keys[i] ?? e.key }));
    this.editing = { id: profile.id, etag: result.etag, profile };
    this.#latest = result;
    this.base = stored;
    // What was typed while saving is kept; otherwise the form shows what was stored (trimmed, normalised).
    if (this.values === sent) {
      this.values = stored;
      this.removed = null;
    }
    this.conflict = null;
    this.errors = {};
    this.summaryAttempt = 0;
    this.#submitted = false;
    this.#dirty.clear();
    // The draft is now that of the stored profile, and empty unless something was typed while saving.
    this.draft.moveTo(profile.id, { values: this.values, base: this.base, etag: result.etag });
    if (this.values === stored) this.draft.clear();
    this.notice = notice;
    this.announcement = '';
    this.#focus = 'saved';
    void emitRendered(this, 'profile-saved', { profile });
  }

  /** A 409: the visitor has a profile already. It is opened, with what they typed beside it. */
  private async openExisting(client: ClientCore, id: string): Promise<void> {
    const outcome = await this.saving.send((signal) => getProfileForEditing(client, id, { signal, lang: this.uiLang }));
    if ('abandoned' in outcome) return;
    if ('failed' in outcome) return this.failed(outcome.failed);
    const { value, etag } = outcome.sent;
    this.editing = { id, etag, profile: value };
    this.#latest = outcome.sent;
    this.offer('exists', this.values, valuesOf(value, this.uiLang));
  }

  /**
   * What was typed for a new profile, beside the profile that exists: each part that was typed
   * and differs is offered to choose (kept by default); the rest of the existing profile stays.
   */
  private offer(kind: 'exists', mine: ProfileValues, theirs: ProfileValues, { focus = true } = {}): void {
    const choices: view.Conflict['choices'] = {};
    for (const group of differingGroups(mine, theirs)) if (touched(mine, group)) choices[group] = 'mine';
    this.base = theirs;
    if (Object.keys(choices).length) this.showConflict({ kind, mine, theirs, choices }, focus);
    else this.values = theirs;
    if (this.editing) this.draft.moveTo(this.editing.id, { values: this.values, base: this.base, etag: this.editing.etag });
  }

  /** A 412: someone saved a newer version. It is fetched (with its ETag) and shown beside the edits. */
  private async openNewer(client: ClientCore, id: string, error: FlexschilError): Promise<void> {
    const outcome = await this.saving.send((signal) => getProfileForEditing(client, id, { signal, lang: this.uiLang }));
    if ('abandoned' in outcome) return;
    let newer: Profile | null = 'sent' in outcome ? outcome.sent.value : null;
    // Without the fresh copy, the one the 412 carried still shows what changed (its ETag is unknown: saving asks again).
    if (!newer) {
      const parsed = Profile.safeParse(error.members.current);
      newer = parsed.success ? parsed.data : null;
    }
    if (!newer) return this.failed('failed' in outcome ? outcome.failed : error);
    const etag = 'sent' in outcome ? outcome.sent.etag : (this.editing?.etag ?? null);
    const theirs = valuesOf(newer, this.uiLang);
    const mine = this.values;
    const base = this.base;
    const changedByMe = new Set(differingGroups(base, mine));
    const changedByThem = new Set(differingGroups(base, theirs));
    // Offered: the parts the other changed and the visitor has otherwise (mine by default where
    // both changed). A part only the visitor changed is not: its "newer version" would be the old
    // text, and picking it would throw the edit away; it stays as typed.
    const choices: view.Conflict['choices'] = {};
    const kept: Group[] = [];
    for (const group of differingGroups(mine, theirs)) {
      if (changedByThem.has(group)) choices[group] = changedByMe.has(group) ? 'mine' : 'theirs';
      else kept.push(group);
    }
    this.editing = { id, etag, profile: newer };
    this.#latest = { value: newer, etag };
    this.base = theirs;
    if (!Object.keys(choices).length && !kept.length) {
      // The newer version already says what the visitor wanted: nothing is left to choose or send.
      this.saved({ value: newer, etag }, this.values, 'saved');
      return;
    }
    this.showConflict({ kind: 'stale', mine, theirs, choices }, true, kept);
    this.keepDraft();
  }

  /**
   * Shows the choices; the form holds the chosen version of each part offered, the visitor's of
   * the parts `kept`, and theirs of every other part.
   */
  private showConflict(conflict: view.Conflict, focus = true, kept: readonly Group[] = []): void {
    this.conflict = conflict;
    let values = conflict.mine;
    for (const group of GROUPS) if (conflict.choices[group] !== 'mine' && !kept.includes(group)) values = withGroup(values, conflict.theirs, group);
    this.values = values;
    this.removed = null;
    this.announcement = '';
    // Not when the form opens with it: focus then stays where the page has it.
    if (focus) this.#focus = 'conflict';
  }

  private failed(error: FlexschilError): void {
    if (error.kind === 'unexpected') console.error('[flexschil]', error);
    emit(this, 'flexschil-error', error.toDetail());
    this.announcement = '';
    if (error.kind === 'invalid-input' || error.kind === 'conflict' || error.kind === 'forbidden') this.draft.forgetKey();
    if (error.kind === 'invalid-input' && error.invalidParams.length) {
      const { input } = checkValues(this.values);
      const errors: view.Errors = {};
      const general: string[] = [];
      for (const param of error.invalidParams) {
        const placed = placeIssue(param.name, this.values, input);
        if (placed && !errors[placed.key]) errors[placed.key] = { reason: param.reason, line: placed.line, entry: placed.entry };
        else if (!placed) general.push(param.reason);
      }
      this.errors = errors;
      this.general = general;
      // The backend's verdict stands until a control changes after it (onLeave).
      this.#dirty.clear();
      this.summaryAttempt = nextSummary();
      this.#focus = 'summary';
      return;
    }
    this.failure = failureOf(error);
    this.#focus = 'failure';
  }
}
