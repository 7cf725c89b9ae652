/**
 * The widgets on a page whose own styles were written without them in mind, as a CMS page is:
 * universal rules (`* { box-sizing: content-box; font-family: inherit }`) reach the element
 * itself and beat its `:host` rules, and a visitor on a phone has the text at 200 %. The page must
 * never scroll sideways (WCAG 1.4.10 Reflow), and the tokens a host sets must still take effect.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import { API, waitFor } from './helpers.js';
import { resetMock } from './msw.js';

/** What a municipality's CMS stylesheet has said to every element, for its own pages. */
const CMS_RULES = `
  * { box-sizing: content-box; font-family: inherit; color: #8a0000; line-height: 1.1; }
  button { all: unset; }
  ul { list-style: square; padding-left: 3em; }
`;

const TAGS = ['assignment-list', 'profile-directory', 'session-list'] as const;

async function mountPage({ fontSize = '16px' } = {}) {
  const page = await fixture<HTMLDivElement>(html`<div lang="nl" style="font-size: ${fontSize}; --flexschil-font-family: Georgia, serif">
    <marketplace-provider endpoint=${API}>
      <assignment-list page-size="3"></assignment-list>
      <profile-directory page-size="3"></profile-directory>
      <session-list page-size="3"></session-list>
    </marketplace-provider>
  </div>`);
  const elements = TAGS.map((tag) => page.querySelector<HTMLElement>(tag)!);
  for (const element of elements) {
    await waitFor(() => element.matches(':state(ready)'), { message: `${element.localName} ready`, timeout: 15_000 });
  }
  return { page, elements };
}

/**
 * What sticks out to the right of the viewport in a shadow tree (and the trees inside it):
 * elements, and text that overflows its element (a long word); not visually hidden text, which
 * is clipped.
 */
function beyondViewport(root: ShadowRoot, width: number): string[] {
  const out: string[] = [];
  const name = (element: Element) => `${element.localName}.${element.getAttribute('part') ?? element.className}`;
  for (const element of root.querySelectorAll('*')) {
    const right = element.getBoundingClientRect().right;
    if (right > width + 0.5) out.push(`${name(element)} ends at ${Math.round(right)}`);
    if (element.closest('.visually-hidden')) continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const end = range.getBoundingClientRect().right;
      if (end > width + 0.5) out.push(`"${node.textContent.trim().slice(0, 30)}" in ${name(element)} ends at ${Math.round(end)}`);
    }
    if (element.shadowRoot) out.push(...beyondViewport(element.shadowRoot, width));
  }
  return out;
}

