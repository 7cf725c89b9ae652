/**
 * One assignment's card as the board shows it, as plain functions of the assignment: the board
 * renders its results with them, and `<assignment-editor>` its live preview, so a poster sees
 * exactly what visitors will see. Styles: the board's (assignment-list.styles.ts, with `facts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Assignment } from '../../api/schemas.js';
import { assignmentList as messages } from '../../i18n/assignment-list.js';
import { codeLabel } from '../../i18n/codes.js';
import { common } from '../../i18n/common.js';
import { closingText, formatDate, formatHours, formatMoney, today } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { fact } from '../../shared/facts.js';
import { headingTag } from '../../shared/headings.js';

export interface CardView {
  lang: Lang;
  /** Level of the card's title heading. */
  headingLevel: number;
  /** The title as the host shows it: the board's link or dialog button, the preview's text. */
  title: unknown;
  /** A contract type's label; by default the widgets' own. */
  typeLabel?: (type: string) => string;
  /** Below the facts: the board's match badge. */
  extra?: unknown;
}

export function assignmentCard(a: Assignment, view: CardView): TemplateResult {
  const { lang } = view;
  const t = messages[lang];
  const heading = headingTag(view.headingLevel);
  return html`<article class="card" part="card">
    ${staticHtml`<${heading} class="card-title" part="card-title">${view.title}</${heading}>`}
    <p class="organisation">${a.organisation.name}</p>
    ${cardBadges(a, lang, view.typeLabel)}
    ${a.summary ? html`<p class="summary">${a.summary}</p>` : nothing}
    <dl class="facts">
      ${fact(t.place, `${a.location.place} · ${codeLabel('mode', a.location.mode, lang)}`)}
      ${fact(t.hoursPerWeek, formatHours(a.hoursPerWeek, lang))}
      ${a.startDate ? fact(t.start, formatDate(a.startDate, lang)) : nothing} ${fact(t.closes, cardClosing(a, lang))}
      ${cardRate(a, lang)}
    </dl>
    ${view.extra ?? nothing}
  </article>`;
}

export function cardBadges(a: Assignment, lang: Lang, typeLabel = (type: string) => codeLabel('type', type, lang)): TemplateResult {
  return html`<ul class="badges" aria-label=${messages[lang].types}>
    ${a.visibility === 'internal' ? html`<li class="badge internal">${common[lang].internal}</li>` : nothing}
    <li class="badge">${a.field.label}</li>
    ${a.types.map((type) => html`<li class="badge">${typeLabel(type)}</li>`)}
  </ul>`;
}

export function cardClosing(a: Assignment, lang: Lang): TemplateResult {
  const closing = closingText(a.closingDate, today(), lang, a.status);
  return html`<time datetime=${a.closingDate} class=${closing.soon || closing.closed ? 'soon' : ''}
    ><span aria-hidden="true">${closing.text}</span><span class="visually-hidden">${closing.full}</span></time
  >`;
}

export function cardRate(a: Assignment, lang: Lang): TemplateResult | typeof nothing {
  if (!a.rate || (a.rate.min === null && a.rate.max === null)) return nothing;
  const money = formatMoney({ min: a.rate.min, max: a.rate.max }, a.rate.currency, a.rate.unit, lang);
  return fact(messages[lang].rate, a.rate.publicRate ? `${money} (${common[lang].publicRate})` : money);
}
