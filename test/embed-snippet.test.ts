/** The configurator's snippet (demo/embed-snippet.ts): what a web editor pastes into a CMS page. */
import { expect } from '@open-wc/testing';
import { embedSnippet, type EmbedOptions } from '../demo/embed-snippet.js';

const options = (pageSize: number): EmbedOptions => ({
  element: 'assignment-list',
  packageBase: 'https://cdn.example.nl/flexschil/',
  endpoint: 'https://api.example.nl/v1',
  preFilters: { field: ['inkoop'] },
  filters: ['q', 'field'],
  pageSize,
  theme: '',
  lang: 'nl',
});
const pageSizeOf = (snippet: string) => snippet.match(/page-size="([^"]*)"/)?.[1];

describe('the embed snippet', () => {
  it('writes the element with its pre-filters, filters and page size, under one provider', () => {
    const snippet = embedSnippet(options(12));
    expect(snippet).to.contain('<script type="module" src="https://cdn.example.nl/flexschil/dist/flexschil.js"></script>');
    expect(snippet).to.contain('<assignment-list field="inkoop" filters="q,field" page-size="12"></assignment-list>');
  });

  it('puts a link for visitors without the widget inside the element, in its language; only a full http(s) address', () => {
    expect(embedSnippet({ ...options(10), fallbackUrl: 'https://www.example.nl/vacatures?soort=opdracht&x="y"' })).to.contain(
      '<assignment-list field="inkoop" filters="q,field" page-size="10"><a href="https://www.example.nl/vacatures?soort=opdracht&amp;x=%22y%22">Bekijk alle opdrachten</a></assignment-list>',
    );
    expect(embedSnippet({ ...options(10), element: 'session-list', preFilters: {}, lang: 'en', fallbackUrl: 'https://www.example.nl/sessies' })).to.contain(
      '<a href="https://www.example.nl/sessies">See all swarm sessions</a></session-list>',
    );
    for (const refused of ['javascript:alert(1)', '/vacatures', '']) {
      expect(embedSnippet({ ...options(10), fallbackUrl: refused }), refused).to.contain('page-size="10"></assignment-list>');
    }
  });

  it('makes the page size a whole number the elements take: 1..100, 10 when it is none', () => {
    expect([2.5, 0, 500, -3, Number.NaN].map((size) => pageSizeOf(embedSnippet(options(size))))).to.deep.equal(['2', '10', '100', '1', '10']);
  });
});
