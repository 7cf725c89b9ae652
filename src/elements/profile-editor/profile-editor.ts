import { Task, TaskStatus } from '@lit/task';
import { adoptStyles, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FlexschilClient, Versioned } from '../../api/client.js';
import { FlexschilError } from '../../api/errors.js';
import type { Me, Profile, Vocabularies } from '../../api/schemas.js';
import { define } from '../../shared/define.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './profile-editor.styles.js';

type FormModule = typeof import('./profile-form.js');

/** The form's own tag: an implementation detail of this element, rendered only inside it. */
const FORM_TAG = 'flexschil-profile-form';

let formModule: Promise<FormModule> | null = null;

/**
 * The form's code, fetched on first use and once per page: most pages that load Flexschil
 * never edit a profile, and the form is the largest element (see the README's bundle budget).
 * A failed fetch is not remembered, so "try again" fetches it again.
 */
function loadForm(): Promise<FormModule> {
  formModule ??= import('./profile-form.js').then(
    (module) => {
      define(FORM_TAG, module.ProfileForm);
      return module;
    },
    (error: unknown) => {
      formModule = null;
      throw error;
    },
  );
  return formModule;
}

type Resolved =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'hint'; form: FormModule; reason: 'signIn' | 'noAccess' | 'notYours' }
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
 * The form itself is loaded on first use, as a separate chunk of the bundle.
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
 * @csspart draft-notice - The notice that unsaved changes were restored, with a button to discard them.
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
  static override styles = [tokens, base, styles];

  /** Id of the profile to edit (a coordinator's task); without it, the visitor's own profile (`GET /me`), or a new one. */
  @property({ attribute: 'profile-id' }) profileId: string | null = null;
  /** Level of the headings of the error summary, the conflict and the preview (2 by default); the card's name is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  #adopted = false;

  /** @internal */
  private form = new Task(this, {
    task: () => this.load(loadForm),
    args: () => [] as const,
  });

  /** Who the visitor is; null without (valid) credentials. @internal */
  private who = new Task(this, {
    task: ([client], { signal }) =>
      this.load(async (): Promise<Me | null> => {
        try {
          return await this.clientOr(client).getMe({ signal, lang: this.uiLang });
        } catch (error) {
          if (error instanceof FlexschilError && error.kind === 'unauthorized') return null;
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
          return { id, result: await this.clientOr(client).getProfileForEditing(id, { signal, lang: this.uiLang }) };
        } catch (error) {
          if (error instanceof FlexschilError && (error.kind === 'forbidden' || error.kind === 'unauthorized')) return { id, result: 'denied' as const };
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

  private clientOr(client: FlexschilClient | null): FlexschilClient {
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
    const tasks = [this.form, this.who, this.stored, this.codes];
    const failed = tasks.find((task) => task.status === TaskStatus.ERROR);
    if (failed) {
      const retry = () => {
        for (const task of tasks) if (task.status === TaskStatus.ERROR) void task.run();
      };
      return { state: 'error', error: failed.error, retry };
    }
    const form = this.form.value;
    const me = this.who.value;
    if (!form || me === undefined) return { state: 'loading' };
    if (me === null) return { state: 'hint', form, reason: 'signIn' };
    if (!me.can.editProfile) return { state: 'hint', form, reason: 'noAccess' };
    const stored = this.stored.value;
    const vocabularies = this.codes.value;
    // While reloading (another language, a refreshed token) the form stays: nothing typed disappears.
    if (!stored || stored.id !== this.targetId() || !vocabularies) return { state: 'loading' };
    if (stored.result === 'denied') return { state: 'hint', form, reason: 'notYours' };
    return { state: 'ready', me, profile: stored.result, vocabularies };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const form = this.form.value;
    if (form && !this.#adopted && this.renderRoot instanceof ShadowRoot) {
      // The form renders into this shadow root: its CSS joins this element's own.
      adoptStyles(this.renderRoot, [...(this.constructor as typeof ProfileEditor).elementStyles, ...form.styles]);
      this.#adopted = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.resolve().state;
    this.dataState = state === 'hint' ? 'ready' : state;
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    const resolved = this.resolve();
    switch (resolved.state) {
      case 'loading':
        return renderSkeleton(1, lang, 'skeleton-form');
      case 'error':
        return renderError(resolved.error, lang, resolved.retry);
      case 'hint':
        return resolved.form.signInHint(lang, resolved.reason);
      case 'ready':
        return html`<flexschil-profile-form
          .me=${resolved.me}
          .profile=${resolved.profile}
          .vocabularies=${resolved.vocabularies}
          heading-level=${this.headingLevel}
        ></flexschil-profile-form>`;
    }
  }
}
