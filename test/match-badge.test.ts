import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { sharedClient } from '../src/api/clients.js';
import { Assignment, Profile } from '../src/api/schemas.js';
import '../src/elements/marketplace-provider/define.js';
import '../src/elements/match-badge/define.js';
import { MatchBadge } from '../src/elements/match-badge/match-badge.js';
import { match } from '../src/match/index.js';
import { define } from '../src/shared/define.js';
import { makeAssignment, makeProfile } from './fixtures.js';
import { API, waitFor } from './helpers.js';
import { backend, gets, requests, resetMock, worker } from './msw.js';

// A seed pair of the mock backend: 93 points, strong (seed/seed.ts).
const A = 'a-2026-0101';
const P = 'p-0003';

const part = (badge: MatchBadge, name: string) => badge.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The text a sighted visitor reads: without what is there for screen readers only. */
const shown = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return text(copy);
};
/** What a person reads on the badge: "93% · sterke match". */
/** What the badge shows (its words for a screen reader: `spokenText`). */
const badgeText = (badge: MatchBadge) => `${text(part(badge, 'score'))} · ${text(part(badge, 'level'))}`;
const spokenText = (badge: MatchBadge) => text(part(badge, 'badge'));
const reasons = (badge: MatchBadge) => [...badge.shadowRoot!.querySelectorAll('[part~="reasons"] li')].map(text);
const visible = (node: Element | null) => !!node && (node as HTMLElement).checkVisibility();

async function ready(badge: MatchBadge, state = 'ready') {
  await waitFor(() => badge.matches(`:state(${state})`), { message: `state ${state}` });
  await badge.updateComplete;
}

