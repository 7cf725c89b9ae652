/**
 * Every element reflows on a phone with large text: at 320 px wide with the page's text (18 px)
 * at 200 % nothing has to be scrolled sideways and nothing is cut off (WCAG 1.4.4 Resize Text,
 * 1.4.10 Reflow), and an open dialog still leaves room for what it is opened for. The same at
 * 320 px with the text spacing a reader may set (WCAG 1.4.12: line height 1.5, paragraphs 2 em
 * apart, letters 0.12 em, words 0.16 em), in every shadow root, as a reader's tool that reaches
 * into them sets it. Each case drives the element to a state as a visitor reaches it (opens a
 * dialog, sends an empty form) and looks at what sticks out past the right edge, out of its own
 * box or is cut off by it, shadow roots within shadow roots included. A wide table may scroll on
 * its own (1.4.10 allows it for content that needs two dimensions): what is inside a region that
 * scrolls sideways on purpose is not counted, nor the inside of a form control.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/index.js';
import { mockToken } from '../mock/backend.js';
import { API, textSpacing, waitFor } from './helpers.js';
import { applyAsAVisitor, resetMock, worker } from './msw.js';

/** The phones that are 320 px wide (iPhone SE, 5) are 568 px high. */
const [WIDTH, HEIGHT] = [320, 568];
const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
const PROFESSIONAL = mockToken({ sub: 'pro-1' });
/** Gemeente Steenbergen's open public assignment in the seed (KvK number, CV and conditions asked). */
const ASSIGNMENT = 'a-2026-0101';
/** With ASSIGNMENT a seed pair of 93 points (seed/seed.ts). */
const PROFILE = 'p-0003';
/** Gemeente Steenbergen's session, with seats left. */
const SESSION = 's-2026-0001';

/** A host page with the element in a provider; `token` signs the visitor in. */
async function mount(markup: string, token: string | null = null): Promise<HTMLElement> {
  // 18 px body text and a gutter beside the content, as the demo's municipal page (and many a
  // CMS) has: at 200 %, 36 px text in 240 px (40 px each side, the body's 8 px margin in it).
  const page = await fixture<HTMLDivElement>(html`<div lang="nl" style="font-size: 112.5%; padding-inline: 32px">
    <marketplace-provider endpoint=${API} privacy-url="/privacy" .getToken=${token ? async () => token : null}>${unsafeHTML(markup)}</marketplace-provider>
  </div>`);
  return page.querySelector('marketplace-provider')!.firstElementChild as HTMLElement;
}

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const find = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => waitFor(() => root(el).querySelector<T>(selector), { message: selector });
const openDialog = (el: Element) => root(el).querySelector<HTMLDialogElement>('dialog[open]');