describe('the widgets on a host page with its own styles', () => {
  let sheet: HTMLStyleElement | null = null;
  beforeEach(async () => {
    await resetMock();
  });
  afterEach(async () => {
    sheet?.remove();
    sheet = null;
    await setViewport({ width: 1280, height: 800 });
  });

  function withCmsRules() {
    sheet = document.createElement('style');
    sheet.textContent = CMS_RULES;
    document.head.append(sheet);
  }

  it("keep their own box sizing, font token, text colour and line height under a CMS's universal rules", async () => {
    withCmsRules();
    await setViewport({ width: 320, height: 640 });
    const { elements } = await mountPage();
    for (const element of elements) {
      const text = element.shadowRoot!.querySelector('p')!;
      const style = getComputedStyle(text);
      expect(style.fontFamily, `${element.localName}: the host's --flexschil-font-family`).to.equal('Georgia, serif');
      expect(style.color, `${element.localName}: the widget's text colour, not the page's`).not.to.equal('rgb(138, 0, 0)');
      for (const inside of element.shadowRoot!.querySelectorAll('input, button, ul')) {
        expect(getComputedStyle(inside).boxSizing, `${element.localName} ${inside.localName}`).to.equal('border-box');
      }
      expect(beyondViewport(element.shadowRoot!, 320), element.localName).to.deep.equal([]);
    }
    expect(document.documentElement.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
    await expect(elements[0]).to.be.accessible();
  });

  it("keep their own text under a CMS block's inherited text styles (centred, capitals, spaced, on one line)", async () => {
    const widgets = (style: string) => html`<div style="width: 600px; ${style}">
      <marketplace-provider endpoint=${API}>
        <assignment-list page-size="2"></assignment-list>
        <profile-card profile-id="p-0001" variant="compact"></profile-card>
        <match-badge assignment-id="a-2026-0101" profile-id="p-0001"></match-badge>
      </marketplace-provider>
    </div>`;
    const page = await fixture<HTMLDivElement>(html`<div>
      ${widgets('text-align: center; text-transform: uppercase; letter-spacing: 0.15em; word-spacing: 1em; white-space: nowrap; font-style: italic; text-indent: 3em')}
      ${widgets('')}
    </div>`);
    const [cms, plain] = [...page.children] as HTMLElement[];
    const inherited = ['textAlign', 'textTransform', 'letterSpacing', 'wordSpacing', 'whiteSpace', 'fontStyle', 'textIndent'] as const;
    for (const tag of ['assignment-list', 'profile-card', 'match-badge']) {
      const [inCms, asDesigned] = [cms, plain].map((block) => block.querySelector<HTMLElement>(tag)!);
      for (const element of [inCms, asDesigned]) await waitFor(() => element.matches(':state(ready)'), { message: `${tag} ready`, timeout: 15_000 });
      const texts = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll('*')].filter((e) => e.textContent?.trim());
      const [hostile, own] = [texts(inCms), texts(asDesigned)];
      expect(hostile.length, tag).to.equal(own.length);
      for (const [n, text] of hostile.entries()) {
        const [style, designed] = [getComputedStyle(text), getComputedStyle(own[n])];
        expect(
          inherited.map((p) => style[p]),
          `${tag} ${text.localName}.${text.className}: as without the CMS block`,
        ).to.deep.equal(inherited.map((p) => designed[p]));
      }
      expect(beyondViewport(inCms.shadowRoot!, 600 + cms.getBoundingClientRect().left), tag).to.deep.equal([]);
    }
  });

  it("keeps the application form's fields inside the dialog at 320 px under those rules", async () => {
    withCmsRules();
    await setViewport({ width: 320, height: 640 });
    const { elements } = await mountPage();
    const board = elements[0] as AssignmentList;
    board.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
    const dialog = board.shadowRoot!.querySelector('dialog')!;
    const form = await waitFor(() => dialog.open && dialog.querySelector('apply-form')?.shadowRoot?.querySelector('form'), { message: 'the form in the dialog' });
    const frame = dialog.getBoundingClientRect();
    const fields = [...form.querySelectorAll<HTMLElement>('input:not([type="checkbox"]):not([type="radio"]):not([tabindex="-1"]), textarea')];
    expect(fields.length, 'the form has its fields').to.be.greaterThan(3);
    for (const field of fields) {
      expect(getComputedStyle(field).boxSizing, field.getAttribute('name') ?? '').to.equal('border-box');
      expect(field.getBoundingClientRect().right, `${field.getAttribute('name')} inside the dialog`).to.be.at.most(frame.right);
    }
    expect(dialog.scrollWidth, 'the dialog does not scroll sideways').to.be.at.most(dialog.clientWidth);
    dialog.close();
  });

  it('keeps links that stand one under the other 24 px apart at a 14 px page font (WCAG 2.5.8)', async () => {
    const { elements } = await mountPage({ fontSize: '14px' });
    const board = elements[0] as AssignmentList;
    board.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-title"] button')!.click();
    const dialog = board.shadowRoot!.querySelector('dialog')!;
    const form = await waitFor(() => dialog.open && dialog.querySelector('apply-form')?.shadowRoot?.querySelector('form'), { message: 'the form in the dialog' });
    const contact = [...dialog.querySelectorAll<HTMLAnchorElement>('.contact a')];
    expect(contact[0]?.href, 'the contact e-mail, on its own line').to.match(/^mailto:/);
    form.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const summaryLinks = () => [...(form.getRootNode() as ShadowRoot).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    const summary = await waitFor(() => summaryLinks().length > 0 && summaryLinks(), { message: 'the error summary' });
    expect(summary.length, 'a link per empty required field').to.be.greaterThan(2);
    for (const link of [...contact, ...summary]) {
      expect(link.getBoundingClientRect().height, link.textContent!).to.be.at.least(24);
    }
    await expect(board).to.be.accessible();
    dialog.close();
  });

  it('fits 320 px with the text at 200 %: the board, the directory and the session list', async () => {
    await setViewport({ width: 320, height: 640 });
    const { elements } = await mountPage({ fontSize: '32px' });
    for (const element of elements) {
      expect(element.getBoundingClientRect().width, element.localName).to.be.at.most(320);
      expect(beyondViewport(element.shadowRoot!, 320), element.localName).to.deep.equal([]);
    }
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    await expect(elements[2]).to.be.accessible();
  });
});
