/**
 * What `<session-list>` shows, as plain functions of what it knows: a session's card and facts,
 * the sign-up form with its error summary, the outcome of a send, and the cancel offer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { acceptsSignUps } from '../../api/rules/session.js';
import type { RegistrationReceipt, RegistrationStatus, Session } from '../../api/schemas.js';
import { common } from '../../i18n/common.js';
import { sending } from '../../i18n/sending.js';
import { formatDate, formatList } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { seatsText, sessionList as messages, sessionWhen, signUpIssueText, statusText } from '../../i18n/session-list.js';
import { contentLang, fill, marked, textLang } from '../../shared/backend-text.js';
import { fact } from '../../shared/facts.js';
import { renderErrorSummary, renderFailureNotice } from '../../shared/form-templates.js';
import { headingTag } from '../../shared/headings.js';
import { safeHtml } from '../../shared/sanitize.js';
import type { CancelPhase } from './cancel-controller.js';
import { type Failure, type FieldErrors, retryable, type SignUpField, type SignUpValues } from './signup.js';

/** Backend text of a session (title, organisation, place), marked with the backend's language where it differs from the UI's (WCAG 3.1.2). */
export function sessionText(s: Session, text: string, lang: Lang): TemplateResult | string {
  return marked(text, textLang(s, lang));
}

function where(s: Session, lang: Lang): unknown {
  const t = messages[lang];
  if (!s.place) return t.online;
  const place = sessionText(s, s.place, lang);
  // A backend may keep the link for those with a seat and say only that the session is online.
  return (s.online ?? s.onlineUrl !== null) ? fill(t.placeAndOnline, place) : place;
}

/** When, where, seats and until when one can sign up: the facts of a card and of the dialog. */
export function facts(s: Session, lang: Lang): TemplateResult {
  const t = messages[lang];
  const open = acceptsSignUps(s.status);
  return html`<dl class="facts">
    ${fact(t.when, html`<time datetime=${s.startsAt}>${sessionWhen(s.startsAt, s.endsAt, lang)}</time>`)} ${fact(t.where, where(s, lang))}
    ${fact(t.seats, seatsText(s, lang))} ${open ? fact(t.deadline, html`<time datetime=${s.signUpDeadline}>${formatDate(s.signUpDeadline, lang)}</time>`) : nothing}
  </dl>`;
}

/** The status in words, in a badge whose border and weight differ per status too (never colour alone). */
export function statusBadge(s: Session, lang: Lang): TemplateResult {
  return html`<p class="session-status" part="status">
    <span class="visually-hidden">${messages[lang].statusLabel}:</span> <span class="badge status-${s.status}">${statusText(s.status, lang)}</span>
  </p>`;
}

export interface CardView {
  lang: Lang;
  headingLevel: number;
  /** The `.ics` link, or null without a backend. */
  calendarUrl: string | null;
  /** This visitor's own sign-up for the session (in this page's life), if any. */
  signedUp: RegistrationStatus | null;
  signUp: (event: Event) => void;
}

export function card(s: Session, view: CardView): TemplateResult {
  const { lang } = view;
  const t = messages[lang];
  const heading = headingTag(view.headingLevel + 1);
  const backend = textLang(s, lang);
  const title = marked(s.title, backend);
  // Once full, the next sign-up is a waitlist place too: the button keeps saying so.
  const label = view.signedUp ? (s.status === 'full' ? t.signUpAnotherWaitlist : t.signUpAnother) : s.status === 'full' ? t.signUpWaitlist : t.signUp;
  // A waitlist place is no seat: nothing to put in a calendar yet (as after signing up).
  const calendarUrl = s.status !== 'cancelled' && view.signedUp !== 'waitlisted' ? view.calendarUrl : null;
  return html`<article class="card status-${s.status}" part="card" data-session=${s.id}>
    ${staticHtml`<${heading} class="card-title" part="card-title">${title}</${heading}>`}
    <p class="organisation">${marked(s.organisation.name, backend)}</p>
    ${statusBadge(s, lang)}
    ${s.fields.length ? html`<p class="fields"><span class="visually-hidden">${t.fields}:</span> ${marked(formatList(s.fields.map((f) => f.label), lang), contentLang(s, lang))}</p>` : nothing}
    ${facts(s, lang)}
    <div class="question" part="question" lang=${backend} ${safeHtml(s.question)}></div>
    ${view.signedUp ? html`<p class="note" part="note">${view.signedUp === 'waitlisted' ? t.noteWaitlisted : t.noteRegistered}</p>` : nothing}
    <div class="actions">
      ${acceptsSignUps(s.status)
        ? html`<button type="button" class="button" part="sign-up" aria-haspopup="dialog" data-id=${s.id} @click=${view.signUp}>
            ${label} <span class="visually-hidden">${fill(t.forSession, title)}</span>
          </button>`
        : nothing}
      ${calendarUrl ? calendarLink(s, calendarUrl, lang) : nothing}
      ${s.url ? newWindowLink(s.url, t.moreInfo, lang, 'more') : nothing}
    </div>
  </article>`;
}

