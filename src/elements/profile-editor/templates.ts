/**
 * What the profile form shows, as plain functions of what it knows: no state of their own.
 * Each control's `name` is its path in the contract (`availability.from`, `experience.2.title`),
 * so host pages and tests can find it, and the backend's `invalidParams` name the same controls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { typedNumber } from '../../api/rules/amount.js';
import { isCalendarDate, isYearMonth } from '../../api/rules/dates.js';
import type { FieldIssue } from '../../api/rules/fields.js';
import { characterCount } from '../../api/rules/text.js';
import type { Code, Organisation } from '../../api/schemas.js';
import { codeLabel } from '../../i18n/codes.js';
import { sending } from '../../i18n/sending.js';
import { draftFieldLabel, draftIssueText } from '../../i18n/draft-errors.js';
import { formatDate, formatHours, formatMoney } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { profileEditor as messages } from '../../i18n/profile-editor.js';
import { profileCard } from '../../i18n/profiles.js';
import { renderErrorSummary, renderFailureNotice } from '../../shared/form-templates.js';
import { headingTag } from '../../shared/headings.js';
import { itemActions, removedText } from '../../shared/item-list.js';
import { languageName, typedLang } from '../../shared/text-language.js';
import { type Difference, lines, type Version, versionChoices } from '../../shared/version-choice.js';
import type { Failure } from './save-failure.js';
import { type ErrorKey, type ExperiencePart, type ExperienceValues, type Group, type ProfileValues, type TextName, urlOf, yearMonthOf } from './values.js';

/** A problem of one control: one of ours (worded here), or the backend's own words. */
export interface FieldError {
  issue?: FieldIssue;
  /** The backend's `reason`, in the request's language. */
  reason?: string;
  /** The line of a one-per-line list, or the number of an experience entry, named after the message. */
  line?: number;
  entry?: number;
}

export type Errors = Partial<Record<ErrorKey, FieldError>>;

/** What every control template needs. */
export interface FormView {
  lang: Lang;
  values: ProfileValues;
  errors: Errors;
}

/** The DOM id of a control (the first one of a group): `availability.from` → `field-availability-from`. */
export function controlId(key: ErrorKey): string {
  return `field-${key.replace(/\./g, '-')}`;
}

/** Lists whose length has a limit: too many items is not "too long". */
const LISTS = new Set(['fields', 'coreQualities', 'skills', 'experience']);

/** A problem in words: the shared messages (src/i18n/draft-errors.ts), with a list's limit worded as a number of items. */
function issueText(lang: Lang, issue: FieldIssue): string {
  const t = messages[lang];
  const label = draftFieldLabel(issue.name, lang);
  if (issue.code === 'tooLong' && LISTS.has(issue.name) && issue.params?.max !== undefined) return t.atMost(label, issue.params.max, issue.params.count ?? 0);
  return draftIssueText(issue, lang);
}

export function errorText(lang: Lang, error: FieldError): string {
  const t = messages[lang];
  const text = error.reason ?? (error.issue ? issueText(lang, error.issue) : '');
  if (error.line) return `${text} (${t.line(error.line)})`;
  if (error.entry) return `${text} (${t.entry(error.entry)})`;
  return text;
}

