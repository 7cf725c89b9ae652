import { expect } from '@open-wc/testing';
import { TaskStatus } from '@lit/task';
import { nothing, type ReactiveElement, render } from 'lit';
import { offered, queryFromUrl, queryToUrl, reportedFilters, shownControls, within } from '../src/shared/collection/query.js';
import { Assignment } from '../src/api/schemas.js';
import { ResultsController } from '../src/shared/collection/results-controller.js';
import { renderResultPage } from '../src/shared/collection/templates.js';
import { contactLinks } from '../src/shared/contact.js';
import { nextSummary, renderErrorSummary } from '../src/shared/form-templates.js';
import { filterOptions, MAX_FILTER_OPTIONS } from '../src/shared/filters.js';
import { jobPosting, jobPostingsJson, plainText } from '../src/shared/job-posting.js';
import { makeAssignment } from './fixtures.js';
import { clampLevel } from '../src/shared/headings.js';
import { mergeNewer } from '../src/shared/version-conflict.js';

describe('shared helpers', () => {
  it('makes a mailto: link only of a plain address, and a tel: link of a number with digits', () => {
    expect(contactLinks({ email: ' inkoop@example.nl ', phone: '+31 (0)20 123 4567' })).to.deep.equal({
      email: 'inkoop@example.nl',
      mailto: 'mailto:inkoop@example.nl',
      phone: '+31 (0)20 123 4567',
      tel: 'tel:+310201234567',
    });
    for (const email of ['x@y.nl?bcc=evil@z.nl', 'x@y.nl?subject=hoi', 'x@y.nl#a', 'x%0A@y.nl', 'javascript:alert(1)', 'a b@c.nl', 'a@b', '<a@b.nl>']) {
      expect(contactLinks({ email })?.mailto, email).to.be.null;
    }
    expect(contactLinks({ email: null, phone: 'geen' })).to.deep.include({ phone: 'geen', tel: null });
    expect(contactLinks({ email: ' ', phone: null })).to.be.null;
    expect(contactLinks(null)).to.be.null;
  });

  it('keeps heading levels between 1 and 6', () => {
    expect([0, 1, 3.7, 6, 9, Number.NaN].map(clampLevel)).to.deep.equal([2, 1, 3, 6, 6, 2]);
  });
  describe('collection queries', () => {
    const empty = () => ({ q: '', field: [] as string[], sort: '', from: '', page: 1 });

    it('reads a query from the query string: lists, a positive page, and only valid values', () => {
      const values = { q: 'inkoop', field: ['a', 'b'], sort: 'nonsense', from: '2027-01-01', page: '-3', other: 'x' };
      const accept = { sort: (v: string) => v === 'title', from: (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) };
      expect(queryFromUrl(values, empty(), accept)).to.deep.equal({ q: 'inkoop', field: ['a', 'b'], sort: '', from: '2027-01-01', page: 1 });
      expect(queryFromUrl({ field: 'a', page: '2' }, empty()).field, 'a single value where a list belongs is ignored').to.deep.equal([]);
      expect(queryFromUrl({ page: '2' }, empty()).page).to.equal(2);
    });

    it('writes a query to the query string without page 1 and with the search text trimmed', () => {
      expect(queryToUrl({ ...empty(), q: ' inkoop ', field: ['a'] })).to.deep.equal({ q: 'inkoop', field: ['a'], sort: '', from: '', page: '' });
      expect(queryToUrl({ ...empty(), page: 3 }).page).to.equal('3');
    });

    it('narrows a choice by the fixed pre-filter and offers a dimension unless one fixed value decides it', () => {
      expect(within('', ['a'])).to.deep.equal(['a']);
      expect(within('a, b', [])).to.deep.equal(['a', 'b']);
      expect(within('a,b', ['b', 'c'])).to.deep.equal(['b']);
      expect(within('a,b', ['c']), 'a choice outside the pre-filter never widens it').to.deep.equal(['a', 'b']);
      const shown = shownControls('q, field,region,unknown', ['q', 'field', 'region']);
      expect([...shown]).to.deep.equal(['q', 'field', 'region']);
      expect(shownControls('none', ['q'])).to.be.empty;
      expect(offered(shown, 'field', '')).to.be.true;
      expect(offered(shown, 'field', 'a,b')).to.be.true;
      expect(offered(shown, 'field', 'a')).to.be.false;
      expect(offered(shown, 'type', '')).to.be.false;
    });

    it('reports the request without empty values and without the page size', () => {
      expect(reportedFilters({ q: undefined, field: [], region: ['x'], sort: 'title', page: 2, pageSize: 10, hoursMin: '' })).to.deep.equal({
        region: ['x'],
        sort: 'title',
        page: 2,
      });
    });
  });

  describe('JSON-LD (JobPosting)', () => {
    const posting = (overrides = {}) => Assignment.parse(makeAssignment(overrides));
    const graph = (items: ReturnType<typeof posting>[], today = '2026-12-01') => JSON.parse(jobPostingsJson(items, undefined, today))['@graph'];

    it('separates the text of block elements, so sentences of paragraphs and list items do not run together', () => {
      const description = '<h2>Wat ga je doen?</h2><p>Je leidt het project.</p><p>Je werkt<br>samen.</p><ul><li>Inkoop</li><li>Beleid</li></ul><div><p>Nog <b>iets</b>.</p></div>';
      expect(jobPosting(posting({ description })).description).to.equal('Wat ga je doen?\nJe leidt het project.\nJe werkt\nsamen.\nInkoop\nBeleid\nNog iets.');
      expect(plainText('<p>Een.</p><p>Twee.</p>')).to.equal('Een.\nTwee.');
    });

    it('publishes only open public postings whose closing date is not past', () => {
      const items = [
        posting({ id: 'open' }),
        posting({ id: 'closes-today', closingDate: '2026-12-01' }),
        posting({ id: 'expired', closingDate: '2026-11-30' }),
        posting({ id: 'closed', status: 'closed' }),
        posting({ id: 'internal', visibility: 'internal' }),
      ];
      expect(graph(items).map((p: { identifier: { value: string } }) => p.identifier.value)).to.deep.equal(['open', 'closes-today']);
    });

    // What is parsed is bounded, not timed: parsing deep nesting grows faster than its length.
    it('parses only the start of an enormous description', () => {
      const huge = `<p>Begin.</p>${'<div>'.repeat(100_000)}x`;
      const parsed: string[] = [];
      // What is parsed: into an inert template (src/shared/trusted-types.ts).
      const html = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
      Object.defineProperty(HTMLTemplateElement.prototype, 'innerHTML', {
        configurable: true,
        get: html.get,
        set(this: HTMLTemplateElement, source: string) {
          parsed.push(String(source));
          html.set!.call(this, source);
        },
      });
      try {
        expect(plainText(huge).startsWith('Begin.')).to.be.true;
      } finally {
        delete (HTMLTemplateElement.prototype as { innerHTML?: string }).innerHTML;
      }
      expect(parsed).to.have.length(1);
      expect(parsed[0].length).to.be.at.most(50_000);
      expect(parsed[0].split('<').length - 1, 'tags parsed').to.be.at.most(2_000);
    });
  });

  describe('filter options', () => {
    const facets = Array.from({ length: 120 }, (_, i) => ({ value: `v${i}`, label: `Waarde ${i}`, count: 120 - i }));

    it('shows at most MAX_FILTER_OPTIONS of a huge facet list, and a chosen value beyond them with its own label and count', () => {
      const { options, total } = filterOptions({ facets, lang: { facets: 'nl' } }, [], ['v99']);
      expect(total).to.equal(120);
      expect(options).to.have.length(MAX_FILTER_OPTIONS + 1);
      expect(options.at(-1)).to.deep.equal({ value: 'v99', label: 'Waarde 99', count: 21, lang: 'nl' });
    });

    it('keeps only the fixed pre-filter\'s values, and offers them even when no list names them', () => {
      expect(filterOptions({ facets }, ['v3', 'v1'], []).options.map((o) => o.value)).to.deep.equal(['v1', 'v3']);
      const { options } = filterOptions({ known: [{ value: 'gem-a', label: 'Gemeente A' }] }, ['gem-a', 'gem-b'], []);
      expect(options.map((o) => o.label)).to.deep.equal(['Gemeente A', 'gem-b']);
      expect(filterOptions({}, [], []).options).to.deep.equal([]);
    });
  });

  describe('the error summary', () => {
    it('is an alert once per attempt: not again once focus left it, even when it is rendered anew', async () => {
      const container = document.createElement('div');
      const outside = document.createElement('button');
      document.body.append(container, outside);
      try {
        const show = (attempt: number, text: string) =>
          render(renderErrorSummary('Er is een probleem', 2, [{ key: 'name', id: 'field-name', text }], [], () => {}, attempt), container);
        const alertText = () => container.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
        const first = nextSummary();
        show(first, 'Vul je naam in');
        expect(alertText()).to.equal('Er is een probleem Vul je naam in');
        container.querySelector<HTMLElement>('.error-summary')!.focus();
        outside.focus();
        show(first, 'Maak je naam langer');
        expect(alertText(), 'its changes are not read out').to.equal(null);
        render(nothing, container);
        show(first, 'Vul je naam in');
        expect(alertText(), 'nor when it comes back without a new attempt').to.equal(null);
        show(nextSummary(), 'Vul je naam in');
        expect(alertText(), 'a new attempt is said again').to.equal('Er is een probleem Vul je naam in');
      } finally {
        container.remove();
        outside.remove();
      }
    });
  });

  describe('a page of results', () => {
    it('renders at most `limit` cards, whatever the page holds, keyed even when ids repeat', () => {
      const container = document.createElement('div');
      const items = Array.from({ length: 30 }, (_, i) => ({ id: i < 2 ? 'same' : `id-${i}` }));
      const page = { items, page: 1, pageSize: 10, total: 30 };
      const options = { busy: false, lang: 'nl' as const, limit: 10, card: (item: { id: string }) => item.id, cardInputs: [], goToPage: () => {} };
      render(renderResultPage(page, options), container);
      expect([...container.querySelectorAll('.cards > li')].map((li) => li.textContent)).to.deep.equal(items.slice(0, 10).map((i) => i.id));
      const [first] = container.querySelectorAll('.cards > li');
      render(renderResultPage({ ...page, items: [items[5], ...items.slice(0, 5)] }, options), container);
      expect(container.querySelectorAll('.cards > li')[1], 'the same card, moved').to.equal(first);
    });

    it('lets the host render once the request has left, or as soon as the answer is in when that is sooner', async () => {
      const host = { addController: () => {}, removeController: () => {}, requestUpdate: () => {}, addEventListener: () => {} } as unknown as ReactiveElement;
      const page = { items: [], page: 1, pageSize: 10, total: 0 };
      // An answer that is already there (a cache, the page itself): the host need not wait for a
      // task (each lets the browser paint a frame first). Microtasks run before any task.
      const cached = new ResultsController(host, { args: () => ['cached'], fetch: async () => page, announce: () => '', turnTo: () => {}, pageSize: () => 10 });
      let rendered = false;
      cached.send()!.then(() => {
        rendered = true;
      });
      for (let i = 0; i < 50 && !rendered; i++) await Promise.resolve();
      expect(rendered, 'rendered before the next task').to.be.true;
      // An answer on its way: the host renders after the request left, not after the answer.
      const slow = new ResultsController(host, { args: () => ['slow'], fetch: () => new Promise<typeof page>(() => {}), announce: () => '', turnTo: () => {}, pageSize: () => 10 });
      await slow.send();
      expect(slow.status, 'still loading when the host renders').to.equal(TaskStatus.PENDING);
    });
  });

  describe('mergeNewer: a newer version meets what was typed (after a 412)', () => {
    type Values = { title: string; place: string; hours: string; skills: string[] };
    const names = ['title', 'place', 'hours', 'skills'] as const;
    const same = (name: keyof Values, a: Values, b: Values) => JSON.stringify(a[name]) === JSON.stringify(b[name]);
    const base: Values = { title: 'Jurist', place: 'Utrecht', hours: '16', skills: ['AVG'] };

    it('takes over what only the other changed, keeps what only I changed, and shows both where we differ', () => {
      const mine = { ...base, title: 'Jurist omgevingsrecht', hours: '24' };
      const theirs = { ...base, place: 'Zeist', hours: '20', skills: ['AVG', 'Wro'] };
      const { fields, values } = mergeNewer(names, { base, mine, theirs }, same);
      expect(fields).to.deep.equal([
        { name: 'place', both: false },
        { name: 'hours', both: true },
        { name: 'skills', both: false },
      ]);
      expect(values).to.deep.equal({ title: 'Jurist omgevingsrecht', place: 'Zeist', hours: '24', skills: ['AVG', 'Wro'] });
      // Taken over as a copy: editing the form's list never changes the newer version's.
      expect(values.skills).not.to.equal(theirs.skills);
    });

    it('shows nothing where both made the same change', () => {
      const mine = { ...base, place: 'Zeist' };
      const theirs = { ...base, place: 'Zeist' };
      expect(mergeNewer(names, { base, mine, theirs }, same)).to.deep.equal({ fields: [], values: mine });
    });
  });
});
