/**
 * What `<assignment-editor>` shows, as plain functions of what it knows (assignment-editor-form.ts holds the
 * state). Every control is `name`d by the contract's dotted path and has the id
 * {@link controlId}, so error links, backend problems and tests find it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isCalendarDate } from '../../api/rules/dates.js';
import type { FieldIssue } from '../../api/rules/fields.js';
import { postingLimits } from '../../api/rules/posting.js';
import { type Assignment, type Code, contractTypes, type Vocabularies, visibilities, workModes } from '../../api/schemas.js';
import { assignmentEditorForm as messages } from '../../i18n/assignment-editor-form.js';
import { codeLabel } from '../../i18n/codes.js';
import { draftFieldLabel, draftIssueText } from '../../i18n/draft-errors.js';
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { heading, renderErrorSummary, renderFailureNotice } from '../../shared/form-templates.js';
import { textLang } from '../../shared/backend-text.js';
import type { RichText } from '../../shared/rich-text.js';
import { languageName, textLanguages, typedLang } from '../../shared/text-language.js';
import { inertContent } from '../../shared/trusted-types.js';
import { conflictPanel, type Side, wordValue } from '../../shared/version-conflict.js';
import { assignmentCard } from '../assignment-list/card.js';
import { type EditorValues, type FieldName, type FlagName, filledSkills, same, type TextName } from './values.js';

/** A field's problem: the rules' own, or the backend's words from `invalidParams`. */
export type FieldError = FieldIssue | { code: 'server'; reason: string };

/** What every field template needs: the language, what was typed, what is wrong, the code lists. */
export interface FormView {
  lang: Lang;
  values: EditorValues;
  errors: Readonly<Record<string, FieldError>>;
  fields: readonly Code[];
  regions: readonly Code[];
}

/** `location.place` → `f-location-place`: ids without dots, so selectors need no escaping. */
export function controlId(name: string): string {
  return `f-${name.replace(/\./g, '-')}`;
}

/** A field's message in the poster's words (or the backend's own). Skill rows say which skill. */
export function errorText(view: FormView, name: string): string | null {
  const error = view.errors[name];
  if (!error) return null;
  const text = error.code === 'server' ? error.reason : draftIssueText(error, view.lang);
  const row = /^skills\.(\d+)\.name$/.exec(name);
  return row ? messages[view.lang].skillProblem(Number(row[1]) + 1, text) : text;
}

function errorLine(view: FormView, name: string): TemplateResult | typeof nothing {
  const text = errorText(view, name);
  if (!text) return nothing;
  return html`<p id="${controlId(name)}-error" class="error-message"><span class="visually-hidden">${messages[view.lang].errorPrefix}</span> ${text}</p>`;
}