function describedBy(view: FormView, key: ErrorKey, extra: readonly string[] = []): string | typeof nothing {
  const ids = [...extra, view.errors[key] ? `${controlId(key)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function fieldError(view: FormView, key: ErrorKey): TemplateResult | typeof nothing {
  const error = view.errors[key];
  if (!error) return nothing;
  return html`<p id="${controlId(key)}-error" class="error-message">
    <span class="visually-hidden">${messages[view.lang].errorPrefix}</span> ${errorText(view.lang, error)}
  </p>`;
}

function hintOf(key: ErrorKey, hint: unknown): TemplateResult | typeof nothing {
  return hint ? html`<p id="${controlId(key)}-hint" class="hint">${hint}</p>` : nothing;
}

function labelText(label: string, optional: boolean, lang: Lang): TemplateResult {
  return html`${label}${optional ? html`<span class="optional">${` ${messages[lang].optional}`}</span>` : nothing}`;
}

export interface TextOptions {
  label: string;
  hint?: string;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  optional?: boolean;
  className?: string;
  spellcheck?: boolean;
}

export function textField(view: FormView, name: TextName, o: TextOptions): TemplateResult {
  const id = controlId(name);
  const invalid = !!view.errors[name];
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
    <label for=${id}>${labelText(o.label, !!o.optional, view.lang)}</label>
    ${hintOf(name, o.hint)} ${fieldError(view, name)}
    <input
      id=${id}
      name=${name}
      type=${o.type ?? 'text'}
      class=${o.className ?? nothing}
      autocomplete=${o.autocomplete ?? 'off'}
      inputmode=${o.inputmode ?? nothing}
      spellcheck=${o.spellcheck === false ? 'false' : nothing}
      lang=${typedLang(view.values.language, o)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, name, o.hint ? [`${id}-hint`] : [])}
      .value=${live(view.values[name])}
    />
  </div>`;
}

export function textArea(view: FormView, name: TextName, o: TextOptions & { rows: number; count?: { max: number } }): TemplateResult {
  const id = controlId(name);
  const invalid = !!view.errors[name];
  const t = messages[view.lang];
  // Counted as the rule counts (an emoji is two), so the counter and the message never disagree.
  const length = characterCount(view.values[name]);
  const count = o.count ? (length <= o.count.max ? t.countLeft(o.count.max - length) : t.countOver(length - o.count.max)) : null;
  const extra = [o.hint ? `${id}-hint` : '', count ? `${id}-count` : ''].filter(Boolean);
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
    <label for=${id}>${labelText(o.label, !!o.optional, view.lang)}</label>
    ${hintOf(name, o.hint)} ${fieldError(view, name)}
    <textarea
      id=${id}
      name=${name}
      rows=${o.rows}
      spellcheck=${o.spellcheck === false ? 'false' : nothing}
      lang=${typedLang(view.values.language, o)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, name, extra)}
      .value=${live(view.values[name])}
    ></textarea>
    ${count ? html`<p id="${id}-count" class="count ${length > (o.count?.max ?? 0) ? 'over' : ''}">${count}</p>` : nothing}
  </div>`;
}

export interface Option {
  value: string;
  label: unknown;
  hint?: unknown;
}

/** A group of radio buttons (or, with `multiple`, checkboxes) in a fieldset: the legend names it. */
export function choiceGroup(
  view: FormView,
  name: 'kind' | 'visibility' | 'fields',
  o: { legend: string; hint?: string; options: readonly Option[]; optional?: boolean; className?: string },
): TemplateResult {
  const id = controlId(name);
  const invalid = !!view.errors[name];
  const multiple = name === 'fields';
  const chosen = (value: string) => (multiple ? view.values.fields.includes(value) : view.values[name as 'kind' | 'visibility'] === value);
  return html`<fieldset
    class="field choices ${o.className ?? ''} ${invalid ? 'invalid' : ''}"
    part="field"
    data-field=${name}
    aria-describedby=${describedBy(view, name, o.hint ? [`${id}-hint`] : [])}
  >
    <legend>${labelText(o.legend, !!o.optional, view.lang)}</legend>
    ${hintOf(name, o.hint)} ${fieldError(view, name)}
    ${o.options.map((option, i) => {
      const optionId = i === 0 ? id : `${id}-${option.value}`;
      // By value, also for the first option, whose id is the group's: `${id}-hint` is the group's hint.
      const hintId = `${id}-${option.value}-hint`;
      return html`<div class="check">
        <input
          id=${optionId}
          name=${name}
          type=${multiple ? 'checkbox' : 'radio'}
          value=${option.value}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${option.hint ? hintId : nothing}
          .checked=${live(chosen(option.value))}
        />
        <div>
          <label for=${optionId}>${option.label}</label>
          ${option.hint ? html`<p id=${hintId} class="hint">${option.hint}</p>` : nothing}
        </div>
      </div>`;
    })}
  </fieldset>`;
}

/**
 * A choice from a list: the region (a code list, with a placeholder), or the language of the
 * texts (shared/text-language.ts: there is always one, each option marked with its own language).
 */
export function selectField(
  view: FormView,
  name: 'region' | 'language',
  label: string,
  choices: readonly (Code & { lang?: string })[],
  o: { hint?: string; placeholder?: string } = {},
): TemplateResult {
  const id = controlId(name);
  const invalid = !!view.errors[name];
  const value = view.values[name];
  // A stored value the list no longer has stays choosable, so opening the form changes nothing.
  const options = value && !choices.some((r) => r.value === value) ? [...choices, { value, label: value }] : choices;
  // `selected` on the options for the first render, `.value` after it: an option a person picked is dirty
  // (HTML), and its selected attribute no longer selects it, as switching back to one's own version after a 412 must.
  // (A comment here, not in the template: there it would ship in the bundle.)
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
    <label for=${id}>${label}</label>
    ${hintOf(name, o.hint)} ${fieldError(view, name)}
    <select
      id=${id}
      name=${name}
      class="medium"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, name, o.hint ? [`${id}-hint`] : [])}
      .value=${live(value)}
    >
      ${o.placeholder ? html`<option value="" ?selected=${!value}>${o.placeholder}</option>` : nothing}
      ${options.map((r) => html`<option value=${r.value} lang=${r.lang ?? nothing} ?selected=${r.value === value}>${r.label}</option>`)}
    </select>
  </div>`;
}

