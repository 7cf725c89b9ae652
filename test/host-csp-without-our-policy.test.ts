/**
 * A host page that enforces Trusted Types but left the widgets' policy (`flexschil`) out of its
 * `trusted-types` directive, as a page written before it embedded them may: the widgets still
 * work, with less. The stored rich text is parsed by the Sanitizer API instead, a paste and a
 * link go in as text, DOMPurify's rich text shows as plain paragraphs, and the JSON-LD is
 * written as a text node (which the browser reports, and keeps).
 */
import './jitless.js';
import { expect, oneEvent } from '@open-wc/testing';
import { waitFor } from './helpers.js';
import { violations, addLinkAtEnd, editStoredDescription, mountWidgets, openFirstCard, paste, policies, RICH, serveBoard, strictPolicy, uncaught, underPolicy } from './host-csp.helpers.js';
import { backend, worker } from './msw.js';

const POLICY = strictPolicy('lit-html');

describe("a host page that enforces Trusted Types without the widgets' policy", () => {
  beforeEach(() => underPolicy(POLICY));
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
    // What the page reports: our policy refused, the one assignment that found out, and the JSON-LD
    // as a text node; every element's rich text after that is parsed without trying again.
    expect(violations.map((v) => `${v.directive} ${v.sample.split('|')[0]}`).sort()).to.deep.equal([
      'require-trusted-types-for Element innerHTML',
      'require-trusted-types-for HTMLScriptElement text',
      'trusted-types flexschil',
    ]);
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

  it("shows DOMPurify's rich text as plain paragraphs rather than nothing", async () => {
    const { setSanitizedHtml } = await import('../src/shared/sanitizer.js');
    const target = document.createElement('div');
    await setSanitizedHtml(target, RICH, 'dompurify');
    expect([...target.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Goed vet en meer', 'Een', 'Twee']);
  });
});
