/**
 * One assignment's card as the board shows it, as plain functions of the assignment: the board
 * renders its results and its dialog with them, and `<assignment-editor>` its live preview, so a
 * poster sees exactly what visitors will see. Styles: the board's (assignment-list.styles.ts,
 * with `facts`). Backend text is marked with the backend's language where it differs from the
 * UI's (WCAG 3.1.2, shared/backend-text.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Assignment } from '../../api/schemas.js';
import { assignmentList as messages } from '../../i18n/assignment-list.js';
import { codeLabel } from '../../i18n/codes.js';
import { common } from '../../i18n/common.js';
import { closingText, formatDate, formatHours, formatMoney, today } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { contentLang, isolated, textLang } from '../../shared/backend-text.js';
import { fact } from '../../shared/facts.js';
import { headingTag } from '../../shared/headings.js';

/** A label and the language it is in (`nothing`: the UI's). */
export interface Label {
  text: string;
  lang: string | typeof nothing;
}

export type TypeLabel = (type: string) => Label;

export interface CardView {
  lang: Lang;
  /** Level of the card's title heading. */
  headingLevel: number;
  /** The title as the host shows it: the board's link or dialog button, the preview's text. */
  title: unknown;
  /** A contract type's label; by default the widgets' own. */
  typeLabel?: TypeLabel;
  /** Below the facts: the board's match badge. */
  extra?: unknown;
}

const ownTypeLabel =
  (lang: Lang): TypeLabel =>
  (type) => ({ text: codeLabel('type', type, lang), lang: nothing });

/**
 * A card is one template with few nested ones: each nested template costs Lit a clone of its
 * DOM, a walk over it and an insert, and a board renders up to 100 cards at once (issue 15: 18
 * nested templates a card before, 10 now; 30 cards render about 10 % faster). The heading's tag
 * is static per level, so the whole card is a static template.
 */
export function assignmentCard(a: Assignment, view: CardView): TemplateResult {
  const { lang } = view;
  const t = messages[lang];
  const heading = headingTag(view.headingLevel);
  const text = textLang(a, lang);
  // The facts as `fact()` (shared/facts.ts) writes them, inline: the place and hours of every card.
  // No whitespace between tags (the line breaks are inside them): in every card each would be a
  // text node for the browser to clone, style and lay out, and none of it shows between blocks.
  return staticHtml`<article class="card" part="card"
    ><${heading} class="card-title" part="card-title">${view.title}</${heading}
    >${cardHeader(a, lang, view.typeLabel)}${a.summary ? html`<p class="summary" lang=${text}>${a.summary}</p>` : nothing}<dl class="facts"
      ><div><dt>${t.place}</dt><dd><span lang=${text}>${isolated(a.location.place)}</span> · ${codeLabel('mode', a.location.mode, lang)}</dd></div
      ><div><dt>${t.hoursPerWeek}</dt><dd>${formatHours(a.hoursPerWeek, lang)}</dd></div
      >${a.startDate ? fact(t.start, formatDate(a.startDate, lang)) : nothing}${closingFact(a, lang)}${cardRate(a, lang)}</dl
    >${view.extra ?? nothing}</article
  >`;
}

/**
 * The organisation and the badges, as the card and the board's dialog show them above the facts.
 * The organisation's logo, when the backend has one (a regional board shows many organisations),
 * is decorative beside its name: `alt=""`. Its URL is http(s) only (the client drops anything
 * else) and it is asked for without a referrer.
 */
export function cardHeader(a: Assignment, lang: Lang, typeLabel: TypeLabel = ownTypeLabel(lang)): TemplateResult {
  const text = textLang(a, lang);
  const { name, logoUrl } = a.organisation;
  return html`<p class="organisation" part="organisation"
      >${logoUrl ? html`<img class="logo" part="logo" src=${logoUrl} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />` : nothing}<span lang=${text}>${name}</span></p
    ><ul class="badges" aria-label=${messages[lang].types}
      >${a.visibility === 'internal' ? html`<li class="badge internal">${common[lang].internal}</li>` : nothing}<li class="badge" lang=${contentLang(a, lang)}>${a.field.label}</li
      >${a.types.map((type) => {
        const label = typeLabel(type);
        return html`<li class="badge" lang=${label.lang}>${label.text}</li>`;
      })}</ul
    >`;
}

/** The closing date as a fact: relative and short on screen, in full for assistive technology. */
export function closingFact(a: Assignment, lang: Lang): TemplateResult {
  const closing = closingText(a.closingDate, today(), lang, a.status);
  return html`<div><dt>${messages[lang].closes}</dt><dd><time datetime=${a.closingDate} class=${closing.soon || closing.closed ? 'soon' : ''}
        ><span aria-hidden="true">${closing.text}</span><span class="visually-hidden">${closing.full}</span></time
      ></dd></div>`;
}

export function cardRate(a: Assignment, lang: Lang): TemplateResult | typeof nothing {
  if (!a.rate || (a.rate.min === null && a.rate.max === null)) return nothing;
  const money = formatMoney({ min: a.rate.min, max: a.rate.max }, a.rate.currency, a.rate.unit, lang);
  return fact(messages[lang].rate, a.rate.publicRate ? `${money} (${common[lang].publicRate})` : money);
}
