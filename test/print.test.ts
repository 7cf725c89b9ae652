/**
 * Printing, or saving as a PDF to send on, with a dialog open: what a professional does with an
 * assignment to discuss it, or a poster with an application. The paper holds all of what the
 * dialog shows, not the screenful that fits the window (the dialog's body scrolls on screen, and
 * the rest was cut off), without the dialog's close button and without the list behind it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/index.js';
import { mockToken } from '../mock/backend.js';
import { API, waitFor } from './helpers.js';
import { applyAsAVisitor, resetMock, worker } from './msw.js';

const POSTER = mockToken({ sub: 'poster-1', org: 'gem-steenbergen', roles: ['poster'] });
/** Gemeente Steenbergen's open public assignment in the seed (with a description, skills and the application form). */
const ASSIGNMENT = 'a-2026-0101';

async function mount(markup: string, token: string | null = null): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(html`<div lang="nl">
    <marketplace-provider endpoint=${API} privacy-url="/privacy" .getToken=${token ? async () => token : null}>${unsafeHTML(markup)}</marketplace-provider>
  </div>`);
  return page.querySelector('marketplace-provider')!.firstElementChild as HTMLElement;
}

const root = (el: Element) => el.shadowRoot!;
const openDialog = (el: Element) => root(el).querySelector<HTMLDialogElement>('dialog[open]');

async function settled(el: HTMLElement, check: () => unknown = () => true) {
  await waitFor(() => el.matches(':state(ready)') && !root(el).querySelector('[aria-busy="true"]') && check(), { message: `${el.localName} ready` });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function open(el: HTMLElement, selector: string, shown: () => unknown) {
  await settled(el);
  (await waitFor(() => root(el).querySelector<HTMLElement>(selector), { message: selector })).click();
  await waitFor(shown, { message: `what ${selector} opens` });
  await settled(el);
}

const apply = () => applyAsAVisitor(ASSIGNMENT);

/** What keeps the printed dialog from holding everything it shows. */
function unprinted(el: HTMLElement, dialog: HTMLDialogElement): string[] {
  const problems: string[] = [];
  const body = dialog.querySelector<HTMLElement>('.dialog-body')!;
  for (const [name, box] of [['the dialog', dialog], ['its body', body]] as const) {
    if (box.scrollHeight > box.clientHeight + 1) problems.push(`${name} shows ${box.clientHeight} px of ${box.scrollHeight}`);
  }
  const close = dialog.querySelector<HTMLElement>('.dialog-header .button');
  if (close?.checkVisibility()) problems.push(`its "${close.textContent?.trim()}" button is printed`);
  const behind = [...root(el).children].filter((child) => child !== dialog && child.localName !== 'style' && (child as HTMLElement).checkVisibility());
  for (const child of behind) problems.push(`${child.localName}.${[...child.classList].join('.')} is printed behind the dialog`);
  return problems;
}

const cases = [
  {
    name: "<assignment-list>: an assignment's dialog, with its application form",
    markup: '<assignment-list></assignment-list>',
    reach: (el: HTMLElement) => open(el, '[part="card-title"] button', () => openDialog(el)?.querySelector('apply-form')?.shadowRoot?.querySelector('[part~="submit"]')),
  },
  {
    name: "<profile-directory>: a profile's dialog",
    markup: '<profile-directory></profile-directory>',
    reach: (el: HTMLElement) => open(el, '[part="view"]', () => openDialog(el)?.querySelector('profile-card')?.matches(':state(ready)')),
  },
  {
    name: "<session-list>: a session's sign-up dialog",
    markup: '<session-list></session-list>',
    reach: (el: HTMLElement) => open(el, '[part="sign-up"]', () => openDialog(el)?.querySelector('[name="name"]')),
  },
  {
    name: "<application-inbox>: an application's dialog",
    markup: `<application-inbox assignment-id="${ASSIGNMENT}"></application-inbox>`,
    token: POSTER,
    given: apply,
    reach: (el: HTMLElement) => open(el, '[data-id]', () => openDialog(el)?.querySelector('select[name="status"]')),
  },
];

describe('printing a dialog', () => {
  before(async () => {
    await expect(await fixture(html`<p>axe</p>`)).to.be.accessible();
  });
  beforeEach(async () => {
    await resetMock();
    sessionStorage.clear();
    // A window lower than every dialog's content (and high enough for a header that stays): on
    // screen, each dialog's body scrolls below its header.
    await setViewport({ width: 800, height: 540 });
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    worker.resetHandlers();
    history.replaceState(null, '', location.pathname);
    await setViewport({ width: 1280, height: 800 });
  });

  for (const c of cases) {
    it(`${c.name}: printed whole, without its close button or the list behind it`, async () => {
      await c.given?.();
      const el = await mount(c.markup, c.token);
      await c.reach(el);
      const dialog = openDialog(el)!;
      const body = dialog.querySelector<HTMLElement>('.dialog-body')!;
      expect(body.scrollHeight, 'on screen the body scrolls').to.be.greaterThan(body.clientHeight + 1);

      await emulateMedia({ media: 'print' });
      expect(unprinted(el, dialog)).to.deep.equal([]);
      expect(dialog.getBoundingClientRect().height, 'taller than the window').to.be.greaterThan(innerHeight);
      await expect(el).to.be.accessible();

      await emulateMedia({ media: 'screen' });
      expect(dialog.getBoundingClientRect().height, 'on screen again within the window').to.be.at.most(innerHeight);
    });
  }

  it('prints a board without a dialog open as it shows it: its cards', async () => {
    const el = await mount('<assignment-list></assignment-list>');
    await settled(el);
    await emulateMedia({ media: 'print' });
    const cards = [...root(el).querySelectorAll<HTMLElement>('[part="card"]')];
    expect(cards.length).to.be.greaterThan(0);
    expect(cards.every((card) => card.checkVisibility())).to.equal(true);
    expect(root(el).querySelector('[part="filters-toggle"], .filters-area')?.checkVisibility() ?? true).to.equal(true);
  });
});