function describedBy(view: FormView, name: string, hint: boolean): string | typeof nothing {
  const id = controlId(name);
  const ids = [hint ? `${id}-hint` : '', view.errors[name] ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function hintLine(name: string, hint: unknown): TemplateResult | typeof nothing {
  return hint ? html`<p id="${controlId(name)}-hint" class="hint">${hint}</p>` : nothing;
}

function labelText(view: FormView, label: string, optional: boolean): TemplateResult {
  return html`${label}${optional ? html`<span class="optional">${` ${messages[view.lang].optional}`}</span>` : nothing}`;
}

export interface TextOptions {
  label: string;
  hint?: unknown;
  type?: string;
  inputmode?: string;
  autocomplete?: string;
  optional?: boolean;
  className?: string;
  maxlength?: number;
  multiline?: boolean;
}

export function textField(view: FormView, name: TextName, o: TextOptions): TemplateResult {
  const invalid = !!view.errors[name];
  const id = controlId(name);
  const common = {
    invalid: invalid ? 'true' : 'false',
    described: describedBy(view, name, !!o.hint),
    lang: typedLang(view.values.language, o),
  };
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
    <label for=${id}>${labelText(view, o.label, !!o.optional)}</label>
    ${hintLine(name, o.hint)} ${errorLine(view, name)}
    ${o.multiline
      ? html`<textarea id=${id} name=${name} rows="3" lang=${common.lang} aria-invalid=${common.invalid} aria-describedby=${common.described} .value=${live(view.values[name])}></textarea>`
      : html`<input
          id=${id}
          name=${name}
          type=${o.type ?? 'text'}
          class=${o.className ?? nothing}
          inputmode=${o.inputmode ?? nothing}
          autocomplete=${o.autocomplete ?? 'off'}
          spellcheck=${o.type === 'url' || o.type === 'email' ? 'false' : nothing}
          lang=${common.lang}
          aria-invalid=${common.invalid}
          aria-describedby=${common.described}
          .value=${live(view.values[name])}
        />`}
  </div>`;
}

/**
 * A choice from a list: a code list, or the language of the texts (shared/text-language.ts,
 * without a placeholder: there is always one, and each option is marked with its own language).
 */
export function selectField(
  view: FormView,
  name: 'field' | 'location.region' | 'language',
  label: string,
  placeholder: string | null,
  codes: readonly (Code & { lang?: string })[],
): TemplateResult {
  const invalid = !!view.errors[name];
  const id = controlId(name);
  const value = view.values[name];
  // A value the code list does not (or no longer) have stays chosen, shown by its value.
  const options = value && !codes.some((c) => c.value === value) ? [...codes, { value, label: value }] : codes;
  // `selected` on the options for the first render, `.value` after it: an option a person picked is
  // dirty (HTML) and its selected attribute no longer selects it, as taking one's own version back after a 412 must.
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
    <label for=${id}>${label}</label>
    ${errorLine(view, name)}
    <select id=${id} name=${name} class="medium" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(view, name, false)} .value=${live(value)}>
      ${placeholder === null ? nothing : html`<option value="" ?selected=${!value}>${placeholder}</option>`}
      ${options.map((code) => html`<option value=${code.value} lang=${code.lang ?? nothing} ?selected=${code.value === value}>${code.label}</option>`)}
    </select>
  </div>`;
}

/** A group of radio buttons (one choice) or checkboxes (several), in a fieldset whose legend names it. */
export function choiceGroup(
  view: FormView,
  name: 'location.mode' | 'visibility' | 'types',
  legend: string,
  choices: readonly { value: string; label: string; hint?: string }[],
  hint?: string,
): TemplateResult {
  const invalid = !!view.errors[name];
  const id = controlId(name);
  const multiple = name === 'types';
  const chosen = (value: string) => (multiple ? view.values.types.includes(value) : view.values[name as 'location.mode' | 'visibility'] === value);
  return html`<fieldset class="field group ${invalid ? 'invalid' : ''}" part="field" data-field=${name} aria-describedby=${describedBy(view, name, !!hint)}>
    <legend>${legend}</legend>
    ${hintLine(name, hint)} ${errorLine(view, name)}
    ${choices.map((choice, i) => {
      const optionId = i === 0 ? id : `${id}-${choice.value}`;
      // By value, also for the first choice, whose id is the group's: `${id}-hint` is the group's hint.
      const hintId = `${id}-${choice.value}-hint`;
      return html`<div class="check">
        <input
          id=${optionId}
          type=${multiple ? 'checkbox' : 'radio'}
          name=${name}
          value=${choice.value}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${choice.hint ? hintId : nothing}
          .checked=${live(chosen(choice.value))}
        />
        <label for=${optionId}>${choice.label}</label>
        ${choice.hint ? html`<p id=${hintId} class="hint check-hint">${choice.hint}</p>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

export function checkbox(view: FormView, name: FlagName, label: string, hint?: string): TemplateResult {
  const invalid = !!view.errors[name];
  const id = controlId(name);
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
    ${errorLine(view, name)}
    <div class="check">
      <input
        id=${id}
        type="checkbox"
        name=${name}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(view, name, !!hint)}
        .checked=${live(view.values[name])}
      />
      <label for=${id}>${label}</label>
      ${hint ? html`<p id="${id}-hint" class="hint check-hint">${hint}</p>` : nothing}
    </div>
  </div>`;
}

export interface SkillActions {
  add: () => void;
  remove: (row: number) => void;
  /** Enter in a skill's name: a next row, instead of submitting the form. */
  enter: (row: number, event: KeyboardEvent) => void;
}

/** The skills as a list of rows: a name, "required", and a button to remove it; one to add. */
export function skillsField(view: FormView, actions: SkillActions): TemplateResult {
  const t = messages[view.lang];
  const invalid = !!view.errors.skills;
  const skills = view.values.skills;
  const full = skills.length >= postingLimits.skills.max;
  return html`<fieldset class="field group skill-group ${invalid ? 'invalid' : ''}" part="field" data-field="skills" aria-describedby=${describedBy(view, 'skills', true)}>
    <legend>${t.skills} <span class="optional">${t.optional}</span></legend>
    ${hintLine('skills', t.skillsHint)} ${errorLine(view, 'skills')}
    ${skills.length
      ? html`<ol class="skill-list">
          ${skills.map((skill, row) => {
            const name = `skills.${row}.name`;
            const id = controlId(name);
            const rowInvalid = !!view.errors[name];
            return html`<li class="skill ${rowInvalid ? 'invalid' : ''}" data-field=${name}>
              <div class="skill-name">
                <label for=${id}>${t.skill(row + 1)}</label>
                ${errorLine(view, name)}
                <input
                  id=${id}
                  name=${name}
                  type="text"
                  autocomplete="off"
                  lang=${view.values.language}
                  aria-invalid=${rowInvalid ? 'true' : 'false'}
                  aria-describedby=${rowInvalid ? `${id}-error` : nothing}
                  .value=${live(skill.name)}
                  @keydown=${(e: KeyboardEvent) => actions.enter(row, e)}
                />
              </div>
              <div class="check skill-required">
                <input id="${controlId(`skills.${row}.required`)}" type="checkbox" name="skills.${row}.required" .checked=${live(skill.required)} />
                <label for="${controlId(`skills.${row}.required`)}"
                  ><span aria-hidden="true">${t.skillRequired}</span><span class="visually-hidden">${t.skillRequiredName(row + 1, skill.name.trim())}</span></label
                >
              </div>
              <button type="button" class="button secondary remove" @click=${() => actions.remove(row)}>
                <span aria-hidden="true">×</span><span class="visually-hidden">${t.removeSkill(row + 1, skill.name.trim())}</span>
              </button>
            </li>`;
          })}
        </ol>`
      : nothing}
    <div>
      <button type="button" class="button secondary add-skill" aria-disabled=${full ? 'true' : 'false'} aria-describedby=${full ? 'skills-max' : nothing} @click=${actions.add}>
        ${t.addSkill}
      </button>
      ${full ? html`<p id="skills-max" class="hint">${t.skillsMax(postingLimits.skills.max)}</p>` : nothing}
    </div>
  </fieldset>`;
}

export function modeChoices(lang: Lang): { value: string; label: string }[] {
  return workModes.map((value) => ({ value, label: codeLabel('mode', value, lang) }));
}

export function typeChoices(lang: Lang): { value: string; label: string }[] {
  return contractTypes.map((value) => ({ value, label: codeLabel('type', value, lang) }));
}

export function visibilityChoices(lang: Lang): { value: string; label: string }[] {
  const t = messages[lang];
  const labels = { public: t.visibilityPublic, network: t.visibilityNetwork, internal: t.visibilityInternal };
  return visibilities.map((value) => ({ value, label: labels[value] }));
}

/** The error summary: each problem a link to its field. */
export function errorSummary(
  view: FormView,
  names: readonly string[],
  general: readonly string[],
  level: number,
  follow: (name: string, event: Event) => void,
  attempt: number,
): TemplateResult {
  const items = names.map((name) => ({ key: name, id: controlId(name), text: errorText(view, name) }));
  return renderErrorSummary(messages[view.lang].summaryTitle, level, items, general, follow, attempt);
}

export type Outcome = 'created' | 'updated' | 'closed' | 'nothing' | 'settled';

/** What a save or close did: focused when it appears (WCAG 4.1.3 as a status, and a place for focus). */
export function savedNotice(lang: Lang, outcome: Outcome, title: string, level: number, another: (() => void) | null): TemplateResult {
  const t = messages[lang];
  const text = { created: t.created(title), updated: t.updated, closed: t.closed, nothing: t.nothingChanged, settled: t.settled }[outcome];
  return html`<div class="saved ${outcome === 'settled' ? 'warning' : ''}" part="saved">
    ${heading(level, text, { className: 'saved-title', focusable: true })}
    ${outcome === 'created' ? html`<p>${t.createdHint}</p>` : nothing}
    ${another ? html`<button type="button" class="link-button" @click=${another}>${t.another}</button>` : nothing}
  </div>`;
}

export interface Failure {
  /** `create`: a new assignment (a retry reuses its Idempotency-Key); `save`: a change; `close`: closing it. */
  action: 'create' | 'save' | 'close';
  message: string;
  /** Whether trying again can help (a network failure can; a 403 cannot). */
  retry: boolean;
}

export function failureMessage(lang: Lang, failure: Failure, retry: () => void): TemplateResult {
  const t = messages[lang];
  return renderFailureNotice({
    title: failure.action === 'close' ? t.failedClose : t.failedSave,
    reason: failure.message,
    kept: t.kept,
    // "Never posted twice" is about creating; a change or a close is the same whether sent once or twice.
    retry: failure.retry ? { hint: failure.action === 'create' ? t.noDuplicates : null, label: t.retry, run: retry } : null,
  });
}

/** The board's own card for what the form holds, or why there is none yet. */
export function preview(lang: Lang, assignment: Assignment | null, level: number): TemplateResult {
  const t = messages[lang];
  return html`<section class="preview" part="preview" aria-labelledby="preview-title">
    ${heading(level, t.previewTitle, { id: 'preview-title' })}
    <p class="hint">${assignment ? t.previewHint : t.previewMissing}</p>
    ${assignment
      ? html`<div class="preview-card">${assignmentCard(assignment, { lang, headingLevel: level + 1, title: html`<span class="preview-card-title" lang=${textLang(assignment, lang)}>${assignment.title}</span>` })}</div>`
      : nothing}
  </section>`;
}

export interface CloseView {
  lang: Lang;
  level: number;
  unsaved: boolean;
  busy: boolean;
  confirm: () => void;
  cancel: () => void;
}

/** The confirmation of "close now": a modal dialog, so nothing else happens meanwhile. */
export function closeDialog(view: CloseView): TemplateResult {
  const t = messages[view.lang];
  return html`<dialog class="close-dialog" part="close-dialog" aria-labelledby="close-title" aria-describedby="close-text" @cancel=${view.cancel}>
    ${heading(view.level, t.closeTitle, { id: 'close-title' })}
    <p id="close-text">${t.closeText}${view.unsaved ? html` ${t.closeUnsaved}` : nothing}</p>
    <div class="actions">
      <button type="button" class="button" aria-disabled=${view.busy ? 'true' : 'false'} @click=${view.confirm}>${view.busy ? t.closing : t.closeConfirm}</button>
      <button type="button" class="button secondary" autofocus @click=${view.cancel}>${t.closeCancel}</button>
    </div>
  </dialog>`;
}

/** What the form's fields call back: the skills' rows, and the description's editor. */
export interface SectionActions extends SkillActions {
  richText: RichText;
}

/** Every field, grouped as a poster thinks of them. */
export function formSections(view: FormView, actions: SectionActions): TemplateResult {
  return html`${what(view, actions)} ${whereWhen(view)} ${conditions(view)} ${contact(view)} ${requirements(view)}`;
}

function what(view: FormView, actions: SectionActions): TemplateResult {
  const t = messages[view.lang];
  const l = postingLimits;
  const invalid = !!view.errors.description;
  return html`<fieldset class="section">
    <legend>${t.groupWhat}</legend>
    ${textField(view, 'title', { label: t.title, hint: t.titleHint(l.title.min, l.title.max) })}
    ${textField(view, 'summary', { label: t.summary, hint: t.summaryHint(l.summary.max), optional: true, multiline: true })}
    <div class="field ${invalid ? 'invalid' : ''}" part="field" data-field="description">
      <span id="f-description-label" class="label" @click=${() => actions.richText.focus()}
        >${t.description} <span class="optional">${t.optional}</span></span
      >
      <p id="f-description-hint" class="hint">${t.descriptionHint}</p>
      ${errorLine(view, 'description')}
      ${actions.richText.render({
        id: controlId('description'),
        labelId: 'f-description-label',
        fieldName: draftFieldLabel('description', view.lang),
        describedBy: invalid ? 'f-description-hint f-description-error' : 'f-description-hint',
        invalid,
        lang: view.lang,
        typedLang: view.values.language,
      })}
    </div>
    ${selectField(view, 'field', t.field, t.chooseField, view.fields)} ${skillsField(view, actions)}
    ${selectField(view, 'language', t.language, null, textLanguages)}
  </fieldset>`;
}

function whereWhen(view: FormView): TemplateResult {
  const t = messages[view.lang];
  const hours = t.hoursHint(postingLimits.hours.min, postingLimits.hours.max);
  return html`<fieldset class="section">
    <legend>${t.groupWhereWhen}</legend>
    ${textField(view, 'location.place', { label: t.place, autocomplete: 'address-level2', className: 'medium' })}
    ${selectField(view, 'location.region', t.region, t.chooseRegion, view.regions)}
    ${choiceGroup(view, 'location.mode', t.mode, modeChoices(view.lang))}
    <div class="pair">
      ${textField(view, 'hoursPerWeek.min', { label: t.hoursMin, hint: hours, inputmode: 'numeric', className: 'short' })}
      ${textField(view, 'hoursPerWeek.max', { label: t.hoursMax, hint: t.hoursMaxHint, inputmode: 'numeric', className: 'short', optional: true })}
    </div>
    <div class="pair">
      ${textField(view, 'startDate', { label: t.startDate, type: 'date', optional: true, className: 'medium' })}
      ${textField(view, 'endDate', { label: t.endDate, type: 'date', optional: true, className: 'medium' })}
    </div>
    ${textField(view, 'closingDate', { label: t.closingDate, type: 'date', hint: t.closingDateHint, className: 'medium' })}
  </fieldset>`;
}

function conditions(view: FormView): TemplateResult {
  const t = messages[view.lang];
  return html`<fieldset class="section">
    <legend>${t.groupConditions}</legend>
    ${choiceGroup(view, 'types', t.types, typeChoices(view.lang), t.typesHint)}
    <div class="pair">
      ${textField(view, 'rate.min', { label: t.rateMin, hint: t.rateHint, inputmode: 'decimal', className: 'short', optional: true })}
      ${textField(view, 'rate.max', { label: t.rateMax, inputmode: 'decimal', className: 'short', optional: true })}
    </div>
    ${checkbox(view, 'rate.publicRate', t.publicRate, t.publicRateHint)}
    ${choiceGroup(view, 'visibility', t.visibility, visibilityChoices(view.lang))}
  </fieldset>`;
}

function contact(view: FormView): TemplateResult {
  const t = messages[view.lang];
  return html`<fieldset class="section" aria-describedby="contact-hint">
    <legend>${t.groupContact}</legend>
    <p id="contact-hint" class="section-hint">${t.groupContactHint}</p>
    ${textField(view, 'contact.name', { label: t.contactName, autocomplete: 'name', className: 'medium', optional: true })}
    ${textField(view, 'contact.email', { label: t.contactEmail, type: 'email', autocomplete: 'email', className: 'medium', optional: true })}
    ${textField(view, 'contact.phone', { label: t.contactPhone, type: 'tel', autocomplete: 'tel', className: 'medium', optional: true })}
    ${textField(view, 'url', { label: t.url, type: 'url', hint: t.urlHint, optional: true })}
    ${textField(view, 'applyUrl', { label: t.applyUrl, type: 'url', hint: t.applyUrlHint, optional: true })}
  </fieldset>`;
}

function requirements(view: FormView): TemplateResult {
  const t = messages[view.lang];
  return html`<fieldset class="section">
    <legend>${t.groupRequirements}</legend>
    ${checkbox(view, 'requirements.kvkNumber', t.kvkNumber)} ${checkbox(view, 'requirements.cv', t.cv)}
    ${textField(view, 'requirements.conditionsUrl', { label: t.conditionsUrl, type: 'url', hint: t.conditionsUrlHint, optional: true })}
    ${checkbox(view, 'requirements.managerConsent', t.managerConsent, t.managerConsentHint)}
  </fieldset>`;
}

/** After a 412: the version the poster started from, what they had typed, and the newer one. */
export interface Conflict {
  origin: EditorValues;
  mine: EditorValues;
  theirs: EditorValues;
  fields: { name: FieldName; both: boolean }[];
  /** Someone closed it meanwhile (a status, not a field of the form). */
  closed: boolean;
}

/** The newer version beside the poster's own values, field by field, to choose from. */
export function conflictNotice(view: FormView, conflict: Conflict, level: number, vocabularies: Vocabularies, choose: (name: string, side: Side) => void): TemplateResult {
  const lang = view.lang;
  const rows = conflict.fields.map(({ name, both }) => ({
    name,
    label: fieldLabel(name, lang),
    mine: fieldWord(name, conflict.mine, lang, vocabularies),
    theirs: fieldWord(name, conflict.theirs, lang, vocabularies),
    chosen: same(name, view.values, conflict.theirs) ? ('theirs' as const) : same(name, view.values, conflict.mine) ? ('mine' as const) : null,
    both,
  }));
  return html`${conflictPanel({ lang, headingLevel: level, rows, choose })}
  ${conflict.closed ? html`<p class="closed-notice">${messages[lang].closedMeanwhile}</p>` : nothing}`;
}

/** A field's label, for the comparison. */
function fieldLabel(name: FieldName, lang: Lang): string {
  const t = messages[lang];
  const labels: Record<FieldName, string> = {
    title: t.title,
    summary: t.summary,
    description: t.description,
    field: t.field,
    skills: t.skills,
    language: t.language,
    'location.place': t.place,
    'location.region': t.region,
    'location.mode': t.mode,
    'hoursPerWeek.min': t.hoursMin,
    'hoursPerWeek.max': t.hoursMax,
    startDate: t.startDate,
    endDate: t.endDate,
    closingDate: t.closingDate,
    types: t.types,
    'rate.min': t.rateMin,
    'rate.max': t.rateMax,
    'rate.publicRate': t.publicRate,
    visibility: t.visibility,
    'contact.name': t.contactName,
    'contact.email': t.contactEmail,
    'contact.phone': t.contactPhone,
    url: t.url,
    applyUrl: t.applyUrl,
    'requirements.kvkNumber': t.kvkNumber,
    'requirements.cv': t.cv,
    'requirements.conditionsUrl': t.conditionsUrl,
    'requirements.managerConsent': t.managerConsent,
  };
  return labels[name];
}

/** A field's value as people read it: labels for codes, dates in words, the description as text. */
function fieldWord(name: FieldName, values: EditorValues, lang: Lang, vocabularies: Vocabularies): unknown {
  const t = messages[lang];
  const label = (codes: readonly Code[], value: string) => codes.find((c) => c.value === value)?.label ?? value;
  const value = values[name];
  switch (name) {
    case 'description': {
      const text = inertContent(values.description).textContent?.trim() ?? '';
      return wordValue(text.length > 240 ? `${text.slice(0, 240)}…` : text, lang);
    }
    case 'field':
      return wordValue(value && label(vocabularies.field, values.field), lang);
    case 'location.region':
      return wordValue(value && label(vocabularies.region, values['location.region']), lang);
    case 'location.mode':
      return wordValue(value && codeLabel('mode', values['location.mode'], lang), lang);
    case 'language':
      return languageName(values.language);
    case 'visibility':
      return visibilityChoices(lang).find((c) => c.value === values.visibility)?.label ?? values.visibility;
    case 'types':
      return wordValue(values.types.map((type) => codeLabel('type', type, lang)).join(', '), lang);
    case 'skills':
      return wordValue(
        filledSkills(values.skills)
          .map(({ skill }) => `${skill.name} (${skill.required ? t.skillRequiredWord : t.skillOptional})`)
          .join(', '),
        lang,
      );
    case 'startDate':
    case 'endDate':
    case 'closingDate':
      return wordValue(isCalendarDate(values[name]) ? formatDate(values[name], lang) : values[name], lang);
    default:
      return wordValue(value, lang);
  }
}
