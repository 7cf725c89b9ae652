/**
 * `<assignment-list>` against hand-written DOM with the same markup and the same styles, in one
 * run: the first render of 30 cards, and a filter change (a region ticked or unticked: a new
 * page of 30 that shares half its cards with the old one). Both read the same JSON from the same
 * in-page fake `fetch`, so only what happens in the page is compared. Each run ends after a
 * forced layout, so style and layout count, not only script.
 *
 * The hand-written version is what a careful developer writes without a framework: DOM built
 * with `createElement`/`textContent` (safe for backend strings), `Intl` formatters made once,
 * the list rebuilt on a filter change. Its DOM is the board's (attributes, text and event
 * listeners on the same elements; the DOM of both is compared before measuring, see
 * {@link sameDom}); it leaves out Lit's comment markers and the whitespace between tags, which
 * change no layout. It does not validate the JSON (the board does, with zod, at the edge: part of
 * what the ratio shows).
 *
 * Also noted: how soon after the click the board's request leaves (the goal: within 5 ms, before
 * anything re-renders).
 */
import type { CSSResult } from 'lit';
import { resetSharedClients } from '../src/api/clients.js';
import { SEARCH_TEXT_MAX } from '../src/api/query.js';
import type { AssignmentInput } from '../src/api/schemas.js';
import { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import '../src/index.js';
import { makeAssignment } from '../test/fixtures.js';
import { defineSuite, median, nextTask } from './harness.js';

const API = 'https://api.bench.invalid/v1';
const PAGE_SIZE = 30;

// --- data: 45 varied assignments, seeded -------------------------------------------------------

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261201);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const fields = ['Inkoop', 'Informatievoorziening', 'Sociaal domein', 'Ruimtelijke ordening', 'Financiën', 'Communicatie'];
const places = ['Steenbergen', 'Bergen op Zoom', 'Roosendaal', 'Breda', 'Etten-Leur', 'Moerdijk'];
const roles = ['Projectleider', 'Adviseur', 'Beleidsmedewerker', 'Programmamanager', 'Inkoper', 'Vakspecialist'];
const all: AssignmentInput[] = Array.from({ length: 45 }, (_, i) => {
  const field = pick(fields);
  const min = 8 + Math.floor(random() * 4) * 4;
  return makeAssignment({
    id: `a-${i}`,
    title: `${pick(roles)} ${field.toLowerCase()} ${i}`,
    organisation: { id: `org-${i % 7}`, name: `Gemeente ${pick(places)}`, logoUrl: null },
    summary: `Voor ${pick(places)} zoeken we iemand die ${field.toLowerCase()} een stap verder brengt, samen met het team.`,
    field: { value: field.toLowerCase().replace(/\W+/g, '-'), label: field },
    location: { place: pick(places), region: { value: 'west-brabant', label: 'West-Brabant' }, mode: pick(['onsite', 'hybrid', 'remote'] as const) },
    hoursPerWeek: { min, max: min + 8 },
    startDate: `2027-0${1 + (i % 9)}-15`,
    closingDate: `2027-0${1 + (i % 9)}-0${1 + (i % 9)}`,
    types: i % 3 ? ['detachering', 'inhuur'] : ['interim'],
    rate: i % 4 ? { min: 70 + (i % 5) * 5, max: 95 + (i % 5) * 5, currency: 'EUR', unit: 'hour', publicRate: i % 2 === 0 } : null,
  });
});

/** The assignments on the page: without a region the first 30, with one the last 30 (15 in common). */
const pageItems = (filtered: boolean): AssignmentInput[] => (filtered ? all.slice(15) : all.slice(0, PAGE_SIZE));

/** The page for a request. */
function pageFor(url: URL): string {
  const filtered = url.searchParams.has('region');
  const items = pageItems(filtered);
  const count = (label: string, value: string, n: number) => ({ value, label, count: n });
  return JSON.stringify({
    items,
    page: 1,
    pageSize: PAGE_SIZE,
    total: filtered ? 30 : 45,
    facets: {
      field: fields.map((f, i) => count(f, f.toLowerCase().replace(/\W+/g, '-'), 3 + i)),
      region: [count('West-Brabant', 'west-brabant', 30), count('Midden-Brabant', 'midden-brabant', 15)],
      type: [count('Detachering', 'detachering', 30), count('Inhuur (zzp/zpp)', 'inhuur', 30), count('Interim', 'interim', 15)],
    },
  });
}

// --- one fake backend for both ------------------------------------------------------------------