export function publicRateCheckbox(view: FormView): TemplateResult {
  const t = messages[view.lang];
  const id = 'field-rate-publicRate';
  return html`<div class="field" part="field" data-field="rate.publicRate">
    <div class="check">
      <input id=${id} name="rate.publicRate" type="checkbox" value="true" aria-describedby="${id}-hint" .checked=${live(view.values['rate.publicRate'])} />
      <div>
        <label for=${id}>${t.publicRate}</label>
        <p id="${id}-hint" class="hint">${t.publicRateHint}</p>
      </div>
    </div>
  </div>`;
}

export interface ExperienceActions {
  add: () => void;
  move: (index: number, to: number) => void;
  remove: (index: number) => void;
  /** The entry removed last, by name ("Ervaring 2: Adviseur"), or null: "Zet terug" shows while it is set. */
  removed: string | null;
  undo: () => void;
}

/** How an entry is named to people: its number, and its title once it has one. */
export function entryName(lang: Lang, entry: ExperienceValues, index: number): string {
  const t = messages[lang];
  return entry.title.trim() ? t.experienceNamed(index + 1, entry.title.trim()) : t.experienceEntry(index + 1);
}

/** The experience entries: add, move up and down, remove — all with buttons (src/shared/item-list.ts). */
export function experienceList(view: FormView, actions: ExperienceActions): TemplateResult {
  const t = messages[view.lang];
  const entries = view.values.experience;
  const invalid = !!view.errors.experience;
  const part = (entry: ExperienceValues, index: number, name: ExperiencePart, label: string, hint?: string) => {
    const key: ErrorKey = `experience.${entry.key}.${name}`;
    const id = controlId(key);
    const bad = !!view.errors[key];
    const inputmode = name === 'from' || name === 'to' ? 'numeric' : undefined;
    return html`<div class="field ${bad ? 'invalid' : ''}" part="field" data-field="experience.${index}.${name}">
      <label for=${id}>${label}</label>
      ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing} ${fieldError(view, key)}
      <input
        id=${id}
        name="experience.${index}.${name}"
        type="text"
        class=${inputmode ? 'short' : nothing}
        inputmode=${inputmode ?? nothing}
        lang=${typedLang(view.values.language, { inputmode })}
        autocomplete="off"
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${describedBy(view, key, hint ? [`${id}-hint`] : [])}
        .value=${live(entry[name])}
      />
    </div>`;
  };
  return html`<fieldset class="group experience ${invalid ? 'invalid' : ''}" aria-describedby=${describedBy(view, 'experience', ['experience-hint'])}>
    <legend>${t.groupExperience}</legend>
    <p id="experience-hint" class="hint">${t.experienceHint}</p>
    ${fieldError(view, 'experience')}
    ${entries.length
      ? html`<ol class="entries">
          ${repeat(
            entries,
            (entry) => entry.key,
            (entry, index) => html`<li class="entry" data-key=${entry.key}>
              <fieldset class="entry-fields">
                <legend>${t.experienceEntry(index + 1)}</legend>
                ${part(entry, index, 'title', t.experienceTitle)} ${part(entry, index, 'organisation', t.experienceOrganisation)}
                <div class="period">
                  ${part(entry, index, 'from', t.experienceFrom, t.monthHint)} ${part(entry, index, 'to', t.experienceTo, t.toHint)}
                </div>
                ${itemActions({
                  lang: view.lang,
                  index,
                  count: entries.length,
                  name: entryName(view.lang, entry, index),
                  idPrefix: `entry-${entry.key}`,
                  move: (to) => actions.move(index, to),
                  remove: () => actions.remove(index),
                })}
              </fieldset>
            </li>`,
          )}
        </ol>`
      : html`<p class="empty">${t.experienceEmpty}</p>`}
    ${actions.removed
      ? html`<p class="undo" part="undo">
          ${removedText(view.lang, actions.removed)}
          <button type="button" class="button secondary small" id="experience-undo" @click=${actions.undo}>
            <span aria-hidden="true">${t.undoRemove}</span><span class="visually-hidden">${t.undoRemove}: ${actions.removed}</span>
          </button>
        </p>`
      : nothing}
    <div>
      <button type="button" class="button secondary" id=${controlId('experience')} @click=${actions.add}>${t.addExperience}</button>
    </div>
  </fieldset>`;
}