async function settled(el: HTMLElement, check: () => unknown = () => true) {
  await waitFor(() => el.matches(':state(ready)') && !root(el).querySelector('[aria-busy="true"]') && check(), { message: `${el.localName} ready` });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function click(el: HTMLElement, selector: string, shown: () => unknown) {
  (await find(el, selector)).click();
  await waitFor(shown, { message: `what ${selector} opens` });
  await settled(el);
}

const apply = () => applyAsAVisitor(ASSIGNMENT);

/**
 * The outermost elements in `scope` (into nested shadow roots) whose box ends past the right
 * edge, as `tag.class[part] "text…"`, each with the widest element inside it when that is
 * another (what pushes it out): what to fix. Not looked into: a table that scrolls sideways on
 * purpose, and a form control's own inside.
 */
function outside(scope: ParentNode, edge = WIDTH + 0.5): string[] {
  const found: string[] = [];
  type Widest = { element: Element; right: number } | null;
  const wider = (a: Widest, b: Widest) => (!a || (b && b.right > a.right) ? b : a);
  // Returns the widest offender under `node`, the outermost of equals.
  const walk = (node: ParentNode, outermost: boolean): Widest => {
    let widest: Widest = null;
    for (const child of node.children) {
      const { width, right } = child.getBoundingClientRect();
      const offends = width > 0 && right > edge;
      const looked = !child.matches('select, textarea, input, option, datalist') && !scrollsSideways(child);
      const inner = looked ? wider(walk(child, outermost && !offends), child.shadowRoot && walk(child.shadowRoot, outermost && !offends)) : null;
      const mine = offends && (!inner || inner.right <= right + 0.5) ? { element: child, right } : inner;
      if (offends && outermost) found.push(`${label(child)} → ${Math.round(right)} px${mine!.element === child ? '' : `, widest inside: ${label(mine!.element)} → ${Math.round(mine!.right)} px`}`);
      widest = wider(widest, mine);
    }
    return widest;
  };
  walk(scope, true);
  return found;
}

/**
 * Boxes whose own content sticks out of them sideways (a word wider than its column, drawn over
 * what is beside it), in `scope` and nested shadow roots; not form controls, not what scrolls.
 */
function spilling(scope: ParentNode): string[] {
  const found: string[] = [];
  for (const element of scope.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(element);
    const box = style.display !== 'inline' && style.overflowX === 'visible' && element.clientWidth > 0;
    if (box && !element.matches('input, select, textarea, option') && element.scrollWidth > element.clientWidth + 1) {
      found.push(`${label(element)} spills ${element.scrollWidth - element.clientWidth} px out of its box`);
    }
    if (element.shadowRoot) found.push(...spilling(element.shadowRoot));
  }
  return found;
}

/**
 * Boxes that cut their own text off (`overflow: hidden` or `clip`, a fixed height or width, an
 * ellipsis), in `scope` and nested shadow roots; not the visually hidden texts for screen readers
 * (a 1 px box on purpose), not form controls.
 */
function clipped(scope: ParentNode): string[] {
  const found: string[] = [];
  for (const element of scope.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(element);
    const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    const screenReaderOnly = element.clientWidth <= 1 || element.clientHeight <= 1;
    if (!screenReaderOnly && !element.matches('input, select, textarea, option') && text(element)) {
      if (cuts(style.overflowY) && element.scrollHeight > element.clientHeight + 1) found.push(`${label(element)} cuts ${element.scrollHeight - element.clientHeight} px off below`);
      if (cuts(style.overflowX) && element.scrollWidth > element.clientWidth + 1) found.push(`${label(element)} cuts ${element.scrollWidth - element.clientWidth} px off on the right`);
    }
    if (element.shadowRoot) found.push(...clipped(element.shadowRoot));
  }
  return found;
}

/** Gives `scope` and every shadow root in it (nested ones too) {@link textSpacing}. */
function spaceText(scope: Document | ShadowRoot): void {
  if (!scope.adoptedStyleSheets.includes(textSpacing)) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, textSpacing];
  for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) spaceText(element.shadowRoot);
}

/**
 * A wrapper that scrolls a data table sideways, as 1.4.10 allows for content that needs two
 * dimensions. Not a dialog or its body: CSS computes their overflow-x auto too (of overflow-y
 * auto, for scrolling down), and what sticks out of them sideways is cut off.
 */
const scrollsSideways = (element: Element) => /auto|scroll/.test(getComputedStyle(element).overflowX) && !!element.querySelector(':scope > table');

function label(element: Element): string {
  const classes = [...element.classList].map((c) => `.${c}`).join('');
  const part = element.getAttribute('part') ?? (element.getAttribute('name') && `name=${element.getAttribute('name')}`);
  return `${element.localName}${classes}${part ? `[${part}]` : ''} "${text(element).slice(0, 30)}…"`;
}

/**
 * Why an open dialog keeps a visitor from its content: its body shows under 100 px and the dialog
 * does not scroll to it, or (scrolled to its top, as it opens) its "Sluiten" is out of sight.
 */
function hiddenInDialog(dialog: HTMLDialogElement): string[] {
  const problems: string[] = [];
  const frame = dialog.getBoundingClientRect();
  const inView = (box: DOMRect) => Math.min(box.bottom, frame.bottom, innerHeight) - Math.max(box.top, frame.top, 0);
  const body = dialog.querySelector('.dialog-body')!.getBoundingClientRect();
  const scrolls = dialog.scrollHeight > dialog.clientHeight && /auto|scroll/.test(getComputedStyle(dialog).overflowY);
  if (inView(body) < 100 && !scrolls) problems.push(`the dialog's body shows ${Math.round(inView(body))} px of ${Math.round(body.height)}, and the dialog does not scroll`);
  const close = dialog.querySelector('.dialog-header button')!.getBoundingClientRect();
  if (dialog.scrollTop === 0 && inView(close) < close.height - 0.5) problems.push(`"Sluiten" shows ${Math.round(inView(close))} px of ${Math.round(close.height)}`);
  return problems;
}