let clickedAt = 0;
let recordLeave = false;
const leftAfterClick: number[] = [];
const realFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!url.href.startsWith(API)) return realFetch(input, init);
  if (recordLeave) {
    leftAfterClick.push(performance.now() - clickedAt);
    recordLeave = false;
  }
  return new Response(pageFor(url), { headers: { 'Content-Type': 'application/json', 'Content-Language': 'nl' } });
};

const layout = (element: Element) => element.getBoundingClientRect().height;

/** How long one wait may take before the run fails: a page of 30 from an in-page fetch takes milliseconds. */
const WAIT_MS = 10_000;

/**
 * Resolves when `check` holds, re-checked on every change of an attribute or child below any of
 * `targets`; rejects after {@link WAIT_MS}, naming `what` it waited for and what it saw instead.
 */
function when(targets: Node[], what: string, check: () => boolean, seen: () => string): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    for (const target of targets) observer.observe(target, { attributes: true, subtree: true, childList: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`render bench: waited ${WAIT_MS / 1000} s for ${what}; the board shows ${seen()}`));
    }, WAIT_MS);
  });
}

// --- the board ----------------------------------------------------------------------------------

const cardIds = (board: AssignmentList): string[] =>
  [...(board.shadowRoot?.querySelectorAll<HTMLElement>('.cards button[data-id]') ?? [])].map((b) => b.dataset.id ?? '');

/**
 * Resolves once the board shows the page asked for: ready, not busy, and exactly that page's cards
 * in order. Whether the board shows a busy state in between depends on timing (with this in-page
 * fetch the next page has usually arrived before the board renders again), so it is not waited for.
 */
function showsPage(board: AssignmentList, filtered: boolean): Promise<void> {
  const ids = pageItems(filtered).map((a) => a.id);
  const root = board.shadowRoot!;
  const busy = () => root.querySelector('.results')?.getAttribute('aria-busy');
  const check = () => {
    if (board.getAttribute('data-state') !== 'ready' || busy() !== 'false') return false;
    const shown = cardIds(board);
    return shown.length === ids.length && shown.every((id, i) => id === ids[i]);
  };
  const seen = () => {
    const shown = cardIds(board);
    return `data-state=${board.getAttribute('data-state')}, aria-busy=${busy()}, ${shown.length} cards (${shown[0] ?? '–'} … ${shown.at(-1) ?? '–'})`;
  };
  const what = `the ${filtered ? 'region-filtered' : 'unfiltered'} page (data-state ready, aria-busy false, cards ${ids[0]} … ${ids.at(-1)})`;
  return when([board, root], what, check, seen);
}

async function mountBoard(): Promise<{ host: HTMLElement; board: AssignmentList }> {
  resetSharedClients();
  const host = document.createElement('div');
  host.lang = 'nl';
  host.innerHTML = `<marketplace-provider endpoint="${API}"><assignment-list page-size="${PAGE_SIZE}"></assignment-list></marketplace-provider>`;
  document.body.append(host);
  const board = host.querySelector<AssignmentList>('assignment-list')!;
  await customElements.whenDefined('assignment-list');
  await showsPage(board, false);
  await board.updateComplete;
  layout(host);
  return { host, board };
}

let mounted: Awaited<ReturnType<typeof mountBoard>> | null = null;

async function boardFilterChange(): Promise<number> {
  mounted ??= await mountBoard();
  const { host, board } = mounted;
  resetSharedClients(); // every change loads (as the hand-written one does)
  const box = board.shadowRoot!.querySelector<HTMLInputElement>('input[name="region"][value="west-brabant"]');
  if (!box) throw new Error('render bench: the board has no region checkbox "west-brabant"');
  clickedAt = performance.now();
  recordLeave = true;
  box.click();
  await showsPage(board, box.checked);
  await board.updateComplete;
  return layout(host);
}

// --- the same by hand ----------------------------------------------------------------------------

const sheets = (AssignmentList.styles as CSSResult[]).map((s) => s.styleSheet!);
const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const relative = new Intl.RelativeTimeFormat('nl-NL', { numeric: 'auto' });
const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 2 });
const modes: Record<string, string> = { onsite: 'Op locatie', hybrid: 'Hybride', remote: 'Op afstand' };
const types: Record<string, string> = { detachering: 'Detachering', inhuur: 'Inhuur (zzp/zpp)', interim: 'Interim' };
const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const todayUtc = utc(new Date().toISOString().slice(0, 10));

function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** What the board does on these events does not matter here; that each control has its listener does. */
const noop = () => {};

function on<E extends HTMLElement>(element: E, type: string, listener: (event: Event) => void = noop): E {
  element.addEventListener(type, listener);
  return element;
}

