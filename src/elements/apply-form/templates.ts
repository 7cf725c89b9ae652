/**
 * What `<apply-form>` shows, as plain functions of what it knows: no state of their own, so
 * each can be read (and changed) without the element around it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApplicationReceipt, Assignment } from '../../api/schemas.js';
import { applyForm as messages } from '../../i18n/apply-form.js';
import { sending } from '../../i18n/sending.js';
import { common } from '../../i18n/common.js';
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { fill, marked, textLang } from '../../shared/backend-text.js';
import { heading, renderErrorSummary, renderFailureNotice } from '../../shared/form-templates.js';
import type { SentBefore } from './draft.js';
import type { Failure, FieldError } from './submit-controller.js';
import { type ApplicationValues, characterCount, FILE_ACCEPT, type FieldName, MOTIVATION_LENGTH, type TextField } from './validate.js';

/** What every field template needs: the language, what was typed and what is wrong. */
export interface FormView {
  lang: Lang;
  values: ApplicationValues;
  errors: Partial<Record<FieldName, FieldError>>;
}

export interface TextFieldOptions {
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  hint?: string;
  optional?: boolean;
  className?: string;
  spellcheck?: boolean;
}

/** Text of the assignment (a title, an organisation), marked with the backend's language where it differs from the UI's (WCAG 3.1.2). */
export function assignmentText(a: Assignment, text: string, lang: Lang): TemplateResult | string {
  return marked(text, textLang(a, lang));
}

/** The message of a field's error, in the applicant's words, or the backend's own. */
export function errorText(view: FormView, field: FieldName): string | null {
  const error = view.errors[field];
  if (!error) return null;
  return error.code === 'server' ? error.reason : messages[view.lang].fieldError(field, error);
}

function describedBy(view: FormView, field: FieldName, hasHint: boolean): string | typeof nothing {
  const ids = [hasHint ? `${field}-hint` : '', view.errors[field] ? `${field}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function label(view: FormView, field: FieldName, optional: boolean): TemplateResult {
  const t = messages[view.lang];
  // The space in the same text as "(optioneel)": a text of a space alone beside Lit's markers is
  // left out of the accessible name in Chromium ("Telefoonnummer(optioneel)"); so in every form.
  // The same holds for any label made of parts.
  return html`<label for="field-${field}"
    >${t[field]}${optional ? html`<span class="optional">${` ${t.optional}`}</span>` : nothing}</label
  >`;
}

function fieldError(view: FormView, field: FieldName): TemplateResult | typeof nothing {
  const text = errorText(view, field);
  if (!text) return nothing;
  return html`<p id="${field}-error" class="error-message"><span class="visually-hidden">${messages[view.lang].errorPrefix}</span> ${text}</p>`;
}

export function textField(view: FormView, field: TextField, options: TextFieldOptions): TemplateResult {
  const invalid = !!view.errors[field];
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${field}>
    ${label(view, field, !!options.optional)}
    ${options.hint ? html`<p id="${field}-hint" class="hint">${options.hint}</p>` : nothing} ${fieldError(view, field)}
    <input
      id="field-${field}"
      name=${field}
      type=${options.type ?? 'text'}
      class=${options.className ?? nothing}
      autocomplete=${options.autocomplete ?? nothing}
      inputmode=${options.inputmode ?? nothing}
      spellcheck=${options.spellcheck === false ? 'false' : nothing}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, field, !!options.hint)}
      .value=${live(view.values[field])}
    />
  </div>`;
}

/** The motivation's count: how many characters are still needed, left, or too many. */
export function countText(lang: Lang, count: number): string {
  const t = messages[lang];
  const { min, max } = MOTIVATION_LENGTH;
  if (count < min) return t.countBelow(min - count);
  if (count <= max) return t.countLeft(max - count);
  return t.countOver(count - max);
}

export function motivationField(view: FormView, announcement: string): TemplateResult {
  const t = messages[view.lang];
  const invalid = !!view.errors.motivation;
  const count = characterCount(view.values.motivation);
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field="motivation">
    ${label(view, 'motivation', false)}
    <p id="motivation-hint" class="hint">${t.motivationHint}</p>
    ${fieldError(view, 'motivation')}
    <textarea
      id="field-motivation"
      name="motivation"
      rows="8"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, 'motivation', true)}
      .value=${live(view.values.motivation)}
    ></textarea>
    <!-- Seen at once, heard after a pause: a count announced on every keystroke drowns out the typing. -->
    <p class="count ${count > MOTIVATION_LENGTH.max ? 'over' : ''}" aria-hidden="true">${countText(view.lang, count)}</p>
    <p class="visually-hidden" aria-live="polite">${announcement}</p>
  </div>`;
}

export function cvField(view: FormView, required: boolean, previousCv: string | null): TemplateResult {
  const t = messages[view.lang];
  const invalid = !!view.errors.cv;
  const again = previousCv ? ` ${t.cvAgain(previousCv)}` : '';
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field="cv">
    ${label(view, 'cv', !required)}
    <p id="cv-hint" class="hint">${t.cvHint}${again}</p>
    ${fieldError(view, 'cv')}
    <input
      id="field-cv"
      name="cv"
      type="file"
      accept=${FILE_ACCEPT}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, 'cv', true)}
    />
  </div>`;
}

