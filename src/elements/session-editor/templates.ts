/**
 * What `<session-editor>` shows, as plain functions of what it knows (session-editor-form.ts holds
 * the state). Every control is `name`d by its field and has the id {@link controlId}, so error
 * links, backend problems and tests find it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Code, Registration, Vocabularies } from '../../api/schemas.js';
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { sessionEditor as messages } from '../../i18n/session-editor.js';
import { sessionLimits } from '../../api/rules/session-draft.js';
import { draftFieldLabel } from '../../i18n/draft-errors.js';
import { heading } from '../../shared/form-templates.js';
import type { RichText } from '../../shared/rich-text.js';
import { languageName, textLanguages, typedLang } from '../../shared/text-language.js';
import { conflictPanel, type Side, wordValue } from '../../shared/version-conflict.js';
import { inertContent } from '../../shared/trusted-types.js';
import { type FieldName, type SessionValues, same } from './values.js';

/** A field's problem in words; `server`: the backend's verdict, which stands until the field is changed. */
export type FieldError = { text: string; server?: true };
export type Outcome = 'created' | 'updated' | 'nothing' | 'cancelled' | 'settled';

/** What every field template needs: the language, what was typed, what is wrong. */
export interface FormView {
  lang: Lang;
  values: SessionValues;
  errors: Partial<Record<FieldName, FieldError>>;
}

export const controlId = (name: string) => `f-${name}`;

