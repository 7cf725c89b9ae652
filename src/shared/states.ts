import { html, nothing, type TemplateResult } from 'lit';
import { FlexschilError } from '../api/errors.js';
import { common } from '../i18n/common.js';
import type { Lang } from '../i18n/lang.js';

/** The user's message for an error: in their language, never a raw body. */
export function errorMessage(error: unknown, lang: Lang): string {
  const t = common[lang];
  if (!(error instanceof FlexschilError)) return t.errorGeneric;
  switch (error.kind) {
    case 'no-endpoint':
      return t.errorConfig;
    case 'invalid-input':
      return t.errorSettings;
    case 'config':
      return t.errorUnavailable;
    case 'network':
      return t.errorNetwork;
    case 'unreachable':
      return t.errorUnreachable;
    case 'timeout':
      return t.errorTimeout;
    case 'unauthorized':
      return t.errorUnauthorized;
    case 'forbidden':
      return t.errorForbidden;
    case 'not-found':
      return t.errorNotFound;
    case 'rate-limited':
    case 'unavailable':
      return t.errorBusy;
    default:
      return t.errorGeneric;
  }
}

/**
 * A landmark's name with the widget's own (`label`): "Paginering – Alleen voor medewerkers". A
 * page with two boards has two search forms and two page navigations; a screen reader's list of
 * landmarks tells them apart only by name.
 */
export function landmarkName(name: string, label: string | null | undefined): string {
  return label ? `${name} – ${label}` : name;
}

/**
 * The error state every data element shows: a message in the user's language and a retry.
 * `role="alert"` so it is announced when it appears (WCAG 4.1.3). `retry` null leaves the button
 * out where trying again cannot help, and so does a refusal of the request itself (a 400: the
 * page's settings), a 404 (it is not there), a backend or page that refuses this page (CORS, the
 * page's Content-Security-Policy) and a missing endpoint: only the site can change those; `title` names what could not be shown, when the
 * element's own part of the page is not all that failed.
 */
export function renderError(
  error: unknown,
  lang: Lang,
  retry: (() => void) | null,
  { part = 'error', title = common[lang].errorTitle, message }: { part?: string; title?: string; message?: string } = {},
): TemplateResult {
  const t = common[lang];
  if (error instanceof FlexschilError && (error.kind === 'invalid-input' || error.kind === 'not-found' || error.kind === 'config' || error.kind === 'no-endpoint')) retry = null;
  return html`<div class="status error" part=${part} role="alert">
    <p><strong>${title}</strong></p>
    <p>${message ?? errorMessage(error, lang)}</p>
    ${retry ? html`<button type="button" class="button secondary" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}

/**
 * The empty state: what happened and how to widen the search. `title` null when a heading next
 * to it already says what happened (a collection's "Geen opdrachten gevonden").
 */
export function renderEmpty(title: string | null, hint: string, action?: { label: string; run: () => void }): TemplateResult {
  return html`<div class="status" part="empty">
    ${title ? html`<p><strong>${title}</strong></p>` : nothing}
    <p>${hint}</p>
    ${action ? html`<button type="button" class="button secondary" @click=${action.run}>${action.label}</button>` : nothing}
  </div>`;
}

/**
 * Placeholder cards while loading: they take the space the results will take, so nothing
 * jumps when they arrive (CLS). Hidden from assistive tech; a status says "loading".
 */
export function renderSkeleton(count: number, lang: Lang, className = 'skeleton-card', { announce = true } = {}): TemplateResult {
  // `announce: false` for small parts of a bigger view (a badge on every card) that would
  // otherwise fill the live regions with ten "loading" messages at once.
  return html`${announce ? html`<p class="visually-hidden" role="status">${common[lang].loading}</p>` : nothing}
    <ul class="skeletons" aria-hidden="true">
      ${Array.from({ length: count }, () => html`<li class="skeleton ${className}"></li>`)}
    </ul>`;
}

/** Page numbers with previous/next; the current page has `aria-current="page"`. */
export function renderPagination(
  page: number,
  pageCount: number,
  lang: Lang,
  go: (page: number) => void,
  label?: string | null,
): TemplateResult | typeof nothing {
  if (pageCount <= 1) return nothing;
  const t = common[lang];
  const pages = pageWindow(page, pageCount);
  return html`<nav part="pagination" aria-label=${landmarkName(t.pagination, label)}>
    <ul class="pages">
      <li>
        <button type="button" class="page-button" ?disabled=${page <= 1} @click=${() => go(page - 1)}>${t.previous}</button>
      </li>
      ${pages.map((p) =>
        p === null
          ? html`<li aria-hidden="true" class="gap">…</li>`
          : html`<li>
              <button
                type="button"
                class="page-button"
                aria-current=${p === page ? 'page' : nothing}
                aria-label=${t.page(p)}
                @click=${() => go(p)}
              >${p}</button>
            </li>`,
      )}
      <li>
        <button type="button" class="page-button" ?disabled=${page >= pageCount} @click=${() => go(page + 1)}>${t.next}</button>
      </li>
    </ul>
  </nav>`;
}

/** First, last, and the pages around the current one, with gaps (`null`) between. */
export function pageWindow(page: number, pageCount: number, around = 1): (number | null)[] {
  const wanted = new Set([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const p of sorted) {
    const last = result[result.length - 1];
    if (typeof last === 'number' && p - last > 1) result.push(p - last === 2 ? last + 1 : null);
    result.push(p);
  }
  return result;
}