const seedAssignment = (id = A) => backend.assignments.find((a) => a.id === id)!;
const seedProfile = (id = P) => backend.profiles.find((p) => p.id === id)!;
const problem = (status: number) =>
  HttpResponse.json({ type: 'about:blank', title: `Problem ${status}`, status }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** WCAG 2.x contrast ratio of two computed `rgb()` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('<match-badge>', () => {
  beforeEach(async () => {
    await resetMock();
    // Badges share the page's client and its cache; every test starts from the backend.
    sharedClient(API, 'omit', null).clearCache();
  });
  afterEach(() => worker.resetHandlers());

  describe('a given score', () => {
    it('shows the score and the level in words, accessibly, in Dutch and English', async () => {
      const nl = await fixture<MatchBadge>(html`<match-badge score="82"></match-badge>`);
      await ready(nl);
      expect(badgeText(nl)).to.equal('82% · sterke match');
      expect(spokenText(nl), 'says what the score measures').to.equal('Hoe goed het profiel past: 82% · sterke match');
      expect(part(nl, 'toggle')).to.be.null; // a bare score has no reasons to disclose
      await expect(nl).to.be.accessible();

      const en = await fixture<MatchBadge>(html`<match-badge score="82" lang="en" variant="compact"></match-badge>`);
      await ready(en);
      expect(badgeText(en)).to.equal('82% · strong match');
      expect(spokenText(en)).to.equal('How well the profile fits: 82% · strong match');
      await expect(en).to.be.accessible();
    });

    it('names every level and keeps text and background at 4.5:1 or more for each', async () => {
      const cases: [number, string, string][] = [
        [75, 'sterke match', 'strong match'],
        [74, 'goede match', 'good match'],
        [50, 'goede match', 'good match'],
        [49, 'gedeeltelijke match', 'partial match'],
        [25, 'gedeeltelijke match', 'partial match'],
        [24, 'zwakke match', 'weak match'],
        [0, 'zwakke match', 'weak match'],
      ];
      for (const [score, nl, en] of cases) {
        for (const variant of ['full', 'compact']) {
          const badge = await fixture<MatchBadge>(html`<match-badge score=${score} variant=${variant}></match-badge>`);
          await ready(badge);
          expect(badgeText(badge)).to.equal(`${score}% · ${nl}`);
          const style = getComputedStyle(part(badge, 'badge')!);
          expect(contrast(style.color, style.backgroundColor), `${score} ${variant}`).to.be.at.least(4.5);
        }
        const english = await fixture<MatchBadge>(html`<match-badge score=${score} lang="en"></match-badge>`);
        await ready(english);
        expect(badgeText(english)).to.equal(`${score}% · ${en}`);
      }
    });

    it('takes a host page\'s level colours', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div
        style="--flexschil-match-badge-weak-color: rgb(255, 255, 255); --flexschil-match-badge-weak-background-color: rgb(0, 0, 0)"
      >
        <match-badge score="3"></match-badge>
      </div>`);
      const badge = wrapper.querySelector('match-badge')!;
      await ready(badge);
      const style = getComputedStyle(part(badge, 'badge')!);
      expect([style.color, style.backgroundColor]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    });

    it('wins over every other input: a bare score, no requests', async () => {
      const badge = await fixture<MatchBadge>(html`<match-badge
        score="40"
        .assignment=${makeAssignment()}
        .profile=${makeProfile()}
        assignment-id=${A}
        profile-id=${P}
        endpoint=${API}
      ></match-badge>`);
      await ready(badge);
      expect(badgeText(badge)).to.equal('40% · gedeeltelijke match');
      expect(reasons(badge)).to.deep.equal([]);
      expect(requests).to.have.length(0);
    });
  });

  describe('computed in the browser from the two objects', () => {
    it('accepts the API\'s JSON and explains every criterion in plain language', async () => {
      // Fixture pair: skills (1 + 0) / (1 + 0.5) → 26.67, field 0, hours 15, start 10, region 10, rate 10 = 72.
      const badge = await fixture<MatchBadge>(html`<match-badge .assignment=${makeAssignment()} .profile=${makeProfile()}></match-badge>`);
      await ready(badge);
      expect(badgeText(badge)).to.equal('72% · goede match');
      const lines = reasons(badge);
      expect(lines).to.have.length(6);
      expect(lines[0]).to.include('Vaardigheden').and.include('67% · deels');
      expect(lines[0]).to.include('1 van 2 gevraagde vaardigheden');
      expect(lines[0]).to.include('Aanwezig: Projectmanagement').and.include('Ontbreekt: Zaakgericht werken');
      expect(lines[1]).to.include('Werkveld').and.include('0% · voldoet niet').and.include('noemt het werkveld Informatievoorziening niet');
      expect(lines[2]).to.include('Uren').and.include('100% · voldoet').and.include('16 uur per week beschikbaar; gevraagd: 16–24 uur per week');
      expect(lines[3]).to.include('Startdatum').and.include('Beschikbaar vanaf 1 januari 2027; de opdracht start 15 januari 2027');
      expect(lines[4]).to.include('Regio').and.include('Zelfde regio: West-Brabant');
      expect(lines[5]).to.include('Tarief').and.include('85 per uur, binnen het maximum van');
      expect(requests).to.have.length(0);
      await expect(badge).to.be.accessible();
    });

    it('accepts already parsed objects too, and says it in English', async () => {
      const assignment = Assignment.parse(makeAssignment({ hoursPerWeek: { min: 24, max: 32 }, startDate: '2026-12-01' }));
      const profile = Profile.parse(makeProfile({ region: { value: 'zeeland', label: 'Zeeland' } }));
      const badge = await fixture<MatchBadge>(html`<match-badge lang="en" .assignment=${assignment} .profile=${profile}></match-badge>`);
      await ready(badge);
      expect(badgeText(badge)).to.equal(`${match(assignment, profile, { today: '2026-11-22' }).score}% · good match`);
      const lines = reasons(badge);
      expect(lines[0]).to.include('1 of 2 requested skills').and.include('Has: Projectmanagement').and.include('Missing: Zaakgericht werken');
      expect(lines[2]).to.include('16 of the at least 24 requested hours per week available');
      expect(lines[3]).to.include('Available from 1 January 2027: 31 days after the start on 1 December 2026');
      expect(lines[4]).to.include('Hybrid work in West-Brabant; the profile is from Zeeland');
      await expect(badge).to.be.accessible();
    });

    it('explains missing data: no skills asked, no availability, no rate', async () => {
      const assignment = makeAssignment({ skills: [], startDate: null, rate: null });
      const profile = makeProfile({ availability: null, rate: null });
      // skills 40 (none asked), field 0, hours 7.5, start 5, region 10, rate 10 = 72.5 → 73
      const badge = await fixture<MatchBadge>(html`<match-badge .assignment=${assignment} .profile=${profile}></match-badge>`);
      await ready(badge);
      expect(badgeText(badge)).to.equal('73% · goede match');
      const lines = reasons(badge);
      expect(lines[0]).to.include('De opdracht vraagt geen specifieke vaardigheden.');
      expect(lines[2]).to.include('50% · deels').and.include('Het profiel vermeldt geen beschikbaarheid.');
      expect(lines[3]).to.include('Het profiel vermeldt geen beschikbaarheid.');
      expect(lines[5]).to.include('Het profiel noemt geen tarief.');
      await expect(badge).to.be.accessible();
    });

    it('follows new objects set later, and a profile set before the tag was defined', async () => {
      const badge = await fixture<MatchBadge>(html`<match-badge .assignment=${makeAssignment()} .profile=${makeProfile()}></match-badge>`);
      await ready(badge);
      badge.profile = makeProfile({ fields: [{ value: 'informatievoorziening', label: 'Informatievoorziening' }] });
      await badge.updateComplete;
      expect(badgeText(badge)).to.equal('87% · sterke match');

      // A CMS script may set properties before the bundle defines the tag.
      const late = document.createElement('late-match-badge') as MatchBadge;
      late.assignment = makeAssignment();
      late.profile = makeProfile();
      document.body.append(late);
      define('late-match-badge', class extends MatchBadge {});
      await ready(late);
      expect(badgeText(late)).to.equal('72% · goede match');
      late.remove();
    });

    it('refuses an object that is not an assignment: a message and flexschil-error, not a throw', async () => {
      const quiet = console.warn;
      console.warn = () => {};
      try {
        const badge = document.createElement('match-badge');
        const event = oneEvent(badge, 'flexschil-error');
        badge.assignment = { title: 'geen opdracht' } as never;
        badge.profile = makeProfile();
        document.body.append(badge);
        expect((await event).detail).to.have.keys(['status', 'title', 'detail']);
        await ready(badge, 'error');
        expect(text(part(badge, 'error'))).to.include('Probeer opnieuw');
        badge.remove();
      } finally {
        console.warn = quiet;
      }
    });
  });

  describe('fetched by id', () => {
    it('uses the backend\'s match when it has one', async () => {
      const badge = await fixture<MatchBadge>(html`<match-badge assignment-id=${A} profile-id=${P} endpoint=${API}></match-badge>`);
      expect(badge.matches(':state(loading)')).to.be.true;
      await ready(badge);
      expect(badgeText(badge)).to.equal('93% · sterke match');
      expect(gets(`/assignments/${A}/match`).map((u) => u.searchParams.get('profile'))).to.deep.equal([P]);
      expect(gets(`/assignments/${A}`)).to.have.length(0);
      expect(gets(`/profiles/${P}`)).to.have.length(0);
      // The backend's reasons name the skills; the rest is criterion and verdict.
      expect(reasons(badge)[0]).to.match(/\d van 4 gevraagde vaardigheden/);
      await expect(badge).to.be.accessible();
    });

    for (const status of [501, 404]) {
      it(`computes the match itself when the backend answers ${status} on the match endpoint`, async () => {
        worker.use(http.get(`${API}/assignments/:id/match`, () => problem(status)));
        const errors: Event[] = [];
        const badge = await fixture<MatchBadge>(html`<match-badge
          assignment-id=${A}
          profile-id=${P}
          endpoint=${API}
          @flexschil-error=${(e: Event) => errors.push(e)}
        ></match-badge>`);
        await ready(badge);
        expect(badgeText(badge)).to.equal('93% · sterke match');
        expect(gets(`/assignments/${A}/match`)).to.have.length(1);
        expect(gets(`/assignments/${A}`)).to.have.length(1);
        expect(gets(`/profiles/${P}`)).to.have.length(1);
        expect(errors).to.have.length(0);
        // With both objects at hand every criterion is explained.
        expect(reasons(badge)[4]).to.include('Zelfde regio');
      });
    }

    it('marks Dutch skill names and labels lang="nl" in English, leaving its own words unmarked', async () => {
      const dutch = { headers: { 'Content-Language': 'nl' } };
      const assignment = makeAssignment({ id: 'a-lang', location: { place: 'Goes', region: { value: 'zeeland', label: 'Zeeland' }, mode: 'hybrid' } });
      worker.use(
        http.get(`${API}/assignments/:id/match`, () => problem(404)),
        http.get(`${API}/assignments/a-lang`, () => HttpResponse.json(assignment, dutch)),
        http.get(`${API}/profiles/p-lang`, () => HttpResponse.json(makeProfile({ id: 'p-lang', skills: ['Projectmanagement'] }), dutch)),
      );
      const badge = await fixture<MatchBadge>(html`<match-badge lang="en" assignment-id="a-lang" profile-id="p-lang" endpoint=${API}></match-badge>`);
      await ready(badge);
      const marked = [...badge.shadowRoot!.querySelectorAll('[lang="nl"]')].map((el) => el.textContent);
      expect(marked).to.deep.equal(['Projectmanagement', 'Zaakgericht werken', 'Informatievoorziening', 'Zeeland', 'West-Brabant']);
      expect(reasons(badge)[0]).to.include('Has: Projectmanagement').and.include('Missing: Zaakgericht werken');
      expect(reasons(badge)[4]).to.include('Hybrid work in Zeeland; the profile is from West-Brabant.');
      await expect(badge).to.be.accessible();
    });

    it('shows the same score for the same pair on every route', async () => {
      const expected = '93% · sterke match';
      const shown: string[] = [];
      const show = async (template: ReturnType<typeof html>) => {
        sharedClient(API, 'omit', null).clearCache();
        const badge = await fixture<MatchBadge>(template);
        await ready(badge);
        shown.push(badgeText(badge));
      };
      await show(html`<match-badge score="93"></match-badge>`);
      await show(html`<match-badge .assignment=${seedAssignment()} .profile=${seedProfile()}></match-badge>`);
      await show(html`<match-badge assignment-id=${A} profile-id=${P} endpoint=${API}></match-badge>`);
      await show(html`<match-badge .assignment=${Assignment.parse(seedAssignment())} profile-id=${P} endpoint=${API}></match-badge>`);
      await show(html`<match-badge assignment-id=${A} .profile=${seedProfile()} endpoint=${API}></match-badge>`);
      worker.use(http.get(`${API}/assignments/:id/match`, () => problem(501)));
      await show(html`<match-badge assignment-id=${A} profile-id=${P} endpoint=${API}></match-badge>`);
      worker.resetHandlers();
      worker.use(http.get(`${API}/assignments/:id/match`, () => problem(404)));
      await show(html`<match-badge assignment-id=${A} profile-id=${P} endpoint=${API}></match-badge>`);
      expect(shown).to.deep.equal(Array(7).fill(expected));
    });

    it('on a board (assignment property + profile-id) computes locally, and all cards share one profile request', async () => {
      const ids = ['a-2026-0101', 'a-2026-0102', 'a-2026-0105', 'a-2026-0107'];
      const wrapper = await fixture<HTMLUListElement>(html`<ul lang="en">
        ${ids.map(
          (id) => html`<li>
            <match-badge variant="compact" .assignment=${Assignment.parse(seedAssignment(id))} profile-id=${P} endpoint=${API}></match-badge>
          </li>`,
        )}
      </ul>`);
      const badges = [...wrapper.querySelectorAll('match-badge')];
      for (const badge of badges) await ready(badge);
      expect(gets(`/profiles/${P}`)).to.have.length(1);
      expect(requests.filter((r) => new URL(r.url).pathname.endsWith('/match'))).to.have.length(0);
      for (const [i, badge] of badges.entries()) {
        const expected = match(Assignment.parse(seedAssignment(ids[i])), Profile.parse(seedProfile()), { today: '2026-11-22' });
        expect(text(part(badge, 'score'))).to.equal(`${expected.score}%`);
      }
      await expect(wrapper).to.be.accessible();
    });

    it('takes the endpoint from <marketplace-provider>', async () => {
      const wrapper = await fixture<HTMLElement>(html`<marketplace-provider endpoint=${API}>
        <match-badge assignment-id=${A} profile-id=${P}></match-badge>
      </marketplace-provider>`);
      const badge = wrapper.querySelector('match-badge')!;
      await ready(badge);
      expect(badgeText(badge)).to.equal('93% · sterke match');
    });

    it('shows a loading state while fetching, accessibly', async () => {
      backend.setFault({ kind: 'slow', delay: 800 });
      const badge = await fixture<MatchBadge>(html`<match-badge assignment-id=${A} profile-id=${P} endpoint=${API}></match-badge>`);
      await ready(badge, 'loading');
      expect(text(badge.shadowRoot!.querySelector('[role="status"]'))).to.equal('Bezig met laden…');
      await expect(badge).to.be.accessible();
      await ready(badge);
      expect(badgeText(badge)).to.equal('93% · sterke match');
    });

    it('keeps quiet while loading in the compact variant (a board shows one on every card)', async () => {
      backend.setFault({ kind: 'slow', delay: 800 });
      const badge = await fixture<MatchBadge>(html`<match-badge variant="compact" assignment-id=${A} profile-id=${P} endpoint=${API}></match-badge>`);
      await ready(badge, 'loading');
      expect(badge.shadowRoot!.querySelector('[role="status"], [aria-live]')).to.be.null;
      await ready(badge);
    });

    it('shows an error with a working retry, fires flexschil-error once, and is accessible in both languages', async () => {
      backend.setFault({ kind: 'error500' });
      const badge = document.createElement('match-badge');
      Object.assign(badge, { assignmentId: A, profileId: P, endpoint: API });
      const events: CustomEvent[] = [];
      badge.addEventListener('flexschil-error', (e) => events.push(e));
      document.body.append(badge);
      try {
        await ready(badge, 'error');
        const error = part(badge, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.include('Er ging iets mis').and.include('Probeer opnieuw');
        expect(events).to.have.length(1);
        expect(events[0].detail.status).to.equal(500);
        await expect(badge).to.be.accessible();
        badge.lang = 'en';
        await ready(badge, 'error');
        await waitFor(() => text(part(badge, 'error')).includes('Try again'));
        await expect(badge).to.be.accessible();

        backend.setFault(null);
        part(badge, 'error')!.querySelector('button')!.click();
        await ready(badge);
        expect(badgeText(badge)).to.equal('93% · strong match');
        expect(badge.shadowRoot!.activeElement === part(badge, 'badge'), 'focus on the badge').to.be.true;
      } finally {
        badge.remove();
      }
    });

    it('in the compact variant says so briefly, with a retry that puts focus back on the badge', async () => {
      backend.setFault({ kind: 'error500' });
      const badge = await fixture<MatchBadge>(html`<match-badge variant="compact" assignment-id=${A} profile-id=${P} endpoint=${API}></match-badge>`);
      await ready(badge, 'error');
      expect(text(part(badge, 'error'))).to.equal('Match niet beschikbaar. Probeer opnieuw');
      await expect(badge).to.be.accessible();
      backend.setFault(null);
      const retry = part(badge, 'error')!.querySelector('button')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await ready(badge);
      expect(badge.shadowRoot!.activeElement === part(badge, 'toggle'), 'focus on the toggle').to.be.true;
    });

    it('says that it is not set up when there is no endpoint', async () => {
      const badge = await fixture<MatchBadge>(html`<match-badge assignment-id=${A} profile-id=${P}></match-badge>`);
      await ready(badge, 'error');
      expect(text(part(badge, 'error'))).to.include('geen endpoint');
    });

    it('says that the assignment is not found when the fallback cannot find it', async () => {
      const badge = await fixture<MatchBadge>(html`<match-badge assignment-id="a-bestaat-niet" profile-id=${P} endpoint=${API}></match-badge>`);
      await ready(badge, 'error');
      expect(text(part(badge, 'error'))).to.include('niet (meer) te vinden');
    });
  });

  describe('the reasons', () => {
    it("show open and closed by the caret's shape in forced colours too (Windows high contrast)", async () => {
      const badge = await fixture<MatchBadge>(html`<match-badge variant="compact" .assignment=${makeAssignment()} .profile=${makeProfile()}></match-badge>`);
      await ready(badge);
      const toggle = part(badge, 'toggle')!;
      // Which of the caret's four borders are drawn: a triangle pointing down when closed, up when open.
      const drawn = () => {
        const caret = getComputedStyle(toggle, '::after');
        return (['Top', 'Right', 'Bottom', 'Left'] as const).filter(
          (side) => caret.getPropertyValue(`border-${side.toLowerCase()}-width`) !== '0px' && !/rgba\(0, 0, 0, 0\)|transparent/.test(caret.getPropertyValue(`border-${side.toLowerCase()}-color`)),
        );
      };
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(drawn()).to.deep.equal(['Top']);
        toggle.click();
        await badge.updateComplete;
        expect(drawn()).to.deep.equal(['Bottom']);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('open and close from the keyboard in the compact variant, announced by aria-expanded', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button type="button">voor</button>
        <match-badge variant="compact" .assignment=${makeAssignment()} .profile=${makeProfile()}></match-badge>
      </div>`);
      const badge = wrapper.querySelector('match-badge')!;
      await ready(badge);
      const toggle = part(badge, 'toggle')!;
      const region = badge.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      // Every card of a board has one: its name says which assignment, after what it shows (WCAG 2.4.6, 2.5.3).
      expect(shown(toggle)).to.equal('Waarom?');
      expect(text(toggle)).to.equal(`Waarom? ${makeAssignment().title}`);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(part(badge, 'reasons'))).to.be.false;
      await expect(badge).to.be.accessible();

      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(badge.shadowRoot!.activeElement === toggle, 'focus on the toggle').to.be.true;
      await sendKeys({ press: 'Enter' });
      await badge.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(region.contains(part(badge, 'reasons'))).to.be.true;
      expect(visible(part(badge, 'reasons'))).to.be.true;
      expect(reasons(badge)[0]).to.include('1 van 2 gevraagde vaardigheden');
      await expect(badge).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await badge.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(part(badge, 'reasons'))).to.be.false;
      await sendKeys({ press: 'Space' });
      await badge.updateComplete;
      expect(visible(part(badge, 'reasons'))).to.be.true;
    });

    it('are listed at once in the full variant, with a score per criterion, accessibly in English', async () => {
      const badge = await fixture<MatchBadge>(html`<match-badge lang="en" .assignment=${makeAssignment()} .profile=${makeProfile()}></match-badge>`);
      await ready(badge);
      expect(part(badge, 'toggle')).to.be.null;
      expect(visible(part(badge, 'reasons'))).to.be.true;
      expect(part(badge, 'reasons')!.getAttribute('aria-label')).to.equal('Why this score');
      expect(reasons(badge).map((line) => line.split(/ \d+% · /)[0])).to.deep.equal(['Skills', 'Field', 'Hours', 'Start date', 'Region', 'Rate']);
      expect(reasons(badge)[1]).to.include('0% · does not meet');
      await expect(badge).to.be.accessible();
    });

    it('Why? in English on a compact badge, accessible when open', async () => {
      const badge = await fixture<MatchBadge>(html`<match-badge lang="en" variant="compact" .assignment=${makeAssignment()} .profile=${makeProfile()}></match-badge>`);
      await ready(badge);
      const toggle = part(badge, 'toggle')!;
      expect(shown(toggle)).to.equal('Why?');
      toggle.click();
      await badge.updateComplete;
      expect(visible(part(badge, 'reasons'))).to.be.true;
      await expect(badge).to.be.accessible();
    });
  });

  it('shows nothing, in the empty state, without enough input', async () => {
    const badge = await fixture<MatchBadge>(html`<match-badge assignment-id=${A} endpoint=${API}></match-badge>`);
    await ready(badge, 'empty');
    expect(badge.shadowRoot!.children).to.have.length(0);
    expect(requests).to.have.length(0);
  });
});