function fact(term: string, ...value: (Node | string)[]): HTMLElement {
  return h('div', {}, h('dt', {}, term), h('dd', {}, ...value));
}

function card(a: AssignmentInput): HTMLElement {
  const days = Math.round((utc(a.closingDate) - todayUtc) / 86_400_000);
  const closing = h(
    'time',
    { datetime: a.closingDate, class: days <= 7 ? 'soon' : '' },
    h('span', { 'aria-hidden': 'true' }, `sluit ${relative.format(days, 'day')}`),
    h('span', { class: 'visually-hidden' }, `sluit ${relative.format(days, 'day')}, op ${dateFormat.format(utc(a.closingDate))}`),
  );
  const rate = a.rate && (a.rate.min !== null || a.rate.max !== null) ? `${euros.format(a.rate.min!)} – ${euros.format(a.rate.max!)} per uur` : null;
  return h(
    'li',
    {},
    h(
      'article',
      { class: 'card', part: 'card' },
      h('h3', { class: 'card-title', part: 'card-title' }, on(h('button', { type: 'button', 'aria-haspopup': 'dialog', 'data-id': a.id, 'data-flexschil-prefetch': 'apply-form' }, a.title), 'click')),
      h('p', { class: 'organisation', part: 'organisation' }, h('span', {}, a.organisation.name)),
      h('ul', { class: 'badges', 'aria-label': 'Kenmerken' }, h('li', { class: 'badge' }, a.field.label), ...a.types.map((t) => h('li', { class: 'badge' }, types[t]))),
      ...(a.summary ? [h('p', { class: 'summary' }, a.summary)] : []),
      h(
        'dl',
        { class: 'facts' },
        fact('Plaats', h('span', {}, a.location.place), ` · ${modes[a.location.mode]}`),
        fact('Uren', `${a.hoursPerWeek.min}–${a.hoursPerWeek.max} uur per week`),
        ...(a.startDate ? [fact('Start', dateFormat.format(utc(a.startDate)))] : []),
        fact('Reageren', closing),
        ...(rate ? [fact('Tarief', a.rate!.publicRate ? `${rate} (publiek tarief)` : rate)] : []),
      ),
    ),
  );
}

interface Page {
  items: AssignmentInput[];
  total: number;
  facets: Record<string, { value: string; label: string; count: number }[]>;
}

function group(name: string, title: string, options: Page['facets'][string], onChange?: (e: Event) => void): HTMLElement {
  const boxes = options.map((o) => {
    const input = on(h('input', { type: 'checkbox', name, value: o.value }), 'change', onChange);
    return h('label', { class: 'option' }, input, h('span', {}, h('span', {}, o.label), ' ', h('span', { class: 'count' }, `(${o.count})`)));
  });
  return on(h('details', {}, h('summary', {}, title), h('fieldset', {}, h('legend', { class: 'visually-hidden' }, title), ...boxes)), 'toggle');
}

/** The same board by hand; `change` is its filter handler. */
interface HandBoard {
  root: DocumentFragment;
  list: HTMLElement;
  heading: HTMLElement;
  status: HTMLElement;
  results: HTMLElement;
}

function handBoard(page: Page, change: (e: Event) => void): HandBoard {
  const root = document.createDocumentFragment();
  const list = h('ul', { class: 'cards', part: 'list' }, ...page.items.map(card));
  const heading = h('h2', { id: 'results-heading', part: 'count', tabindex: '-1' }, `${page.total} opdrachten gevonden`);
  const results = h('div', { class: 'results', 'aria-busy': 'false' }, list, ...pagination(page.total));
  // Empty at first, as the board's: a list's first page is not announced (only what a visitor's action brings).
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const sorts = [['closingDate', 'Sluitingsdatum'], ['-publishedAt', 'Nieuwste eerst'], ['title', 'Titel (A–Z)']];
  const sort = on(h('select', { name: 'sort' }, ...sorts.map(([value, label], i) => h('option', i === 0 ? { value, selected: '' } : { value }, label))), 'change');
  root.append(
    on(
      h(
        'form',
        { class: 'search', part: 'search', role: 'search', 'aria-label': 'Zoek in opdrachten' },
        h('label', { for: 'q' }, 'Zoek in opdrachten'),
        on(h('input', { id: 'q', name: 'q', type: 'search', autocomplete: 'off', enterkeyhint: 'search', maxlength: String(SEARCH_TEXT_MAX) }), 'input'),
        h('button', { type: 'submit', class: 'button' }, 'Zoeken'),
      ),
      'submit',
    ),
    h(
      'div',
      { class: 'layout with-filters' },
      h(
        'div',
        { class: 'filters-area' },
        on(h('button', { type: 'button', class: 'filters-toggle disclosure', part: 'filters-toggle', 'aria-expanded': 'false', 'aria-controls': 'filters' }, 'Filters'), 'click'),
        h(
          'div',
          { id: 'filters', class: 'filters', part: 'filters', role: 'group', 'aria-label': 'Filters' },
          group('field', 'Werkveld', page.facets.field),
          group('region', 'Regio', page.facets.region, change),
          group('type', 'Soort opdracht', page.facets.type),
        ),
      ),
      h(
        'div',
        { class: 'results-column' },
        h('div', { class: 'result-header' }, heading, h('label', { class: 'sort' }, 'Sorteer op', sort)),
        status,
        results,
      ),
    ),
    on(h('dialog', { part: 'dialog', 'aria-labelledby': 'dialog-title' }), 'close'),
  );
  return { root, list, heading, status, results };
}