/** "Zet in je agenda": the session's iCalendar file (RFC 5545), which calendar apps open. */
export function calendarLink(s: Session, href: string, lang: Lang): TemplateResult {
  const t = messages[lang];
  return html`<a class="button secondary" part="calendar" href=${href} type="text/calendar"
    ><span aria-hidden="true">${t.calendar}</span><span class="visually-hidden">${t.calendar}${fill(t.calendarOf, sessionText(s, s.title, lang))}</span></a
  >`;
}

export function newWindowLink(href: string, text: unknown, lang: Lang, className?: string): TemplateResult {
  return html`<a class=${className ?? nothing} href=${href} target="_blank" rel="noopener noreferrer"
    >${text} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a
  >`;
}

// --- The sign-up form ---------------------------------------------------------------------------

export interface FormView {
  lang: Lang;
  values: SignUpValues;
  errors: FieldErrors;
}

export function errorText(view: FormView, field: SignUpField): string | null {
  const error = view.errors[field];
  if (!error) return null;
  return error.code === 'server' ? error.reason : signUpIssueText(error, view.lang);
}

function describedBy(view: FormView, field: SignUpField, hasHint: boolean): string | typeof nothing {
  const ids = [hasHint ? `${field}-hint` : '', view.errors[field] ? `${field}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function fieldError(view: FormView, field: SignUpField): TemplateResult | typeof nothing {
  const text = errorText(view, field);
  if (!text) return nothing;
  return html`<p id="${field}-error" class="error-message"><span class="visually-hidden">${messages[view.lang].errorPrefix}</span> ${text}</p>`;
}

export function textField(
  view: FormView,
  field: 'name' | 'email',
  options: { type: string; autocomplete: string; hint?: string; spellcheck?: boolean },
): TemplateResult {
  const invalid = !!view.errors[field];
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${field}>
    <label for="field-${field}">${messages[view.lang][field]}</label>
    ${options.hint ? html`<p id="${field}-hint" class="hint">${options.hint}</p>` : nothing} ${fieldError(view, field)}
    <input
      id="field-${field}"
      name=${field}
      type=${options.type}
      autocomplete=${options.autocomplete}
      spellcheck=${options.spellcheck === false ? 'false' : nothing}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(view, field, !!options.hint)}
      .value=${live(view.values[field])}
    />
  </div>`;
}

export function consentField(view: FormView, privacyUrl: string | null): TemplateResult {
  const t = messages[view.lang];
  const invalid = !!view.errors.consent;
  return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field="consent">
    <p id="consent-hint" class="hint">${t.consentHint} ${privacyUrl ? newWindowLink(privacyUrl, t.privacyLink, view.lang) : nothing}</p>
    ${fieldError(view, 'consent')}
    <div class="check">
      <input
        id="field-consent"
        name="consent"
        type="checkbox"
        value="true"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(view, 'consent', true)}
        .checked=${live(view.values.consent)}
      />
      <label for="field-consent">${t.consent}</label>
    </div>
  </div>`;
}

/** GOV.UK error summary: focused when it appears, each problem a link to its field. */
export function errorSummary(view: FormView, general: readonly string[], follow: (field: SignUpField, event: Event) => void, attempt: number): TemplateResult {
  const fields = (['name', 'email', 'consent'] as const).filter((f) => view.errors[f]);
  const items = fields.map((field) => ({ key: field, id: `field-${field}`, text: errorText(view, field) }));
  // In the dialog, under its h2.
  return renderErrorSummary(messages[view.lang].summaryTitle, 3, items, general, follow, attempt);
}

export function failureMessage(lang: Lang, failure: Failure, retry: () => void): TemplateResult {
  const t = messages[lang];
  if (failure.reason === 'closed' || failure.reason === 'gone') {
    return html`<div class="failure" part="failure" tabindex="-1" role="alert">
      <p>${failure.reason === 'closed' ? t.closedConflict : t.failedGone}</p>
    </div>`;
  }
  const reason = {
    'no-endpoint': t.failedConfig,
    refused: t.failedUnavailable,
    network: sending[lang].network,
    timeout: sending[lang].timeout,
    busy: sending[lang].busy(failure.retryAfter),
    server: sending[lang].server,
    auth: t.failedAuth,
    arrived: `${sending[lang].arrived} ${t.arrivedCancel}`,
    rejected: failure.detail || t.failedRejected,
  }[failure.reason];
  const again = retryable(failure.reason) ? { hint: t.noDuplicates, label: t.retrySend, run: retry } : null;
  return renderFailureNotice({ title: failure.reason === 'arrived' ? t.arrivedTitle : t.failedTitle, reason, kept: t.kept, retry: again });
}

/** After a send: a seat, or the waitlist — said plainly, with the reference and the calendar link. */
export function success(s: Session, receipt: RegistrationReceipt, email: string, lang: Lang, calendarUrl: string | null): TemplateResult {
  const t = messages[lang];
  const waitlisted = receipt.status === 'waitlisted';
  // A seat's link to join online: in its receipt, or in the session where a backend shows it to all.
  const joinUrl = waitlisted ? null : (receipt.onlineUrl ?? s.onlineUrl);
  return html`<div class="success ${waitlisted ? 'waitlisted' : ''}" part="success">
    <h3 class="success-title" tabindex="-1">${waitlisted ? t.waitlistedTitle : t.registeredTitle}</h3>
    <p>${waitlisted ? t.waitlistedText : fill(t.registeredText, sessionText(s, s.title, lang), sessionWhen(s.startsAt, s.endsAt, lang))}</p>
    ${joinUrl ? html`<p class="join-online">${t.joinOnline} ${newWindowLink(joinUrl, joinUrl, lang)}</p>` : nothing}
    <p>${t.confirmationMail(email)}</p>
    <dl class="receipt">
      <div>
        <dt>${t.reference}</dt>
        <dd>${receipt.id}</dd>
      </div>
    </dl>
    ${calendarUrl && !waitlisted ? html`<p>${calendarLink(s, calendarUrl, lang)}</p>` : nothing}
  </div>`;
}

// --- Cancelling by the mail's link --------------------------------------------------------------

export interface CancelView {
  lang: Lang;
  headingLevel: number;
  phase: Exclude<CancelPhase, 'none' | 'checking'>;
  /** The session the link is for: named by the link (before confirming) or by the answer (after). */
  session: Session | null;
  /** The link came from a waitlist mail: the words are about a place on the waitlist, not a seat. */
  waitlisted: boolean;
  /** Done before: the link was used already, and the outcome says so instead of announcing it anew. */
  already: boolean;
  /** Why cancelling failed, in words, and whether trying again can help. */
  failure: { message: string; retry: boolean } | null;
  confirm: () => void;
  decline: () => void;
}

export function cancelPanel(view: CancelView): TemplateResult {
  const { lang, phase, session, waitlisted, already } = view;
  const t = messages[lang];
  const heading = headingTag(view.headingLevel);
  // The outcome: a seat or a waitlist place, given up now or before (a link opened again).
  const [doneTitle, doneFor] = already
    ? waitlisted
      ? [t.alreadyOffWaitlistTitle, t.alreadyOffWaitlistFor]
      : [t.alreadyCancelledTitle, t.alreadyCancelledFor]
    : waitlisted
      ? [t.cancelledWaitlistTitle, t.cancelledWaitlistFor]
      : [t.cancelledTitle, t.cancelledFor];
  const title = phase === 'done' ? doneTitle : phase === 'failed' ? t.cancelFailedTitle : waitlisted ? t.cancelWaitlistTitle : t.cancelTitle;
  const busy = phase === 'cancelling';
  const buttons = html`<div class="actions">
    <button type="button" class="button" aria-disabled=${busy ? 'true' : 'false'} @click=${view.confirm}>
      ${busy ? t.cancelling : phase === 'failed' ? t.cancelRetry : waitlisted ? t.cancelWaitlistConfirm : t.cancelConfirm}
    </button>
    <button type="button" class="button secondary" @click=${view.decline}>${waitlisted ? t.cancelWaitlistKeep : t.cancelKeep}</button>
  </div>`;
  const which = session
    ? html`<p class="cancel-session">
        ${fill(t.cancelFor, html`<strong>${sessionText(session, session.title, lang)}</strong>`, html`<time datetime=${session.startsAt}>${sessionWhen(session.startsAt, session.endsAt, lang)}</time>`)}
      </p>`
    : nothing;
  return html`<section class="cancel ${phase}" part="cancel" aria-labelledby="cancel-heading">
    ${staticHtml`<${heading} id="cancel-heading" tabindex="-1">${title}</${heading}>`}
    ${phase === 'done'
      ? html`<div role="status">
          ${session ? html`<p>${fill(doneFor, sessionText(session, session.title, lang))}</p>` : nothing}
          <p>${waitlisted || already ? t.nothingToDo : t.cancelledText}</p>
        </div>`
      : phase === 'failed' && view.failure
        ? html`${which}<div role="alert"><p>${view.failure.message}</p></div>
            ${view.failure.retry ? buttons : nothing}`
        : html`${which}<p>${waitlisted ? t.cancelWaitlistText : t.cancelText}</p>
            ${buttons}`}
  </section>`;
}