interface Case {
  name: string;
  markup: string;
  token?: string;
  /** What is there before the page opens (the backend's state). */
  given?: () => Promise<void>;
  /** Drives the element, from its first render, to the state to look at. */
  reach: (el: HTMLElement) => Promise<void>;
}

const submitEmpty = async (el: HTMLElement, form: () => Element | null | undefined = () => el) => {
  const inner = () => form()!.shadowRoot!;
  inner().querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  await waitFor(() => inner().querySelector('[part~="summary"]'), { message: 'the error summary' });
  await settled(el);
};
/** The "Filters" button pressed, as on a phone, and every group of filters opened. */
async function showFilters(el: HTMLElement) {
  await click(el, '[part="filters-toggle"]', () => root(el).querySelector('[part="filters"]')?.checkVisibility());
  for (const group of root(el).querySelectorAll('[part="filters"] details')) (group as HTMLDetailsElement).open = true;
  await settled(el);
}
const boardForm = (el: HTMLElement) => () => openDialog(el)?.querySelector('apply-form');
const openAssignment = (el: HTMLElement) =>
  click(el, '[part="card-title"] button', () => boardForm(el)()?.shadowRoot?.querySelector('[part~="submit"]'));

const cases: Case[] = [
  {
    name: '<assignment-list>: the board with every filter shown',
    markup: '<assignment-list filters="q,field,region,type,mode,hours"></assignment-list>',
    reach: (el) => settled(el).then(() => showFilters(el)),
  },
  {
    name: '<assignment-list>: the board with match badges for a profile',
    markup: `<assignment-list profile-id="${PROFILE}"></assignment-list>`,
    reach: (el) => settled(el, () => [...root(el).querySelectorAll('match-badge')].every((b) => b.shadowRoot?.querySelector('[part="score"]')) && root(el).querySelector('match-badge')),
  },
  {
    name: "<assignment-list>: a card's badge with its reasons opened (“Waarom?”)",
    markup: '<assignment-list profile-id="p-0002"></assignment-list>',
    reach: async (el) => {
      const badge = await waitFor(() => [...root(el).querySelectorAll('match-badge')].find((b) => b.shadowRoot?.querySelector('[part~="toggle"]')), { message: 'a badge with reasons' });
      badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await waitFor(() => badge.shadowRoot!.querySelector('.reasons'), { message: 'the reasons' });
      await settled(el);
    },
  },
  { name: "<assignment-list>: an assignment's dialog with its application form", markup: '<assignment-list></assignment-list>', reach: openAssignment },
  {
    name: "<assignment-list>: the dialog's application form sent empty",
    markup: '<assignment-list></assignment-list>',
    reach: async (el) => {
      await openAssignment(el);
      await submitEmpty(el, boardForm(el));
    },
  },
  {
    name: '<profile-directory>: the directory with its filters shown',
    markup: '<profile-directory></profile-directory>',
    reach: (el) => settled(el, () => [...root(el).querySelectorAll('profile-card')].every((c) => c.matches(':state(ready)'))).then(() => showFilters(el)),
  },
  {
    name: "<profile-directory>: a profile's dialog",
    markup: '<profile-directory></profile-directory>',
    reach: (el) => click(el, '[part="view"]', () => openDialog(el)?.querySelector('profile-card')?.matches(':state(ready)')),
  },
  { name: '<profile-card>: a full profile', markup: `<profile-card profile-id="${PROFILE}"></profile-card>`, reach: (el) => settled(el) },
  { name: '<match-badge>: the full badge', markup: `<match-badge assignment-id="${ASSIGNMENT}" profile-id="${PROFILE}"></match-badge>`, reach: (el) => settled(el) },
  { name: '<session-list>: the sessions with their filters shown', markup: '<session-list></session-list>', reach: (el) => settled(el).then(() => showFilters(el)) },
  {
    name: "<session-list>: a session's sign-up dialog, sent empty",
    markup: '<session-list></session-list>',
    reach: async (el) => {
      await click(el, `[part="sign-up"][data-id="${SESSION}"]`, () => openDialog(el)?.querySelector('[name="name"]'));
      openDialog(el)!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await waitFor(() => openDialog(el)!.querySelector('.error-message, [part~="summary"]'), { message: 'the errors' });
      await settled(el);
    },
  },
  { name: '<application-inbox>: the assignments of a poster', markup: '<application-inbox></application-inbox>', token: POSTER, given: apply, reach: (el) => settled(el) },
  {
    name: "<application-inbox>: an assignment's applications, with the export",
    markup: '<application-inbox></application-inbox>',
    token: POSTER,
    given: apply,
    reach: (el) => click(el, `[data-assignment="${ASSIGNMENT}"]`, () => root(el).querySelector('[part~="export"]')),
  },
  {
    name: "<application-inbox>: an application's dialog with its status",
    markup: `<application-inbox assignment-id="${ASSIGNMENT}"></application-inbox>`,
    token: POSTER,
    given: apply,
    reach: (el) => click(el, '[data-id]', () => openDialog(el)?.querySelector('select[name="status"]')),
  },
  { name: '<assignment-editor>: a new assignment sent empty', markup: '<assignment-editor></assignment-editor>', token: POSTER, reach: (el) => settled(el).then(() => submitEmpty(el)) },
  {
    name: '<session-editor>: a session with its sign-ups',
    markup: `<session-editor session-id="${SESSION}"></session-editor>`,
    token: POSTER,
    reach: (el) => settled(el, () => root(el).querySelector('.table-scroll table')),
  },
  { name: '<session-editor>: a new session sent empty', markup: '<session-editor></session-editor>', token: POSTER, reach: (el) => settled(el).then(() => submitEmpty(el)) },
  { name: '<profile-editor>: a new profile sent empty', markup: '<profile-editor></profile-editor>', token: PROFESSIONAL, reach: (el) => settled(el).then(() => submitEmpty(el)) },
];