/** What the live region says: the count and, with more than one page, which page. */
function announcement(total: number): string {
  const pages = Math.ceil(total / PAGE_SIZE);
  return pages > 1 ? `${total} opdrachten gevonden, pagina 1 van ${pages}` : `${total} opdrachten gevonden`;
}

/** The page navigation, none for a single page (as the board). */
function pagination(total: number): HTMLElement[] {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return [];
  const button = (label: string, attributes: Record<string, string> = {}) => h('li', {}, on(h('button', { type: 'button', class: 'page-button', ...attributes }, label), 'click'));
  return [
    h(
      'nav',
      { part: 'pagination', 'aria-label': 'Paginering' },
      h(
        'ul',
        { class: 'pages' },
        button('Vorige', { disabled: '' }),
        ...Array.from({ length: pages }, (_, i) => button(String(i + 1), i === 0 ? { 'aria-current': 'page', 'aria-label': `Pagina ${i + 1}` } : { 'aria-label': `Pagina ${i + 1}` })),
        button('Volgende'),
      ),
    ),
  ];
}

/**
 * The page at `url`. The body is read as the board's client reads it, from its stream: with this
 * in-page fetch `response.text()` answers a task later, after a frame of the browser's, and that
 * frame (its style, layout and paint) would then fall into the hand-written side's time only.
 */
async function load(url: string): Promise<Page> {
  const response = await fetch(url);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
  return JSON.parse(text + decoder.decode());
}



const firstUrl = `${API}/assignments?page=1&pageSize=${PAGE_SIZE}&sort=closingDate`;

async function handFirstRender(): Promise<number> {
  const host = document.createElement('div');
  host.lang = 'nl';
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = sheets;
  shadow.append(handBoard(await load(firstUrl), () => {}).root);
  const height = layout(host);
  host.remove();
  return height;
}

/**
 * What the board shows when a filter value is chosen or no longer chosen: its group open (and
 * left open), how many are chosen in the group and in all, and a button that clears them.
 */
function showChoice(root: ShadowRoot, chosen: boolean): void {
  const group = root.querySelector<HTMLDetailsElement>('input[name="region"]')!.closest('details')!;
  group.open = true;
  const toggle = root.querySelector('.filters-toggle')!;
  const filters = root.querySelector('#filters')!;
  if (chosen) {
    toggle.append(h('span', { class: 'selected' }, '(1 actief)'));
    group.querySelector('summary')!.append(h('span', { class: 'selected' }, '(1 gekozen)'));
    filters.append(on(h('button', { type: 'button', class: 'button secondary' }, 'Wis filters'), 'click'));
  } else {
    for (const added of [toggle.querySelector('.selected'), group.querySelector('summary .selected'), filters.querySelector(':scope > button')]) added?.remove();
  }
}

let hand: { host: HTMLElement; done: Promise<void>; finish: () => void } | null = null;

async function handFilterChange(): Promise<number> {
  if (!hand) {
    const host = document.createElement('div');
    host.lang = 'nl';
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = sheets;
    const state = { host, done: Promise.resolve(), finish: () => {} };
    const built = handBoard(await load(firstUrl), async (event) => {
      const checked = (event.target as HTMLInputElement).checked;
      // As the board: the busy state only when the answer is not in by the next task (the board's
      // ResultsController: the request has had its turn to leave).
      const answer = load(checked ? `${firstUrl}&region=west-brabant` : firstUrl);
      const early = await Promise.race([answer.then(() => true), nextTask().then(() => false)]);
      showChoice(shadow, checked);
      if (!early) built.results.setAttribute('aria-busy', 'true');
      const page = await answer;
      built.list.replaceChildren(...page.items.map(card));
      built.results.replaceChildren(built.list, ...pagination(page.total));
      built.heading.textContent = `${page.total} opdrachten gevonden`;
      built.status.textContent = announcement(page.total);
      built.results.setAttribute('aria-busy', 'false');
      state.finish();
    });
    shadow.append(built.root);
    hand = state;
  }
  hand.done = new Promise((resolve) => {
    hand!.finish = resolve;
  });
  hand.host.shadowRoot!.querySelector<HTMLInputElement>('input[name="region"][value="west-brabant"]')!.click();
  await hand.done;
  return layout(hand.host);
}

