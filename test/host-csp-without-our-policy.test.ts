/**
 * A host page that enforces Trusted Types but left the widgets' policy (`flexschil`) out of its
 * `trusted-types` directive, as a page written before it embedded them may: the widgets still
 * work, with less. The stored rich text is parsed by the Sanitizer API instead, a paste and a
 * link go in as text, DOMPurify's rich text shows as plain paragraphs, and the JSON-LD is
 * written as a text node (which the browser reports, and keeps).
 */
import './jitless.js';
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from './helpers.js';
import { allViolations, violations, addLinkAtEnd, editStoredDescription, mountWidgets, openFirstCard, paste, policies, RICH, serveBoard, strictPolicy, uncaught, underPolicy } from './host-csp.helpers.js';
import { backend, worker } from './msw.js';

const POLICY = strictPolicy('lit-html');

describe("a host page that enforces Trusted Types without the widgets' policy", () => {
  beforeEach(() => underPolicy(POLICY));
  after(() => {
    // Our policy refused once, and found out once (one refused assignment): every element's rich
    // text after that, in every test, is parsed without trying again.
    const said = (what: string) => allViolations.filter((v) => `${v.directive} ${v.sample.split('|')[0]}`.trim() === what).length;
    expect(said('trusted-types flexschil'), 'the policy refused').to.equal(1);
    expect(said('require-trusted-types-for Element innerHTML'), 'a parse refused').to.equal(1);
  });
  afterEach(() => {
    worker.resetHandlers();
    document.head.querySelector('script[type="application/ld+json"][data-flexschil]')?.remove();
    expect(uncaught.join('\n'), 'uncaught errors').to.equal('');
  });

  it('shows the board, its dialog and the JSON-LD', async () => {
    serveBoard(RICH);
    const page = await mountWidgets();
    const ld = await waitFor(() => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-flexschil]')?.text, { message: 'JSON-LD' });
    expect(JSON.parse(ld)['@graph']).to.have.length(3);
    const { description } = await openFirstCard(page.querySelector('assignment-list')!);
    expect(description.querySelector('a')!.getAttribute('href')).to.equal('https://example.nl/meer');
    expect(policies.filter((p) => !p.by.includes('/backend/html.')).map((p) => p.name)).to.deep.equal(['flexschil']);
    expect(violations.some((v) => v.sample.startsWith('HTMLScriptElement text')), 'the JSON-LD as a text node').to.equal(true);
  });

  it('edits a stored description, takes a link and a paste as text, and saves', async () => {
    const { editor, editable } = await editStoredDescription();
    expect(editable.querySelector('b')!.textContent).to.equal('vet');
    await addLinkAtEnd(editor, editable, 'https://example.nl/wijk');
    paste(editable, '<p>Geplakt <i>schuin</i></p>');
    await waitFor(() => editable.textContent!.includes('Geplakt schuin'), { message: 'the pasted text' });

    const saved = oneEvent(editor, 'assignment-saved');
    editor.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await saved;
    const { description } = backend.assignments.find((a) => a.id === 'a-2026-0101')!;
    expect(description).to.contain('<b>vet</b>').and.contain('https://example.nl/wijk').and.contain('Geplakt schuin');
  });

  it('keeps what is typed whole where no Sanitizer API parses either (Safari): "&" stays "&", formatting stays', async () => {
    // The browser's Sanitizer API, gone for this test as in a browser without it.
    const owner = Element.prototype as { setHTML?: unknown };
    const setHTML = owner.setHTML;
    delete owner.setHTML;
    try {
      const { editor, editable } = await editStoredDescription();
      // The stored description, parsed by nothing: its text, as paragraphs.
      expect(editable.textContent).to.contain('Goed vet en meer');
      editable.focus();
      await sendKeys({ press: 'ControlOrMeta+End' });
      await sendKeys({ type: ' Wij & jullie, ' });
      await sendKeys({ press: 'ControlOrMeta+B' });
      await sendKeys({ type: 'samen' });
      await sendKeys({ press: 'ControlOrMeta+B' });
      const saved = oneEvent(editor, 'assignment-saved');
      editor.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await saved;
      const { description } = backend.assignments.find((a) => a.id === 'a-2026-0101')!;
      expect(description).to.contain('Wij &amp; jullie, <b>samen</b>').and.not.contain('&amp;amp;');
    } finally {
      owner.setHTML = setHTML;
    }
  });

  it("shows DOMPurify's rich text as plain paragraphs rather than nothing", async () => {
    const { setSanitizedHtml } = await import('../src/shared/sanitizer.js');
    const target = document.createElement('div');
    await setSanitizedHtml(target, RICH, 'dompurify');
    expect([...target.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Goed vet en meer', 'Een', 'Twee']);
  });
});
