/**
 * The JSON-LD of `<assignment-list structured-data>` is written by a chunk of its own (issue 15):
 * a board without the attribute never loads it, and what the writer writes once it has come is
 * the page shown then, or nothing when the attribute or the board went meanwhile. The writer's
 * module request is seen and held here with msw, as a slow CDN would; both tests need a page
 * that has not loaded the writer yet. (That the board's first load leaves it out is the budget
 * check's: `npm run build`.)
 */
import { expect } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import { mountBoard, ready, serveOpenAssignments, shadow } from './assignment-list.helpers.js';
import { waitFor } from './helpers.js';
import { resetMock, worker } from './msw.js';

const WRITER = /\/src\/shared\/job-posting\.ts/;
const scripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-flexschil]')];
const idsIn = (script: HTMLScriptElement) => JSON.parse(script.textContent!)['@graph'].map((p: { identifier: { value: string } }) => p.identifier.value);

/** Holds the writer's module request until `release()`. */
function holdWriter(): { release: () => void; asked: () => boolean } {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = false;
  worker.use(
    http.get(WRITER, async () => {
      asked = true;
      await released;
      return passthrough();
    }),
  );
  return { release, asked: () => asked };
}

describe('<assignment-list structured-data>: the JSON-LD writer on demand', () => {
  beforeEach(resetMock);
  afterEach(() => worker.resetHandlers());

  it('is not asked for by a board without structured-data, through its pages', async () => {
    const writer = holdWriter();
    const board = await mountBoard('page-size="5"');
    await ready(board);
    shadow(board).querySelector<HTMLButtonElement>('button[aria-label="Pagina 2"]')!.click();
    await waitFor(() => shadow(board).querySelector('[aria-current="page"]')?.textContent?.trim() === '2', { message: 'page 2' });
    await ready(board);
    expect(writer.asked(), 'the JSON-LD writer was asked for').to.be.false;
    expect(scripts()).to.have.length(0);
    writer.release();
    board.closest('div')!.remove();
  });

  it('writes the page shown once it comes, and nothing when switched off meanwhile', async () => {
    serveOpenAssignments(10);
    const writer = holdWriter();
    const board = await mountBoard('structured-data page-size="5"');
    try {
      await ready(board);
      // (Were the writer in the page already, it would not be asked for, and this would fail.)
      await waitFor(writer.asked, { message: 'the writer asked for' });
      // While it is on its way: switched off, then on again on another page.
      board.removeAttribute('structured-data');
      await board.updateComplete;
      shadow(board).querySelector<HTMLButtonElement>('button[aria-label="Pagina 2"]')!.click();
      await waitFor(() => shadow(board).querySelector('[aria-current="page"]')?.textContent?.trim() === '2', { message: 'page 2' });
      await ready(board);
      const shown = [...shadow(board).querySelectorAll<HTMLButtonElement>('.cards button[data-id]')].map((b) => b.dataset.id);
      writer.release();
      // The same module: it is in once this resolves, and the board's own import resolved first.
      await import('../src/shared/job-posting.js');
      await board.updateComplete;
      expect(scripts(), 'switched off while the writer came').to.have.length(0);

      board.setAttribute('structured-data', '');
      const script = await waitFor(() => scripts()[0], { message: 'JSON-LD' });
      expect(idsIn(script)).to.deep.equal(shown);
      expect(scripts()).to.have.length(1);
    } finally {
      writer.release();
      board.closest('div')!.remove();
    }
    expect(scripts()).to.have.length(0);
  });
});