// --- both sides build the same DOM ------------------------------------------------------------

/**
 * The DOM under a shadow root as lines of text, as far as a person or a style sees it: elements
 * with their attributes (sorted; a class list by its tokens), and text (adjacent pieces joined,
 * whitespace collapsed); no comments (Lit's markers) and no whitespace-only text.
 */
function domLines(root: ShadowRoot): string[] {
  const lines: string[] = [];
  const walk = (node: Node, depth: number, text: { value: string }) => {
    const flush = () => {
      const value = text.value.replace(/\s+/g, ' ').trim();
      if (value) lines.push(`${'  '.repeat(depth)}"${value}"`);
      text.value = '';
    };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text.value += (child as Text).data;
      else if (child instanceof Element) {
        flush();
        // A class list's tokens, not its spaces (the board writes `class="filters "` when closed).
        const attributes = [...child.attributes].map((a) => `${a.name}="${a.name === 'class' ? [...child.classList].join(' ') : a.value}"`).sort();
        lines.push(`${'  '.repeat(depth)}<${[child.localName, ...attributes].join(' ')}>`);
        walk(child, depth + 1, { value: '' });
      }
    }
    flush();
  };
  walk(root, 0, { value: '' });
  return lines;
}

/** Fails when the two differ, naming the first line that does. */
function sameDom(what: string, hand: ShadowRoot, board: ShadowRoot): void {
  const [a, b] = [domLines(hand), domLines(board)];
  const at = a.findIndex((line, i) => line !== b[i]);
  if (at !== -1 || a.length !== b.length) {
    const i = at === -1 ? Math.min(a.length, b.length) : at;
    throw new Error(`render bench: ${what}, the hand-written DOM differs from the board's at line ${i + 1}: ${a[i] ?? '(end)'} ≠ ${b[i] ?? '(end)'}`);
  }
}

/** Before measuring: the first render, and a filter change there and back, give both sides the same DOM. */
async function checkSameDom(): Promise<void> {
  const firstHand = document.createElement('div');
  firstHand.lang = 'nl';
  document.body.append(firstHand);
  const shadow = firstHand.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = sheets;
  shadow.append(handBoard(await load(firstUrl), () => {}).root);
  const first = await mountBoard();
  sameDom('after the first render', shadow, first.board.shadowRoot!);
  firstHand.remove();
  first.host.remove();
  for (const step of ['after a filter change', 'after a filter change back']) {
    // Each click in a task of its own, as a person's (the toggle event of the group it opened comes first).
    await nextTask();
    await handFilterChange();
    await nextTask();
    await boardFilterChange();
    sameDom(step, hand!.host.shadowRoot!, mounted!.board.shadowRoot!);
  }
}

async function boardFirstRender(): Promise<number> {
  const { host } = await mountBoard();
  const height = layout(host);
  host.remove();
  return height;
}

defineSuite({
  name: 'render',
  description: `<assignment-list> vs hand-written DOM (same markup and styles), ${PAGE_SIZE} cards`,
  setup: checkSameDom,
  baseline: { name: 'hand-written: first render of 30 cards', run: handFirstRender },
  cases: [
    { name: '<assignment-list>: first render of 30 cards', run: boardFirstRender },
    { name: 'hand-written: filter change', run: handFilterChange },
    { name: '<assignment-list>: filter change', run: boardFilterChange },
  ],
  notes: ({ baseline, cases: [boardFirst, handChange, boardChange] }) => {
    const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
    const sorted = [...leftAfterClick].sort((a, b) => a - b);
    return [
      `first render: <assignment-list> ÷ hand-written = ${ratio(boardFirst.samples, baseline.samples)}× (goal ≤ 1.1×)`,
      `filter change: <assignment-list> ÷ hand-written = ${ratio(boardChange.samples, handChange.samples)}× (goal ≤ 1.1×)`,
      `the board's request left after the click: median ${median(sorted).toFixed(2)} ms, slowest ${sorted.at(-1)?.toFixed(2)} ms of ${sorted.length} (goal ≤ 5 ms)`,
    ];
  },
});