/** What a visitor has set: the text at 200 %, or the text spacing of 1.4.12 at the page's own size. */
const settings = [
  { name: 'reflow at 320 px with the text at 200 % (WCAG 1.4.4, 1.4.10)', textSize: '200%', spacing: false },
  { name: 'reflow at 320 px with text spacing (WCAG 1.4.10, 1.4.12)', textSize: '', spacing: true },
];

for (const setting of settings) {
  describe(setting.name, () => {
    // axe's start-up is paid once, here, not by the first case.
    before(async () => {
      await expect(await fixture(html`<p>axe</p>`)).to.be.accessible();
    });
    beforeEach(async () => {
      await resetMock();
      sessionStorage.clear();
      await setViewport({ width: WIDTH, height: HEIGHT });
      document.documentElement.style.fontSize = setting.textSize;
    });
    afterEach(async () => {
      document.documentElement.style.fontSize = '';
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== textSpacing);
      worker.resetHandlers();
      history.replaceState(null, '', location.pathname);
      await setViewport({ width: 1280, height: 800 });
    });

    for (const c of cases) {
      it(`${c.name}: nothing sticks out or is cut off, accessibly`, async () => {
        await c.given?.();
        const el = await mount(c.markup, c.token);
        await c.reach(el);
        // Set once the element shows what is looked at: the shadow roots it opened on the way are there.
        if (setting.spacing) spaceText(document);
        const page = document.documentElement.scrollWidth;
        const dialog = openDialog(el);
        const problems = [
          ...outside(root(el)),
          ...spilling(root(el)),
          ...clipped(root(el)),
          ...(page > WIDTH ? [`the page scrolls sideways to ${page} px`] : []),
          ...(dialog ? hiddenInDialog(dialog) : []),
        ];
        expect(problems, 'past the right edge, cut off, or out of reach').to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });
}
