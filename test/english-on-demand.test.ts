/**
 * English strings are chunks of their own (issue 15). What a visitor on an English page gets:
 * no Dutch in the first render, requests that do not wait for the strings, a widget that still
 * shows up when the strings do not come, and renders that are not held up by another element's
 * strings. The strings' module requests are held here with msw, as a slow CDN would.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http, passthrough } from 'msw';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { mockToken } from '../mock/backend.js';
import '../src/elements/assignment-editor/define.js';
import '../src/elements/assignment-list/define.js';
import '../src/elements/marketplace-provider/define.js';
import '../src/elements/profile-card/define.js';
import type { AssignmentList } from '../src/elements/assignment-list/assignment-list.js';
import type { ProfileCard } from '../src/elements/profile-card/profile-card.js';
import type { SessionList } from '../src/elements/session-list/session-list.js';
import { defineMessages } from '../src/i18n/messages.js';
import { makeProfile } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { gets, resetMock, worker } from './msw.js';

/** Holds the requests for one English module (`src/i18n/en/<name>.ts`) until `release()`. */
function holdEnglish(name: string): { release: () => void; asked: () => boolean } {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = false;
  worker.use(
    http.get(new RegExp(`/src/i18n/en/${name}\\.ts`), async () => {
      asked = true;
      await released;
      return passthrough();
    }),
  );
  return { release, asked: () => asked };
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount<E extends HTMLElement>(markup: string): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><marketplace-provider endpoint=${API}>${unsafeHTML(markup)}</marketplace-provider></div>`);
  return wrapper.querySelector<E>('marketplace-provider > *')!;
}

describe('English strings on demand', () => {
  beforeEach(resetMock);

  it('shows Dutch when its English does not come in time, and English once it does', async () => {
    // The first English on this page: every table's English is asked for now, the card's held.
    const strings = holdEnglish('profiles');
    try {
      const el = await mount<ProfileCard>('<profile-card></profile-card>');
      el.profile = makeProfile({ availability: { hoursPerWeek: 16, from: '2027-01-04' } });
      // The first render waits a few seconds for its strings, then shows the page rather than nothing.
      // All of it Dutch then, and marked so: a screen reader reads it in a Dutch voice.
      await waitFor(() => text(el).includes('Beschikbaar'), { message: 'the card in Dutch', timeout: 6000 });
      expect(text(el)).to.contain('uur per week').and.not.contain('hours');
      expect(el.getAttribute('lang')).to.equal('nl');
      await expect(el).to.be.accessible();
      expect(el.matches(':state(ready)')).to.be.true;
      strings.release();
      await waitFor(() => text(el).includes('Available'), { message: 'the card in English' });
      expect(text(el)).not.to.contain('Beschikbaar');
      expect(el.hasAttribute('lang'), 'the page\'s language again').to.be.false;
      await expect(el).to.be.accessible();
    } finally {
      strings.release();
    }
  });

  it('sends the request before its English is in, and shows no Dutch while it waits', async () => {
    const strings = holdEnglish('session-list');
    try {
      // Its chunk comes now, on a page that already speaks English: its English is asked for at once.
      await import('../src/elements/session-list/define.js');
      const el = await mount<SessionList>('<session-list></session-list>');
      await waitFor(() => gets('/sessions').length === 1, { message: 'GET /sessions' });
      expect(strings.asked(), 'the English is asked for').to.be.true;
      expect(el.matches(':state(loading)'), 'loading, for the host page').to.be.true;
      expect(text(el), 'nothing rendered yet: no Dutch').to.equal('');
      strings.release();
      await waitFor(() => el.matches(':state(ready)'), { message: 'ready' });
      expect(text(el)).to.contain('swarm sessions found').and.not.contain('gevonden');
      await expect(el).to.be.accessible();
    } finally {
      strings.release();
    }
  });

  it('speaks Dutch when its English fails to load, marked as Dutch, and English once a later try gets it', async () => {
    let fail = true;
    let asked = 0;
    worker.use(
      http.get(/\/src\/i18n\/en\/match\.ts/, () => {
        asked++;
        return fail ? HttpResponse.error() : passthrough();
      }),
    );
    await import('../src/elements/match-badge/define.js');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><match-badge score="92"></match-badge></div>`);
    const badge = wrapper.querySelector('match-badge')!;
    await waitFor(() => text(badge).includes('sterke match'), { message: 'the badge in Dutch' });
    expect(badge.getAttribute('lang'), 'a screen reader reads it as Dutch').to.equal('nl');
    expect(asked, 'asked once, not again at once').to.equal(1);
    await expect(badge).to.be.accessible();
    fail = false; // the network is back
    await waitFor(() => text(badge).includes('strong match'), { message: 'the badge in English', timeout: 6000 });
    expect(badge.hasAttribute('lang'), "the page's language again").to.be.false;
  });

  it('shows an editor whose form comes after its first render in English only, its form waiting for its own English', async () => {
    const strings = holdEnglish('assignment-editor-form');
    const poster = mockToken({ sub: 'poster-en', org: 'gem-steenbergen', roles: ['poster'] });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <marketplace-provider endpoint=${API} .getToken=${async () => poster}><assignment-editor></assignment-editor></marketplace-provider>
    </div>`);
    const editor = wrapper.querySelector('assignment-editor')!;
    try {
      await waitFor(strings.asked, { message: "the form's English asked for" });
      await aTimeout(300);
      expect(editor.shadowRoot!.querySelector('form'), 'a form before its English').to.equal(null);
      expect(text(editor)).not.to.contain('Nieuwe opdracht');
    } finally {
      strings.release();
    }
    await waitFor(() => editor.matches(':state(ready)') && editor.shadowRoot!.querySelector('form'), { message: 'the form' });
    expect(text(editor)).to.contain('Post assignment').and.not.contain('Opdracht plaatsen');
  });

  it("renders at once when another element's English is still on its way", async () => {
    const board = await mount<AssignmentList>('<assignment-list page-size="5"></assignment-list>');
    await waitFor(() => board.matches(':state(ready)'), { message: 'board ready' });
    expect(text(board)).to.contain('assignments found');
    // A chunk arrives (a hovered card's application form, say), and its English takes long.
    let release = () => {};
    defineMessages({ word: 'woord' }, () => new Promise((resolve) => (release = () => resolve({ word: 'word' }))));
    try {
      board.pageSize = 10;
      await waitFor(() => gets('/assignments').some((url) => url.searchParams.get('pageSize') === '10'), { message: 'the new request' });
      await waitFor(() => board.shadowRoot!.querySelectorAll('[part~="card"]').length === 10, { message: 'ten cards, before the other English is in', timeout: 2000 });
    } finally {
      release();
    }
  });
});