export function checkbox(view: FormView, field: 'consent' | 'acceptConditions' | 'managerConsent', hint: unknown): TemplateResult {
  const t = messages[view.lang];
  const invalid = !!view.errors[field];
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${field}>
    <p id="${field}-hint" class="hint">${hint}</p>
    ${fieldError(view, field)}
    <div class="check">
      <input
        id="field-${field}"
        name=${field}
        type="checkbox"
        value="true"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(view, field, true)}
        .checked=${live(view.values[field])}
      />
      <label for="field-${field}">${t[field]}</label>
    </div>
  </div>`;
}

/** A link that opens in a new window, and says so. */
export function newWindowLink(href: string, text: unknown, lang: Lang, className?: string): TemplateResult {
  return html`<a class=${className ?? nothing} href=${href} target="_blank" rel="noopener noreferrer"
    >${text} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a
  >`;
}

/** The error summary: each problem a link to its field. */
export function errorSummary(
  view: FormView,
  fields: readonly FieldName[],
  general: readonly string[],
  level: number,
  follow: (field: FieldName, event: Event) => void,
  attempt: number,
): TemplateResult {
  const items = fields.map((field) => ({ key: field, id: `field-${field}`, text: errorText(view, field) }));
  return renderErrorSummary(messages[view.lang].summaryTitle, level, items, general, follow, attempt);
}

export function failureMessage(lang: Lang, failure: Failure, retry: () => void): TemplateResult {
  const t = messages[lang];
  if (failure.reason === 'closed') {
    return html`<div class="failure" part="failure" tabindex="-1" role="alert"><p>${t.closedConflict}</p></div>`;
  }
  if (failure.reason === 'arrived') {
    return renderFailureNotice({ title: t.arrivedTitle, reason: sending[lang].arrived, kept: t.kept, retry: { hint: t.arrivedHint, label: t.arrivedSend, run: retry } });
  }
  const reason = {
    'no-endpoint': t.failedConfig,
    refused: t.failedUnavailable,
    network: sending[lang].network,
    timeout: sending[lang].timeout,
    busy: sending[lang].busy(failure.retryAfter),
    server: sending[lang].server,
    auth: t.failedAuth,
    rejected: failure.detail || t.failedRejected,
  }[failure.reason];
  // Without an answer it may have arrived (and its acknowledgement gone out): "not sent" would be
  // untrue then. The retry is safe either way (the same Idempotency-Key).
  const unconfirmed = failure.reason === 'network' || failure.reason === 'timeout' || failure.reason === 'server';
  return renderFailureNotice({ title: unconfirmed ? t.unconfirmedTitle : t.failedTitle, reason, kept: t.kept, retry: { hint: t.noDuplicates, label: t.retrySend, run: retry } });
}

const AFTER_SEPARATOR = /(?<=[-_./])/;

/**
 * A reference such as a UUID, with a line-break opportunity after each separator: at 320 px it
 * then wraps between its groups instead of anywhere (the Unicode line-breaking rules allow no
 * break between a hyphen and a digit, so without these it could only break mid-group).
 */
function breakable(reference: string): unknown[] {
  return reference.split(AFTER_SEPARATOR).map((piece, i) => (i ? html`<wbr />${piece}` : piece));
}

export function success(lang: Lang, a: Assignment, receipt: ApplicationReceipt, email: string, level: number): TemplateResult {
  const t = messages[lang];
  return html`<div class="success" part="success">
    ${heading(level, t.successTitle, { className: 'success-title', focusable: true })}
    <dl class="receipt">
      <div>
        <dt>${t.receipt}</dt>
        <dd>${breakable(receipt.id)}</dd>
      </div>
      <div>
        <dt>${t.receivedAt}</dt>
        <dd><time datetime=${receipt.receivedAt}>${formatDate(receipt.receivedAt.slice(0, 10), lang)}</time></dd>
      </div>
    </dl>
    ${heading(level + 1, t.nextTitle)}
    <p>${fill(t.nextReview, assignmentText(a, a.organisation.name, lang), formatDate(a.closingDate, lang))} ${t.nextContact(email)}</p>
    <p>${t.nextKeep}</p>
  </div>`;
}

/** The form opened again after an application from this tab: said, so no one wonders or sends twice unaware. */
export function sentBefore(lang: Lang, sent: SentBefore): TemplateResult {
  return html`<div class="notice" part="sent-before"><p>${messages[lang].sentBefore(formatDate(sent.receivedAt.slice(0, 10), lang), sent.id)}</p></div>`;
}

export function closed(lang: Lang): TemplateResult {
  const t = messages[lang];
  return html`<div class="status" part="closed">
    <p><strong>${t.closedTitle}</strong></p>
    <p>${t.closedMessage}</p>
  </div>`;
}

/** The organisation's own application page instead of the form (`applyUrl`). */
export function external(lang: Lang, a: Assignment, applyUrl: string): TemplateResult {
  const t = messages[lang];
  const organisation = assignmentText(a, a.organisation.name, lang);
  return html`<div class="status" part="external">
    <p>${fill(t.externalText, organisation)}</p>
    <p>${newWindowLink(applyUrl, fill(t.externalLink, organisation), lang, 'button')}</p>
  </div>`;
}
