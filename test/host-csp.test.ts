/**
 * A host page with a strict Content Security Policy, the one the README gives under "Content
 * Security Policy": scripts only from where the page is, no inline script or style, no eval, and
 * Trusted Types enforced with the two policies the widgets need (Lit's and ours). Every part of
 * the widgets that handles HTML works under it without one report: the board's dialog with its
 * sanitised description and form, the JSON-LD, the editors' rich text (a stored description,
 * typing, pasting, a link added), and DOMPurify where a browser has no Sanitizer API.
 */
import './jitless.js';
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from './helpers.js';
import { addLinkAtEnd, editStoredDescription, HOSTILE, mountEditor, mountWidgets, openFirstCard, paste, policies, RICH, serveBoard, strictPolicy, TAGS, uncaught, underPolicy, violations } from './host-csp.helpers.js';
import { backend, worker } from './msw.js';

const POLICY = strictPolicy('lit-html flexschil');

const reports = () => violations.map((v) => `${v.directive} at ${v.source}: ${v.sample}`).join('\n');
/** A `style` attribute the browser's own editing (`insertHTML` in src/shared/rich-text.ts) adds while it works. */
const byEditing = (v: (typeof violations)[number]) => v.directive === 'style-src-attr' && /\/rich-text\./.test(v.source);

describe('a host page with a strict Content Security Policy and Trusted Types', () => {
  beforeEach(() => underPolicy(POLICY));
  afterEach(() => {
    worker.resetHandlers();
    document.head.querySelector('script[type="application/ld+json"][data-flexschil]')?.remove();
    expect(uncaught.join('\n'), 'uncaught errors').to.equal('');
  });

  it("shows every widget styled, the board's dialog with its rich text and form, and the JSON-LD, refused nothing", async () => {
    serveBoard(RICH);
    const page = await mountWidgets();
    // Their own styles apply (adopted style sheets, no inline <style>): a custom element is inline without them.
    for (const tag of TAGS) {
      const display = getComputedStyle(page.querySelector(tag)!).display;
      expect(display, tag).to.not.equal('inline');
    }
    // The directory speaks English: its strings are a chunk of their own, loaded under the policy.
    expect(page.querySelector('profile-directory')!.shadowRoot!.textContent).to.match(/professionals?/i);

    const ld = await waitFor(() => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-flexschil]'), { message: 'JSON-LD' });
    expect(JSON.parse(ld.text)['@graph']).to.have.length(3);

    const { dialog, description } = await openFirstCard(page.querySelector('assignment-list')!);
    expect(description.querySelector('a')!.getAttribute('href')).to.equal('https://example.nl/meer');
    expect(description.querySelectorAll('li')).to.have.length(2);
    const motivation = await waitFor(() => dialog.querySelector('apply-form')?.shadowRoot?.querySelector<HTMLTextAreaElement>('[name="motivation"]'), { message: 'the form in the dialog' });
    motivation.focus();
    await sendKeys({ type: 'Ik ken de wijk.' });
    expect(motivation.value).to.equal('Ik ken de wijk.');
    expect(reports()).to.equal('');
  });

  it("works the editor's rich text, a stored description, typing, a link added and a paste, and saves it, refused nothing", async () => {
    const { editor, editable } = await editStoredDescription();
    expect(editable.querySelector('b')!.textContent).to.equal('vet');
    await addLinkAtEnd(editor, editable, 'https://example.nl/wijk', 'Zie ook ');
    expect(editable.querySelector('li a[href="https://example.nl/wijk"]')).to.exist;
    expect(reports()).to.equal('');
    // A link, and a paste, go in through the browser's insertHTML (so one undo takes either back),
    // which styles what it inserts in a paragraph with `style` attributes of its own while it
    // works: those are reported, and none stays (the value is rebuilt without them).
    await addLinkAtEnd(editor, editable, 'https://example.nl/zwerm', 'Meer: ', { paragraph: true });
    expect(editable.querySelector('p a[href="https://example.nl/zwerm"]')).to.exist;
    paste(editable, '<p>Geplakt <i>schuin</i></p>');
    await waitFor(() => editable.querySelector('i'), { message: 'the pasted text' });
    expect(violations.filter((v) => !byEditing(v))).to.deep.equal([]);
    expect(editable.querySelector('[style]')).to.equal(null);

    const saved = oneEvent(editor, 'assignment-saved');
    editor.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await saved;
    const { description } = backend.assignments.find((a) => a.id === 'a-2026-0101')!;
    expect(description).to.contain('<a href="https://example.nl/wijk">https://example.nl/wijk</a>').and.contain('<i>schuin</i>');
    expect(description).to.contain('<a href="https://example.nl/zwerm">https://example.nl/zwerm</a>');
    expect(violations.filter((v) => !byEditing(v))).to.deep.equal([]);
  });
  it('cleans hostile HTML in the dialog, the editor and DOMPurify: nothing runs or applies, the browser reports only its inline attributes', async () => {
    serveBoard(HOSTILE);
    const page = await mountWidgets();
    const { description } = await openFirstCard(page.querySelector('assignment-list')!);
    expect(description.textContent).to.contain('Rood');
    expect(description.querySelector('script, img, [style], [onclick]')).to.equal(null);
    await sendKeys({ press: 'Escape' });

    const editor = await mountEditor('a-2026-0101');
    const editable = editor.shadowRoot!.querySelector<HTMLElement>('#f-description')!;
    paste(editable, HOSTILE);
    await waitFor(() => editable.textContent!.includes('Rood'), { message: 'the pasted text' });
    expect(editable.querySelector('script, img, [style], [onclick]')).to.equal(null);

    const { setSanitizedHtml } = await import('../src/shared/sanitizer.js');
    const target = document.createElement('div');
    await setSanitizedHtml(target, HOSTILE, 'dompurify');
    expect(target.querySelector('b')!.textContent).to.equal('vet');
    expect(target.querySelector('script, img, [style], [onclick]')).to.equal(null);

    // Parsing untrusted HTML to clean it (every way a browser has, the Sanitizer API too) reports its
    // `style` and `on…` attributes, applied by none; nothing else may be refused.
    const others = violations.filter((v) => !byEditing(v) && !(/-src-attr$/.test(v.directive) && /trusted-types|sanitizer|dompurify/.test(v.source)));
    expect(others).to.deep.equal([]);
    expect(violations.length).to.be.greaterThan(0);
  });

  it('makes no Trusted Types policy but its own: DOMPurify is handed ours (the mock backend makes DOMPurify\'s)', async () => {
    const { setSanitizedHtml } = await import('../src/shared/sanitizer.js');
    await setSanitizedHtml(document.createElement('div'), RICH, 'dompurify');
    const made = policies.filter((p) => !p.by.includes('/backend/html.'));
    expect(made.map((p) => p.name)).to.deep.equal(['flexschil']);
  });
});