export function visibilityOptions(lang: Lang, organisation: Organisation | null): Option[] {
  const t = messages[lang];
  return [
    { value: 'public', label: t.visibilityPublic, hint: t.visibilityPublicHint },
    { value: 'network', label: t.visibilityNetwork, hint: t.visibilityNetworkHint },
    { value: 'internal', label: t.visibilityInternal, hint: organisation ? t.visibilityInternalHint(organisation.name) : t.visibilityInternalNone },
  ];
}

/** GOV.UK error summary: focused when it appears, each problem a link to its control. */
export function errorSummary(
  lang: Lang,
  problems: readonly { key: ErrorKey; error: FieldError }[],
  general: readonly string[],
  level: number,
  follow: (key: ErrorKey, event: Event) => void,
  attempt: number,
): TemplateResult {
  const items = problems.map(({ key, error }) => ({ key, id: controlId(key), text: errorText(lang, error) }));
  return renderErrorSummary(messages[lang].summaryTitle, level, items, general, follow, attempt);
}

/** `creating`: the first save of a new profile, which a retry never makes twice (a change is the same sent twice). */
export function failureMessage(lang: Lang, failure: Failure, retry: () => void, creating: boolean): TemplateResult {
  const t = messages[lang];
  const reason = {
    'no-endpoint': t.failedConfig,
    refused: t.failedUnavailable,
    network: sending[lang].network,
    timeout: sending[lang].timeout,
    busy: sending[lang].busy(failure.retryAfter),
    'signed-out': t.failedSignedOut,
    forbidden: t.failedForbidden,
    gone: t.failedGone,
    'too-large': t.failedTooLarge,
    rejected: failure.detail || t.failedRejected,
    server: sending[lang].server,
  }[failure.reason];
  // Retrying cannot help where the profile is not the visitor's or does not exist.
  const retryable = failure.reason !== 'forbidden' && failure.reason !== 'gone' && failure.reason !== 'no-endpoint';
  return renderFailureNotice({ title: t.failedTitle, reason, kept: t.kept, retry: retryable ? { hint: creating ? t.noDuplicates : null, label: t.retrySave, run: retry } : null });
}

export interface Conflict {
  /** `stale`: a 412, someone saved meanwhile; `exists`: a 409, the visitor had a profile already. */
  kind: 'stale' | 'exists';
  mine: ProfileValues;
  theirs: ProfileValues;
  choices: Partial<Record<Group, Version>>;
}

export function conflictPanel(
  view: FormView,
  conflict: Conflict,
  codes: Codes,
  level: number,
  choose: (group: Group, version: Version) => void,
  save: () => void,
): TemplateResult {
  const t = messages[view.lang];
  const h = headingTag(level);
  const differences: Difference[] = (Object.keys(conflict.choices) as Group[]).map((group) => ({
    name: group,
    label: groupLabel(view.lang, group),
    mine: groupText(group, conflict.mine, codes, view.lang),
    theirs: groupText(group, conflict.theirs, codes, view.lang),
    choice: conflict.choices[group] ?? 'mine',
  }));
  return html`<section class="conflict" part="conflict" tabindex="-1" aria-labelledby="conflict-heading">
    ${staticHtml`<${h} id="conflict-heading">${conflict.kind === 'stale' ? t.staleTitle : t.existsTitle}</${h}>`}
    <p>${conflict.kind === 'exists' ? t.existsIntro : differences.length ? t.staleIntro : t.staleMerged}</p>
    ${
      differences.length
        ? versionChoices({
            lang: view.lang,
            differences,
            choose: (name, version) => choose(name as Group, version),
            theirsLabel: conflict.kind === 'exists' ? t.theirsExisting : undefined,
          })
        : nothing
    }
    <div class="actions">
      <button type="button" class="button" @click=${save}>${differences.length ? t.saveChoices : t.submitEdit}</button>
    </div>
  </section>`;
}