function describedBy(view: FormView, name: FieldName, hint: boolean): string | typeof nothing {
  const ids = [hint ? `${controlId(name)}-hint` : '', view.errors[name] ? `${controlId(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

export function errorLine(view: FormView, name: FieldName): TemplateResult | typeof nothing {
  const error = view.errors[name];
  if (!error) return nothing;
  return html`<p id="${controlId(name)}-error" class="error-message"><span class="visually-hidden">${messages[view.lang].errorPrefix}</span> ${error.text}</p>`;
}

export function textField(
  view: FormView,
  name: Exclude<FieldName, 'fields' | 'question' | 'language' | 'region'>,
  o: { label: string; hint?: unknown; type?: string; inputmode?: string; autocomplete?: string; optional?: boolean; className?: string },
): TemplateResult {
  const invalid = !!view.errors[name];
  const id = controlId(name);
  const t = messages[view.lang];
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
      <label for=${id}>${o.label}${o.optional ? html`<span class="optional">${` ${t.optional}`}</span>` : nothing}</label>
      ${o.hint ? html`<p id="${id}-hint" class="hint">${o.hint}</p>` : nothing} ${errorLine(view, name)}
      <input
        id=${id}
        name=${name}
        type=${o.type ?? 'text'}
        class=${o.className ?? nothing}
        inputmode=${o.inputmode ?? nothing}
        autocomplete=${o.autocomplete ?? 'off'}
        spellcheck=${o.type === 'url' ? 'false' : nothing}
        lang=${typedLang(view.values.language, o)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(view, name, !!o.hint)}
        .value=${live(view.values[name])}
      />
    </div>`;
}

export function selectField(
  view: FormView,
  name: 'language' | 'region',
  label: string,
  placeholder: string | null,
  codes: readonly (Code & { lang?: string })[],
): TemplateResult {
  const invalid = !!view.errors[name];
  const id = controlId(name);
  const value = view.values[name];
  // A value the code list does not (or no longer) have stays chosen, shown by its value.
  const options = value && !codes.some((c) => c.value === value) ? [...codes, { value, label: value }] : codes;
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${name}>
      <label for=${id}>${label}${placeholder ? html`<span class="optional">${` ${messages[view.lang].optional}`}</span>` : nothing}</label>
      ${errorLine(view, name)}
      <select id=${id} name=${name} class="medium" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(view, name, false)} .value=${live(value)}>
        ${placeholder === null ? nothing : html`<option value="" ?selected=${!value}>${placeholder}</option>`}
        ${options.map((code) => html`<option value=${code.value} lang=${code.lang ?? nothing} ?selected=${code.value === value}>${code.label}</option>`)}
      </select>
    </div>`;
}

export function checkGroup(view: FormView, name: 'fields', legend: string, hint: string, codes: readonly Code[]): TemplateResult {
  const invalid = !!view.errors[name];
  const id = controlId(name);
  const chosen = view.values.fields;
  const options = [...codes, ...chosen.filter((value) => !codes.some((c) => c.value === value)).map((value) => ({ value, label: value }))];
  return html`<fieldset class="field group ${invalid ? 'invalid' : ''}" part="field" data-field=${name} aria-describedby=${describedBy(view, name, true)}>
      <legend>${legend} <span class="optional">${messages[view.lang].optional}</span></legend>
      <p id="${id}-hint" class="hint">${hint}</p>
      ${errorLine(view, name)}
      ${options.map(
        (code, i) => html`<div class="check">
          <input id=${i === 0 ? id : `${id}-${code.value}`} type="checkbox" name=${name} value=${code.value} aria-invalid=${invalid ? 'true' : 'false'} .checked=${live(chosen.includes(code.value))} />
          <label for=${i === 0 ? id : `${id}-${code.value}`}>${code.label}</label>
        </div>`,
      )}
    </fieldset>`;
}

/** Every field, grouped as a poster thinks of them; `taken`: the seats people hold, below which the rules refuse. */
export function formSections(view: FormView, vocabularies: Vocabularies, richText: RichText, taken: number): TemplateResult {
  return html`${what(view, vocabularies, richText)} ${when(view)} ${where(view, vocabularies, taken)}`;
}

function what(view: FormView, vocabularies: Vocabularies, richText: RichText): TemplateResult {
  const lang = view.lang;
  const t = messages[lang];
  const l = sessionLimits;
  const invalid = !!view.errors.question;
  return html`<fieldset class="section">
    <legend>${t.groupWhat}</legend>
    ${textField(view, 'title', { label: t.title, hint: t.titleHint(l.title.min, l.title.max) })}
    <div class="field ${invalid ? 'invalid' : ''}" part="field" data-field="question">
      <span id="f-question-label" class="label" @click=${() => richText.focus()}>${t.question} <span class="optional">${t.optional}</span></span>
      <p id="f-question-hint" class="hint">${t.questionHint}</p>
      ${errorLine(view, 'question')}
      ${richText.render({
        id: controlId('question'),
        labelId: 'f-question-label',
        fieldName: draftFieldLabel('question', lang),
        describedBy: invalid ? 'f-question-hint f-question-error' : 'f-question-hint',
        invalid,
        lang,
        typedLang: view.values.language,
      })}
    </div>
    ${checkGroup(view, 'fields', t.fields, t.fieldsHint(l.fields.max), vocabularies.field)}
    ${selectField(view, 'language', t.language, null, textLanguages)}
  </fieldset>`;
}

function when(view: FormView): TemplateResult {
  const t = messages[view.lang];
  return html`<fieldset class="section">
    <legend>${t.groupWhen}</legend>
    ${textField(view, 'date', { label: t.date, type: 'date', className: 'medium' })}
    <div class="pair">
      ${textField(view, 'startTime', { label: t.startTime, type: 'time', hint: t.timeHint, className: 'short' })}
      ${textField(view, 'endTime', { label: t.endTime, type: 'time', className: 'short' })}
    </div>
    ${textField(view, 'endDate', { label: t.endDate, type: 'date', hint: t.endDateHint, optional: true, className: 'medium' })}
    ${textField(view, 'signUpDeadline', { label: t.signUpDeadline, type: 'date', hint: t.signUpDeadlineHint, className: 'medium' })}
  </fieldset>`;
}

function where(view: FormView, vocabularies: Vocabularies, taken: number): TemplateResult {
  const t = messages[view.lang];
  const min = Math.max(sessionLimits.capacity.min, taken);
  const capacityHint = html`${t.capacityHint(min, sessionLimits.capacity.max)}${taken ? html` ${t.capacityTaken(taken)}` : nothing}`;
  return html`<fieldset class="section">
    <legend>${t.groupWhere}</legend>
    ${textField(view, 'place', { label: t.place, hint: t.placeHint, optional: true })}
    ${textField(view, 'onlineUrl', { label: t.onlineUrl, type: 'url', hint: t.onlineUrlHint, optional: true })}
    ${selectField(view, 'region', t.region, t.noRegion, vocabularies.region)}
    ${textField(view, 'capacity', { label: t.capacity, inputmode: 'numeric', hint: capacityHint, className: 'short' })}
    ${textField(view, 'url', { label: t.url, type: 'url', hint: t.urlHint, optional: true })}
  </fieldset>`;
}

/** An address that may wrap before its `@` first (a phone's narrow column), then anywhere. */
function breakableEmail(email: string): TemplateResult {
  const at = email.lastIndexOf('@');
  return at > 0 ? html`${email.slice(0, at)}<wbr />${email.slice(at)}` : html`${email}`;
}

/**
 * What a save or a call-off did; its heading receives focus. `people`: how many a call-off or a
 * change of time or place told;
 * `unsaved`: called off while the form holds changes not saved; `another`: plan the next session
 * (after a create).
 */
export function savedNotice(
  lang: Lang,
  level: number,
  { kind, title, people }: { kind: Outcome; title: string; people: number },
  unsaved: boolean,
  another: () => void,
): TemplateResult {
  const t = messages[lang];
  const text = { created: t.created(title), updated: t.updated(people), nothing: t.nothingChanged, cancelled: t.cancelledDone(people), settled: t.settled }[kind];
  return html`<div class="saved" part="saved">
      ${heading(level, text, { className: 'saved-title', focusable: true })} ${unsaved ? html`<p>${t.unsavedKept}</p>` : nothing}
      ${kind === 'created' ? html`<p>${t.createdHint}</p><button type="button" class="link-button" @click=${another}>${t.another}</button>` : nothing}
    </div>`;
}

export interface Conflict {
  /** What the poster had typed, and the newer version someone else saved. */
  mine: SessionValues;
  theirs: SessionValues;
  fields: { name: FieldName; both: boolean }[];
  /** Someone called it off meanwhile (a status, not a field of the form). */
  cancelled: boolean;
}

/** The newer version beside the poster's own values, field by field, to choose from. */
export function conflictNotice(
  view: FormView,
  conflict: Conflict,
  level: number,
  vocabularies: Vocabularies | null,
  choose: (name: string, side: Side) => void,
): TemplateResult {
  const lang = view.lang;
  const t = messages[lang];
  const labels: Record<FieldName, string> = {
    title: t.title,
    question: t.question,
    language: t.language,
    date: t.date,
    startTime: t.startTime,
    endTime: t.endTime,
    endDate: t.endDate,
    place: t.place,
    onlineUrl: t.onlineUrl,
    capacity: t.capacity,
    signUpDeadline: t.signUpDeadline,
    fields: t.fields,
    region: t.region,
    url: t.url,
  };
  const rows = conflict.fields.map(({ name, both }) => ({
    name,
    label: labels[name],
    mine: word(name, conflict.mine, vocabularies, lang),
    theirs: word(name, conflict.theirs, vocabularies, lang),
    chosen: same(name, view.values, conflict.theirs) ? ('theirs' as const) : same(name, view.values, conflict.mine) ? ('mine' as const) : null,
    both,
  }));
  return html`${conflictPanel({ lang, headingLevel: level, rows, choose })}
    ${conflict.cancelled ? html`<p class="cancelled-notice">${t.cancelledMeanwhile}</p>` : nothing}`;
}

/** A field's value as people read it: labels for codes, dates in words, the question as text. */
function word(name: FieldName, values: SessionValues, vocabularies: Vocabularies | null, lang: Lang): unknown {
  const label = (codes: readonly Code[] | undefined, value: string) => codes?.find((c) => c.value === value)?.label ?? value;
  switch (name) {
    case 'question': {
      const text = inertContent(values.question).textContent?.trim() ?? '';
      return wordValue(text.length > 240 ? `${text.slice(0, 240)}…` : text, lang);
    }
    case 'fields':
      return wordValue(values.fields.map((f) => label(vocabularies?.field, f)).join(', '), lang);
    case 'region':
      return wordValue(values.region && label(vocabularies?.region, values.region), lang);
    case 'language':
      return languageName(values.language);
    case 'date':
    case 'endDate':
    case 'signUpDeadline':
      return wordValue(values[name] && formatDate(values[name], lang), lang);
    default:
      return wordValue(values[name], lang);
  }
}

/**
 * The sign-ups of the session: the first of them (`shown`) in a table, "Toon meer" (`more`, up
 * to `step` more) while there are more, and the CSV download.
 */
export function signUpsTable(
  lang: Lang,
  items: readonly Registration[] | null,
  shown: readonly Registration[],
  step: number,
  more: () => void,
  download: (event: Event) => void,
): TemplateResult {
  const t = messages[lang];
  const statusText = { registered: t.statusRegistered, waitlisted: t.statusWaitlisted, cancelled: t.statusCancelled } as Record<string, string>;
  return !items?.length
    ? html`<p>${t.registrationsNone}</p>`
    : html`<div class="table-scroll" role="region" aria-labelledby="registrations-caption" tabindex="0">
                  <table>
                    <caption id="registrations-caption">${t.registrationsCaption}</caption>
                    <thead>
                      <tr><th scope="col">${t.columnWho}</th><th scope="col">${t.columnStatus}</th><th scope="col">${t.columnWhen}</th></tr>
                    </thead>
                    <tbody>
                      ${shown.map(
                        (r) => html`<tr>
                          <td>${r.name} <a class="email" href="mailto:${r.email}">${breakableEmail(r.email)}</a></td>
                          <td>${statusText[r.status] ?? r.status}</td>
                          <td>${formatDate(r.receivedAt.slice(0, 10), lang)}</td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                ${items.length > shown.length
                  ? html`<button type="button" class="link-button show-more" @click=${more}>${t.showMore(Math.min(step, items.length - shown.length))}</button>`
                  : nothing}
                <div class="actions">
                  <button type="button" part="export" class="button secondary" @click=${download}>${t.download}</button>
                </div>`;
}

export interface CancelView {
  lang: Lang;
  level: number;
  /** Who holds a seat or a waitlist place: whom calling it off tells. */
  people: number;
  unsaved: boolean;
  busy: boolean;
  confirm: () => void;
  close: (event?: Event) => void;
}

/** The confirmation of calling the session off: a modal dialog, so nothing else happens meanwhile. */
export function cancelDialog(view: CancelView): TemplateResult {
  const t = messages[view.lang];
  return html`<dialog class="cancel-dialog" part="cancel-dialog" aria-labelledby="cancel-title" aria-describedby="cancel-text" @cancel=${view.close}>
      ${heading(view.level, t.cancelTitle, { id: 'cancel-title' })}
      <p id="cancel-text">${t.cancelText(view.people)}${view.unsaved ? html` ${t.cancelUnsaved}` : nothing}</p>
      <div class="actions">
        <button type="button" class="button" aria-disabled=${view.busy ? 'true' : 'false'} @click=${view.confirm}>${view.busy ? t.cancelling : t.cancelConfirm}</button>
        <button type="button" class="button secondary" autofocus @click=${view.close}>${t.cancelKeep}</button>
      </div>
    </dialog>`;
}