export interface Codes {
  field: readonly Code[];
  region: readonly Code[];
}

export function groupLabel(lang: Lang, group: Group): string {
  const t = messages[lang];
  const labels: Record<Group, string> = {
    name: t.name,
    headline: t.headline,
    kind: t.kind,
    photoUrl: t.photoUrl,
    bio: t.bio,
    fields: t.fields,
    coreQualities: t.coreQualities,
    skills: t.skills,
    experience: t.groupExperience,
    availability: t.hoursPerWeek,
    region: t.region,
    rate: t.rate,
    links: t.groupLinks,
    contact: t.groupContact,
    visibility: t.groupVisibility,
    language: t.language,
  };
  return labels[group];
}

const items = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** One part of a version, worded for the comparison after a 412 or 409 ('' when empty). */
export function groupText(group: Group, v: ProfileValues, codes: Codes, lang: Lang): unknown {
  const t = messages[lang];
  const label = (list: readonly Code[], value: string) => list.find((c) => c.value === value)?.label ?? value;
  const month = (text: string) => {
    const ym = yearMonthOf(text);
    return isYearMonth(ym) ? formatDate(ym, lang) : text.trim();
  };
  switch (group) {
    case 'kind':
      return v.kind ? codeLabel('kind', v.kind, lang) : '';
    case 'fields':
      return v.fields.map((f) => label(codes.field, f)).join(', ');
    case 'coreQualities':
    case 'skills':
      return items(v[group]).join(', ');
    case 'experience':
      return lines(
        v.experience
          .filter((e) => e.title.trim() || e.organisation.trim())
          .map((e) => `${[e.title.trim(), e.organisation.trim()].filter(Boolean).join(', ')} (${month(e.from)} – ${e.to.trim() ? month(e.to) : profileCard[lang].untilNow})`),
      );
    case 'availability': {
      const hours = v['availability.hoursPerWeek'].trim();
      const from = v['availability.from'].trim();
      const hoursText = /^\d+$/.test(hours) ? formatHours(Number(hours), lang) : hours;
      return [hoursText, from ? `${t.availableFrom.toLowerCase()} ${isCalendarDate(from) ? formatDate(from, lang) : from}` : ''].filter(Boolean).join(', ');
    }
    case 'region':
      return v.region ? label(codes.region, v.region) : '';
    case 'rate': {
      const amount = typedNumber(v['rate.amount']);
      if (!v['rate.amount'].trim()) return '';
      const money = amount !== null ? formatMoney(amount, 'EUR', 'hour', lang) : v['rate.amount'];
      return profileCard[lang].rateKind(money, v['rate.publicRate']);
    }
    case 'links':
      return lines([v['links.cv'], v['links.portfolio'], v['links.linkedin']].map(urlOf).filter(Boolean));
    case 'contact':
      return [v['contact.email'].trim(), v['contact.phone'].trim()].filter(Boolean).join(', ');
    case 'visibility':
      return visibilityLabel(lang, v.visibility);
    case 'language':
      return languageName(v.language);
    default:
      return v[group].trim();
  }
}

export function visibilityLabel(lang: Lang, visibility: string): string {
  const t = messages[lang];
  return visibility === 'public' ? t.visibilityPublic : visibility === 'internal' ? t.visibilityInternal : t.visibilityNetwork;
}

export type Notice = 'created' | 'saved' | 'unchanged';

export function savedNotice(lang: Lang, notice: Notice, visibility: string): TemplateResult {
  const t = messages[lang];
  const title = notice === 'created' ? t.savedCreate : notice === 'saved' ? t.savedEdit : t.unchanged;
  return html`<div class="saved" part="saved" tabindex="-1">
    <p><strong>${title}</strong> ${t.savedVisibility(visibilityLabel(lang, visibility).toLowerCase())}</p>
  </div>`;
}

export type HintReason = 'signIn' | 'noAccess' | 'notYours';

/** What a visitor who may not edit sees instead of the form (contract §2); the host page can slot its own sign-in link. */
export function signInHint(lang: Lang, reason: HintReason): TemplateResult {
  return html`<div class="sign-in" part="sign-in">
    <p>${messages[lang][reason]}</p>
    <slot name="sign-in"></slot>
  </div>`;
}
