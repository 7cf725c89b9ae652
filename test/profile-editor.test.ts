import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import '../src/elements/marketplace-provider/define.js';
import '../src/elements/profile-editor/with-parts.js';
import { mockToken, mockTokens } from '../mock/backend.js';
import type { StoredProfile, TokenClaims } from '../backend/ports.js';
import type { ProfileInput } from '../src/api/schemas.js';
import type { ProfileEditor } from '../src/elements/profile-editor/profile-editor.js';
import { makeProfile } from './fixtures.js';
import { API, accessibilityTree, spoken, waitFor, whilePressed } from './helpers.js';
import { backend, requests, resetMock, worker } from './msw.js';

const PRO = 'pro-1';
const OWN_ID = 'p-own-0001';

interface MountOptions {
  /** The professional's `sub` (null: no credentials). */
  sub?: string | null;
  /** The token's other claims: another token of the same person (one refreshed). */
  claims?: Omit<TokenClaims, 'sub'>;
  lang?: string;
  profileId?: string;
}

async function mount({ sub = PRO, claims = {}, lang = 'nl', profileId }: MountOptions = {}): Promise<ProfileEditor> {
  const token = sub ? mockToken({ ...claims, sub }) : null;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <marketplace-provider endpoint=${API} .getToken=${token ? async () => token : null}>
      <profile-editor profile-id=${profileId ?? ''}><a slot="sign-in" href="/login">Inloggen</a></profile-editor>
    </marketplace-provider>
  </div>`);
  const el = wrapper.querySelector('profile-editor')!;
  await waitFor(() => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)'), { message: 'editor settled' });
  await waitFor(() => root(el).querySelector('form, [part~="sign-in"], [part~="error"]'), { message: 'form or hint' });
  await el.updateComplete;
  return el;
}

/** A profile of `owner` in the backend, as `POST /profiles` would have stored it. */
function own(overrides: Partial<ProfileInput> = {}, owner = PRO): ProfileInput {
  const profile: StoredProfile = {
    ...makeProfile({ id: OWN_ID, visibility: 'public', ...overrides }),
    owner,
    version: 1,
  };
  backend.store.profiles.push(profile);
  return profile;
}

const root = (el: ProfileEditor) => el.shadowRoot!;
const control = <T extends HTMLElement = HTMLInputElement>(el: ProfileEditor, name: string, value?: string) =>
  root(el).querySelector<T>(value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`)!;
const part = (el: ProfileEditor, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: ProfileEditor) => root(el).activeElement as HTMLElement | null;
const stored = () => backend.store.profiles.find((p) => p.owner === PRO);
const writes = (method: string) => requests.filter((r) => r.method === method && new URL(r.url).pathname.includes('/profiles'));
const errorOf = (el: ProfileEditor, name: string) => {
  const ids = (control(el, name).getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.length ? text(root(el).getElementById(ids[0])) : '';
};
const summaryItems = (el: ProfileEditor) => [...(part(el, 'summary')?.querySelectorAll('li') ?? [])].map(text);
const previewName = (el: ProfileEditor) => text(root(el).querySelector('profile-card')?.shadowRoot?.querySelector('[part="name"]'));

async function settle(el: ProfileEditor) {
  await aTimeout(0);
  await el.updateComplete;
  await aTimeout(0);
}

/** Types into a control as a person would (after selecting what is there, so it is replaced). */
async function type(el: ProfileEditor, name: string, value: string) {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(el, name);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await settle(el);
}

/** Replaces what a control holds with pasted text: one edit, as the browser makes it for a paste. */
async function paste(el: ProfileEditor, name: string, value: string) {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(el, name);
  input.focus();
  input.select();
  document.execCommand('insertText', false, value);
  await settle(el);
}

async function click(el: ProfileEditor, name: string, value?: string) {
  control(el, name, value).click();
  await settle(el);
}

/** Picks a region as a keyboard user does: focus the select and type the start of the option. */
async function pickRegion(el: ProfileEditor, label: string) {
  control(el, 'region').focus();
  await sendKeys({ type: label });
  await settle(el);
}

async function press(el: ProfileEditor, id: string, key = 'Enter') {
  root(el).getElementById(id)!.focus();
  await sendKeys({ press: key });
  await settle(el);
}

async function save(el: ProfileEditor) {
  part(el, 'submit')!.click();
  await settle(el);
}

async function savedOrFailed(el: ProfileEditor) {
  await waitFor(() => part(el, 'saved') || part(el, 'failure') || part(el, 'summary') || part(el, 'conflict'), { message: 'an answer to saving' });
  await settle(el);
}

async function fillMinimum(el: ProfileEditor, name = 'Sanne Verhoeven') {
  await type(el, 'name', name);
  await type(el, 'headline', 'Adviseur participatie');
  await click(el, 'kind', 'ondernemend-ambtenaar');
  await pickRegion(el, 'West');
}

/** A stored profile's experience: three entries, newest first. */
const THREE_ENTRIES = [
  { title: 'Projectleider', organisation: 'Gemeente Steenbergen', from: '2024-03', to: null },
  { title: 'Adviseur', organisation: 'Gemeente Halderberge', from: '2019-01', to: '2024-02' },
  { title: 'Beleidsmedewerker', organisation: 'Provincie Noord-Brabant', from: '2015-05', to: '2018-12' },
];

/** The titles of the experience entries, top to bottom. */
const titles = (el: ProfileEditor) => [...root(el).querySelectorAll<HTMLInputElement>('input[name$=".title"]')].map((i) => i.value);

describe('<profile-editor>', () => {
  beforeEach(async () => {
    await resetMock();
    sessionStorage.clear();
  });
  afterEach(() => {
    worker.resetHandlers();
  });

  describe('who may edit', () => {
    it('shows a visitor without credentials only a sign-in hint, with the page’s own sign-in link, accessibly', async () => {
      const el = await mount({ sub: null });
      expect(part(el, 'form')).to.be.null;
      expect(text(part(el, 'sign-in'))).to.equal('Log in om je profiel te maken of bij te werken.');
      // As every element's sign-in hint: nothing to show this visitor, nothing broken.
      await waitFor(() => el.matches(':state(empty)'), { message: 'the hint is empty' });
      const slot = root(el).querySelector<HTMLSlotElement>('slot[name="sign-in"]')!;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Inloggen']);
      expect(requests.some((r) => new URL(r.url).pathname.endsWith('/vocabularies'))).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('puts focus on the form when the page’s own sign-in button in the hint signs in without leaving the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
        <marketplace-provider endpoint=${API} .getToken=${null}>
          <profile-editor><button type="button" slot="sign-in">Inloggen</button></profile-editor>
        </marketplace-provider>
      </div>`);
      const provider = wrapper.querySelector('marketplace-provider')!;
      const el = wrapper.querySelector('profile-editor')!;
      await waitFor(() => part(el, 'sign-in'), { message: 'hint' });
      const signIn = el.querySelector('button')!;
      // The page signs in in place, as an SSO pop-up or the demo's toggle does.
      const token = mockToken({ sub: PRO });
      signIn.addEventListener('click', () => {
        provider.getToken = async () => token;
      });
      signIn.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => part(el, 'form'), { message: 'the form' });
      await waitFor(() => focused(el)?.id === 'field-name' || focused(el)?.getAttribute('name') === 'name', { message: `focus on the first field, not ${document.activeElement?.localName}` });
      expect(document.activeElement).to.equal(el);
      await expect(el).to.be.accessible();
    });

    it('takes no focus when the form comes after the visitor moved on', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl">
        <marketplace-provider endpoint=${API} .getToken=${null}>
          <profile-editor><button type="button" slot="sign-in">Inloggen</button></profile-editor>
        </marketplace-provider>
        <a href="#elders">Elders</a>
      </div>`);
      const provider = wrapper.querySelector('marketplace-provider')!;
      const el = wrapper.querySelector('profile-editor')!;
      await waitFor(() => part(el, 'sign-in'), { message: 'hint' });
      el.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('a'));
      provider.getToken = async () => mockToken({ sub: PRO });
      await waitFor(() => part(el, 'form'), { message: 'the form' });
      await aTimeout(50);
      expect(document.activeElement).to.equal(wrapper.querySelector('a'));
    });

    it('shows only a hint when /me says the visitor may not keep a profile', async () => {
      worker.use(http.get(`${API}/me`, () => HttpResponse.json({ organisation: null, profileId: null, can: { postAssignments: false, readApplications: false, editProfile: false } })));
      const el = await mount();
      expect(part(el, 'form')).to.be.null;
      expect(text(part(el, 'sign-in'))).to.equal('Met dit account kun je hier geen profiel bijhouden.');
      await expect(el).to.be.accessible();
    });

    it('opens the owner’s own profile whatever its visibility (internal, without an organisation)', async () => {
      own({ visibility: 'internal', organisation: null });
      const el = await mount();
      expect(control(el, 'name').value).to.equal('Anne-Marie Backx');
      expect(control(el, 'visibility', 'internal').checked).to.be.true;
    });

    it('tells another person they cannot change a profile they may not even read', async () => {
      own({ visibility: 'internal', organisation: { id: 'gem-woensdrecht', name: 'Gemeente Woensdrecht', logoUrl: null } }, 'pro-2');
      const el = await mount({ profileId: OWN_ID });
      expect(part(el, 'form')).to.be.null;
      expect(text(part(el, 'sign-in'))).to.equal('Je kunt dit profiel niet wijzigen: alleen de eigenaar kan dat.');
      await expect(el).to.be.accessible();
    });

    it('refuses another person’s save (403) and keeps what they typed', async () => {
      own({}, 'pro-2');
      const el = await mount({ profileId: OWN_ID });
      expect(control(el, 'name').value).to.equal('Anne-Marie Backx');
      await type(el, 'headline', 'Een kopregel van iemand anders');
      const failed = oneEvent(el, 'flexschil-error');
      await save(el);
      expect((await failed).detail.status).to.equal(403);
      await savedOrFailed(el);
      expect(text(part(el, 'failure'))).to.contain('Je mag dit profiel niet wijzigen').and.contain('Alles wat je hebt ingevuld is bewaard.');
      expect(part(el, 'failure')!.querySelector('button'), 'no retry where it cannot help').to.be.null;
      expect(focused(el)).to.equal(part(el, 'failure'));
      expect(control(el, 'headline').value).to.equal('Een kopregel van iemand anders');
      expect(backend.store.profiles.find((p) => p.id === OWN_ID)!.headline).to.equal('Projectleider en verbinder tussen gemeenten');
      await expect(el).to.be.accessible();
    });
  });

  describe('creating a profile', () => {
    it('shows every part of the profile, each control named as in the contract, accessibly', async () => {
      const el = await mount();
      const names = new Set([...root(el).querySelectorAll('[part="form"] [name]')].map((c) => c.getAttribute('name')));
      expect([...names]).to.deep.equal([
        'name', 'headline', 'kind', 'photoUrl', 'bio', 'language', 'fields', 'coreQualities', 'skills',
        'availability.hoursPerWeek', 'availability.from', 'region', 'rate.amount', 'rate.publicRate',
        'links.cv', 'links.portfolio', 'links.linkedin', 'contact.email', 'contact.phone', 'visibility',
      ]);
      expect(root(el).querySelectorAll('input[name="fields"]'), 'every field of /vocabularies').to.have.length(12);
      expect([...root(el).querySelectorAll<HTMLInputElement>('input[name="visibility"]')].map((r) => r.value)).to.deep.equal(['public', 'network', 'internal']);
      // Each choice is explained in words, not only named.
      const hints = [...root(el).querySelectorAll('[data-field="visibility"] .check .hint')].map(text);
      expect(hints[0]).to.contain('ook zonder in te loggen');
      expect(hints[1]).to.contain('lid van het regionale netwerk');
      expect(hints[2]).to.contain('niet bij een organisatie');
      // Each option is described by its own explanation, not by the group's hint.
      const everyone = control(el, 'visibility', 'public');
      expect(text(root(el).getElementById(everyone.getAttribute('aria-describedby')!))).to.equal(hints[0]);
      const ids = [...root(el).querySelectorAll('[id]')].map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').to.deep.equal([]);
      expect(control(el, 'visibility', 'network').checked, 'network by default: data protection by default').to.be.true;
      expect(text(part(el, 'submit'))).to.equal('Maak mijn profiel');
      expect(text(part(el, 'preview'))).to.contain('Kies het soort professional om het voorbeeld te zien.');
      await expect(el).to.be.accessible();
    });

    it('creates the profile from everything typed, as the rules normalise it', async () => {
      const el = await mount();
      await fillMinimum(el);
      await type(el, 'skills', 'Participatie\nOmgevingswet\n\nParticipatie');
      await click(el, 'fields', 'sociaal-domein');
      await press(el, 'field-experience');
      await type(el, 'experience.0.title', 'Adviseur');
      await type(el, 'experience.0.organisation', 'Halderberge');
      await type(el, 'experience.0.from', '9-2021');
      await type(el, 'rate.amount', '85,50');
      await click(el, 'rate.publicRate');
      await type(el, 'links.linkedin', 'www.linkedin.com/in/sanne');
      expect(previewName(el), 'the preview follows the form').to.equal('Sanne Verhoeven');

      const saved = oneEvent(el, 'profile-saved');
      await save(el);
      const { detail } = await saved;
      await savedOrFailed(el);
      expect(text(part(el, 'saved'))).to.equal('Je profiel is gemaakt. Wie het ziet: alleen leden van het netwerk.');
      expect(focused(el)).to.equal(part(el, 'saved'));
      const profile = stored()!;
      expect(detail.profile.id).to.equal(profile.id);
      expect(profile).to.deep.include({ name: 'Sanne Verhoeven', kind: 'ondernemend-ambtenaar', visibility: 'network', skills: ['Participatie', 'Omgevingswet'] });
      expect(profile.fields.map((f) => f.value)).to.deep.equal(['sociaal-domein']);
      expect(profile.experience).to.deep.equal([{ title: 'Adviseur', organisation: 'Halderberge', from: '2021-09', to: null }]);
      expect(profile.rate).to.deep.equal({ amount: 85.5, currency: 'EUR', unit: 'hour', publicRate: true });
      expect(control(el, 'rate.amount').value, 'as typed, not 85.5').to.equal('85,50');
      expect(profile.links.linkedin).to.equal('https://www.linkedin.com/in/sanne');
      expect(profile.region.value).to.equal('west-brabant');
      expect(writes('POST')[0].headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
      // From now on the form edits the stored profile, and shows it as stored.
      expect(text(part(el, 'submit'))).to.equal('Sla mijn profiel op');
      expect(control(el, 'skills').value).to.equal('Participatie\nOmgevingswet');
      expect(sessionStorage.length, 'no draft left').to.equal(0);
    });

    it('takes a photo link as its hint describes it, with https:// or http://', async () => {
      const el = await mount();
      const hintId = (control(el, 'photoUrl').getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-hint'));
      const hint = text(root(el).getElementById(hintId!));
      expect(hint).to.contain('https://').and.to.contain('http://');
      await fillMinimum(el);
      await type(el, 'photoUrl', 'http://www.example.nl/sanne.jpg');
      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      expect(stored()!.photoUrl).to.equal('http://www.example.nl/sanne.jpg');
    });

    it('shows a profile for network members in the directory to members only', async () => {
      const el = await mount();
      await fillMinimum(el);
      await click(el, 'visibility', 'network');
      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      const id = stored()!.id;
      const directory = async (token: string | null) => {
        const response = await fetch(`${API}/profiles?q=Verhoeven`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
        return ((await response.json()) as { items: { id: string }[] }).items.map((p) => p.id);
      };
      expect(await directory(null), 'anonymous visitors').not.to.include(id);
      expect(await directory(mockTokens.guest), 'signed in, not a member').not.to.include(id);
      expect(await directory(mockTokens.steenbergen), 'a network member').to.include(id);
    });

    it('makes a public profile visible to every visitor', async () => {
      const el = await mount();
      await fillMinimum(el, 'Joris Openbaar');
      await click(el, 'visibility', 'public');
      await save(el);
      await savedOrFailed(el);
      const response = await fetch(`${API}/profiles?q=Openbaar`);
      // ("openbaar" also finds "openbare", as Dutch spells it before a vowel: other profiles may come along.)
      expect(((await response.json()) as { items: { name: string }[] }).items.map((p) => p.name)).to.include('Joris Openbaar');
    });

    /** A draft with a problem in nearly every part, sent. */
    async function saveInvalid() {
      const el = await mount();
      await type(el, 'name', 'A');
      await type(el, 'photoUrl', 'javascript:alert(1)');
      // Pasted, as a long list is: one edit instead of 75 keystrokes, each re-rendering the preview.
      await paste(el, 'skills', `Participatie\n${'x'.repeat(61)}`);
      await press(el, 'field-experience');
      await type(el, 'experience.0.title', 'Projectleider');
      await type(el, 'experience.0.from', 'maart');
      await type(el, 'availability.hoursPerWeek', '50');
      await type(el, 'contact.email', 'sanne@');
      await save(el);
      await savedOrFailed(el);
      return el;
    }

    // Two tests of one state: each stays far from the timeout on a loaded machine.
    it("holds a field's check while a button is pressed, so its message cannot move the button from under the pointer", async () => {
      const el = await mount();
      control(el, 'links.linkedin').focus();
      await sendKeys({ type: 'niet-een-link' });
      await whilePressed(part(el, 'submit')!, async () => {
        await settle(el);
        expect(errorOf(el, 'links.linkedin'), 'no message while pressed').to.equal('');
      });
      await waitFor(() => errorOf(el, 'links.linkedin') !== '', { message: 'the check after the release' });
    });

    it('lists every problem of an invalid draft in a summary that takes focus, and sends nothing', async () => {
      const el = await saveInvalid();
      expect(focused(el)).to.equal(part(el, 'summary'));
      expect(summaryItems(el)).to.deep.equal([
        'Maak je naam langer: minstens 2 tekens',
        'Vul je kopregel in',
        'Kies het soort professional',
        'Vul de link naar je foto in zoals https://www.voorbeeld.nl',
        'Maak de vaardigheden korter: hoogstens 60 tekens (nu 61) (regel 2)',
        'Vul de organisatie in (ervaring 1)',
        'Vul de begindatum in zoals 2024-03 (ervaring 1)',
        'Vul bij het aantal uren per week een getal in van 1 tot en met 40',
        'Vul de datum vanaf wanneer je beschikbaar bent in',
        'Kies de regio',
        'Vul het e-mailadres in zoals naam@voorbeeld.nl',
      ]);
      expect(writes('POST'), 'nothing sent').to.have.length(0);
      expect(errorOf(el, 'experience.0.from')).to.equal('Fout: Vul de begindatum in zoals 2024-03 (ervaring 1)');
      expect(control(el, 'experience.0.from').getAttribute('aria-invalid')).to.equal('true');
    });

    it('links each problem in the summary to its field, accessibly', async () => {
      const el = await saveInvalid();
      await expect(el).to.be.accessible();
      const link = [...part(el, 'summary')!.querySelectorAll('a')].find((a) => text(a).startsWith('Vul de begindatum in'))!;
      link.click();
      await settle(el);
      expect(focused(el)).to.equal(control(el, 'experience.0.from'));
      const kind = [...part(el, 'summary')!.querySelectorAll('a')].find((a) => text(a) === 'Kies het soort professional')!;
      kind.click();
      await settle(el);
      expect(focused(el), 'a group: its first option').to.equal(control(el, 'kind', 'zpp'));
    });

    it('reads the summary out once per attempt to save, not again while the problems are corrected', async () => {
      const el = await saveInvalid();
      const first = part(el, 'summary')!;
      expect(first.querySelector('[role="alert"]'), 'said when it appears').to.exist;
      [...first.querySelectorAll('a')].find((a) => text(a).startsWith('Maak de vaardigheden korter'))!.click();
      await settle(el);
      expect(focused(el)).to.equal(control(el, 'skills'));
      await sendKeys({ press: 'Control+End' });
      await sendKeys({ type: 'x' });
      await settle(el);
      expect(summaryItems(el)).to.include('Maak de vaardigheden korter: hoogstens 60 tekens (nu 62) (regel 2)');
      expect(part(el, 'summary')!.querySelector('[role="alert"], [aria-live]'), 'its changes are not read out over the typing').to.equal(null);
      await save(el);
      await savedOrFailed(el);
      expect(part(el, 'summary')).not.to.equal(first);
      expect(part(el, 'summary')!.querySelector('[role="alert"]'), 'a new attempt is said again').to.exist;
      expect(focused(el)).to.equal(part(el, 'summary'));
    });

    it('counts the text about oneself as the rule does, so the counter and the message agree', async () => {
      const el = await mount();
      // 1,990 characters as a person counts them (10 emoji among them), 2,000 as the contract does (UTF-16).
      await paste(el, 'bio', `${'Zoë 🤝 '.repeat(10)}${'x'.repeat(1930)}`);
      control(el, 'name').focus();
      await settle(el);
      expect(text(root(el).querySelector('[id$="bio-count"]'))).to.equal('Je hebt nog 0 tekens over');
      expect(errorOf(el, 'bio')).to.equal('');
      await paste(el, 'bio', `${'Zoë 🤝 '.repeat(10)}${'x'.repeat(1940)}`);
      control(el, 'name').focus();
      await settle(el);
      expect(text(root(el).querySelector('[id$="bio-count"]'))).to.equal('Je hebt 10 tekens te veel');
      expect(errorOf(el, 'bio')).to.equal('Fout: Maak de tekst over jezelf korter: hoogstens 2000 tekens (nu 2010)');
    });

    it('reads amounts and months as people here type them', async () => {
      const el = await mount();
      await fillMinimum(el);
      await press(el, 'field-experience');
      await type(el, 'experience.0.title', 'Adviseur');
      await type(el, 'experience.0.organisation', 'Halderberge');
      await type(el, 'experience.0.from', 'maart 2019');
      await type(el, 'experience.0.to', '202403');
      await type(el, 'rate.amount', '1.500');
      await save(el);
      await savedOrFailed(el);
      expect(summaryItems(el), 'fifteen hundred or one and a half: not a guess').to.deep.equal(['Vul je tarief in zoals 85 of 85,50']);
      await type(el, 'rate.amount', '85,-');
      await save(el);
      await savedOrFailed(el);
      expect(stored()!.rate).to.deep.include({ amount: 85 });
      expect(stored()!.experience).to.deep.equal([{ title: 'Adviseur', organisation: 'Halderberge', from: '2019-03', to: '2024-03' }]);
    });

    it('words a limit on a list as a number of items, not a length', async () => {
      const el = await mount();
      await fillMinimum(el);
      for (const box of [...root(el).querySelectorAll<HTMLInputElement>('input[name="fields"]')].slice(0, 11)) box.click();
      await settle(el);
      await save(el);
      await savedOrFailed(el);
      expect(summaryItems(el)).to.deep.equal(['Houd de werkvelden op hoogstens 10 (nu 11)']);
      expect(focused(el)).to.equal(part(el, 'summary'));
    });

    it('checks a field when it is left, and clears the error as soon as it is fixed', async () => {
      const el = await mount();
      await type(el, 'contact.email', 'sanne@');
      expect(errorOf(el, 'contact.email'), 'not while typing').to.equal('');
      control(el, 'contact.phone').focus();
      await settle(el);
      expect(errorOf(el, 'contact.email')).to.equal('Fout: Vul het e-mailadres in zoals naam@voorbeeld.nl');
      control(el, 'contact.email').focus();
      await sendKeys({ type: 'example.nl' });
      await settle(el);
      expect(errorOf(el, 'contact.email')).to.equal('');
      expect(errorOf(el, 'name'), 'untouched fields are not judged').to.equal('');
    });

    it('says the message of a control left with Tab, where a screen reader has moved on', async () => {
      const el = await mount();
      await type(el, 'contact.email', 'sanne@');
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(focused(el)).to.equal(control(el, 'contact.phone'));
      expect(text(root(el).querySelector('[role="status"][aria-live="polite"]'))).to.equal('Fout: Vul het e-mailadres in zoals naam@voorbeeld.nl');
      await expect(el).to.be.accessible();
    });

    it('shows the backend’s invalidParams on the same fields, by their dotted paths', async () => {
      worker.use(
        http.post(`${API}/profiles`, () =>
          HttpResponse.json(
            {
              title: 'Ongeldige invoer',
              status: 400,
              invalidParams: [
                { name: 'experience.0.to', code: 'range', reason: 'Controleer de einddatum: die ligt voor het begin' },
                { name: 'region', code: 'unknown', reason: 'Deze regio kennen we niet' },
                { name: 'Idempotency-Key', code: 'format', reason: 'Sleutel ongeldig' },
              ],
            },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      );
      const el = await mount();
      await fillMinimum(el);
      await press(el, 'field-experience');
      await type(el, 'experience.0.title', 'Projectleider');
      await type(el, 'experience.0.organisation', 'Gemeente Halderberge');
      await type(el, 'experience.0.from', '2024-03');
      await save(el);
      await savedOrFailed(el);
      expect(summaryItems(el)).to.deep.equal(['Controleer de einddatum: die ligt voor het begin (ervaring 1)', 'Deze regio kennen we niet', 'Sleutel ongeldig']);
      expect(errorOf(el, 'experience.0.to')).to.contain('die ligt voor het begin');
      expect(errorOf(el, 'region')).to.contain('Deze regio kennen we niet');
      expect(focused(el)).to.equal(part(el, 'summary'));
      // Leaving a control the backend named, unchanged since its verdict, keeps the verdict.
      control(el, 'region').focus();
      control(el, 'region').blur();
      await settle(el);
      expect(errorOf(el, 'region')).to.contain('Deze regio kennen we niet');
    });

    it('retries after a network fault with the same Idempotency-Key, and stores one profile', async () => {
      backend.setFault({ kind: 'network', times: 1, paths: /^\/profiles$/ });
      const el = await mount();
      await fillMinimum(el);
      const failed = oneEvent(el, 'flexschil-error');
      await save(el);
      await failed;
      await savedOrFailed(el);
      expect(text(part(el, 'failure'))).to.contain('Er is geen verbinding met de server.').and.contain('Opnieuw proberen maakt nooit een tweede profiel.');
      expect(focused(el)).to.equal(part(el, 'failure'));
      expect(control(el, 'name').value).to.equal('Sanne Verhoeven');
      await expect(el).to.be.accessible();

      part(el, 'failure')!.querySelector('button')!.click();
      await waitFor(() => part(el, 'saved'), { message: 'saved on retry' });
      const keys = writes('POST').map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(backend.store.profiles.filter((p) => p.owner === PRO)).to.have.length(1);
    });

    it('keeps the Idempotency-Key through a reload: the save after it is the same request', async () => {
      backend.setFault({ kind: 'network', times: 1, paths: /^\/profiles$/ });
      let el = await mount();
      await fillMinimum(el);
      await save(el);
      await savedOrFailed(el);
      expect(part(el, 'failure')).to.exist;
      el.closest('div')!.remove();

      el = await mount();
      expect(control(el, 'name').value, 'the draft is back').to.equal('Sanne Verhoeven');
      expect(text(part(el, 'draft-notice'))).to.contain('We hebben bewaard');
      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      const keys = writes('POST').map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(2);
      expect(keys[1], 'the same key after the reload').to.equal(keys[0]);
      expect(backend.store.profiles.filter((p) => p.owner === PRO)).to.have.length(1);
    });

    it('opens a create that arrived though its answer was lost, after a reload, with what was typed since beside it', async () => {
      // The create arrives, but its answer is lost on the way back.
      worker.use(
        http.post(
          `${API}/profiles`,
          async ({ request }) => {
            await backend.handle(request, { base: API });
            return HttpResponse.error();
          },
          { once: true },
        ),
      );
      let el = await mount();
      await fillMinimum(el);
      await save(el);
      await savedOrFailed(el);
      await type(el, 'headline', 'Getypt na de storing');
      el.closest('div')!.remove();

      el = await mount();
      // /me names the profile that arrived: the form edits it, and offers what was typed since.
      expect(text(part(el, 'submit'))).to.equal('Sla mijn profiel op');
      expect([...part(el, 'conflict')!.querySelectorAll('legend')].map(text)).to.deep.equal(['Kopregel']);
      expect(control(el, 'headline').value).to.equal('Getypt na de storing');
      expect(focused(el), 'focus is not moved when the form opens').to.be.null;
      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      expect(backend.store.profiles.filter((p) => p.owner === PRO)).to.have.length(1);
      expect(stored()!.headline).to.equal('Getypt na de storing');
      expect(sessionStorage.length).to.equal(0);
    });

    it('after a lost answer and further edits, lands on the profile that did arrive, with the edits beside it', async () => {
      worker.use(
        http.post(`${API}/profiles`, async ({ request }) => {
          await backend.handle(request, { base: API });
          return HttpResponse.error();
        }, { once: true }),
      );
      const el = await mount();
      await fillMinimum(el);
      await save(el);
      await savedOrFailed(el);
      await type(el, 'headline', 'Procesbegeleider bij participatie');
      await save(el);
      await savedOrFailed(el);
      // The same key with other content is refused (422); a new key meets the stored profile (409).
      expect(writes('POST').map((r) => r.headers.get('Idempotency-Key'))).to.satisfy((k: string[]) => k.length === 3 && k[1] === k[0] && k[2] !== k[0]);
      expect(text(part(el, 'conflict'))).to.contain('Je hebt al een profiel');
      expect(control(el, 'headline').value).to.equal('Procesbegeleider bij participatie');
    });

    it('turns a second create (409) into editing the existing profile, without losing what was typed', async () => {
      const el = await mount();
      // Meanwhile, in another tab, this person created a profile.
      own({ name: 'Sanne V.', headline: 'Oude kopregel' });
      await fillMinimum(el);
      await type(el, 'bio', 'Ik verbind gemeenten en inwoners.');
      await save(el);
      await savedOrFailed(el);
      const conflict = part(el, 'conflict')!;
      expect(focused(el)).to.equal(conflict);
      expect(text(conflict)).to.contain('Je hebt al een profiel');
      const legends = [...conflict.querySelectorAll('legend')].map(text);
      // Only what was typed and differs; the rest of the existing profile is simply kept.
      expect(legends).to.have.members(['Naam', 'Kopregel', 'Soort professional', 'Over mij']);
      const headline = [...conflict.querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend')) === 'Kopregel')!;
      expect(text(headline)).to.contain('Jouw versie: Adviseur participatie').and.contain('Je bestaande profiel: Oude kopregel');
      // What was typed is kept: it is what the form holds, and what is chosen.
      expect(control(el, 'headline').value).to.equal('Adviseur participatie');
      expect(headline.querySelector<HTMLInputElement>('input[value="mine"]')!.checked).to.be.true;
      // Skills were not typed: the existing ones are kept.
      expect(control(el, 'skills').value).to.equal('Projectmanagement\nInformatievoorziening\nParticipatie');
      await expect(el).to.be.accessible();

      // Keep the existing name, by keyboard.
      const name = [...conflict.querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend')) === 'Naam')!;
      name.querySelector<HTMLInputElement>('input[value="mine"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(control(el, 'name').value).to.equal('Sanne V.');

      const saved = oneEvent(el, 'profile-saved');
      [...part(el, 'conflict')!.querySelectorAll('button')].find((b) => text(b) === 'Sla op met deze keuzes')!.click();
      await saved;
      const [patch] = writes('PATCH');
      expect(patch.headers.get('If-Match')).to.equal('"v1"');
      expect(stored()).to.deep.include({ id: OWN_ID, name: 'Sanne V.', headline: 'Adviseur participatie', bio: 'Ik verbind gemeenten en inwoners.' });
      expect(backend.store.profiles.filter((p) => p.owner === PRO)).to.have.length(1);
    });

    it('keeps the draft through a reload, says so, and can discard it', async () => {
      let el = await mount();
      await type(el, 'name', 'Sanne Verhoeven');
      await press(el, 'field-experience');
      await type(el, 'experience.0.title', 'Adviseur');
      el.closest('div')!.remove();

      el = await mount();
      expect(control(el, 'name').value).to.equal('Sanne Verhoeven');
      expect(titles(el)).to.deep.equal(['Adviseur']);
      expect(text(part(el, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde');
      await expect(el).to.be.accessible();

      part(el, 'draft-notice')!.querySelector('button')!.click();
      await settle(el);
      await settle(el);
      expect(control(el, 'name').value).to.equal('');
      expect(titles(el)).to.deep.equal([]);
      expect(focused(el)).to.equal(control(el, 'name'));
      expect(sessionStorage.length).to.equal(0);
      const live = root(el).querySelector('[role="status"][aria-live="polite"]')!;
      expect(text(live)).to.equal('Je niet-opgeslagen wijzigingen zijn weggegooid. Met ‘Zet terug’ boven het formulier haal je ze terug.');
      expect(text(part(el, 'draft-notice'))).to.equal('Je niet-opgeslagen wijzigingen zijn weggegooid. Zet terug');
      await expect(el).to.be.accessible();

      // A mistaken click loses nothing: back to the notice's button, by keyboard.
      await sendKeys({ press: 'Shift+Tab' });
      expect(text(focused(el))).to.equal('Zet terug');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await settle(el);
      expect(control(el, 'name').value).to.equal('Sanne Verhoeven');
      expect(titles(el)).to.deep.equal(['Adviseur']);
      expect(text(live)).to.equal('Je wijzigingen staan er weer.');
      expect(focused(el)).to.equal(control(el, 'name'));
      expect(text(part(el, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde');
      el.closest('div')!.remove();
      el = await mount();
      expect(control(el, 'name').value).to.equal('Sanne Verhoeven');
      expect(titles(el)).to.deep.equal(['Adviseur']);
    });

    it('offers "Zet terug" after discarding until the form is changed', async () => {
      let el = await mount();
      await type(el, 'name', 'Sanne Verhoeven');
      el.closest('div')!.remove();
      el = await mount();
      part(el, 'draft-notice')!.querySelector('button')!.click();
      await settle(el);
      expect(text(part(el, 'draft-notice'))).to.contain('Zet terug');
      await type(el, 'headline', 'Adviseur');
      expect(part(el, 'draft-notice')).to.equal(null);
      expect(control(el, 'name').value).to.equal('');
    });
  });

  describe('editing one’s own profile', () => {
    it('sends a merge patch of what changed, with If-Match, and says when nothing changed', async () => {
      own();
      const el = await mount();
      expect(control(el, 'name').value).to.equal('Anne-Marie Backx');
      expect(control(el, 'skills').value).to.equal('Projectmanagement\nInformatievoorziening\nParticipatie');
      expect(text(part(el, 'submit'))).to.equal('Sla mijn profiel op');
      await type(el, 'headline', 'Projectleider sociaal domein');
      await click(el, 'rate.publicRate');

      const saved = oneEvent(el, 'profile-saved');
      await save(el);
      expect((await saved).detail.profile.headline).to.equal('Projectleider sociaal domein');
      await savedOrFailed(el);
      expect(text(part(el, 'saved'))).to.equal('Je wijzigingen zijn opgeslagen. Wie het ziet: iedereen.');
      await expect(el).to.be.accessible();
      const [patch] = writes('PATCH');
      expect(patch.headers.get('If-Match')).to.equal('"v1"');
      expect(patch.headers.get('Content-Type')).to.contain('application/merge-patch+json');
      expect(await patch.json()).to.deep.equal({
        headline: 'Projectleider sociaal domein',
        rate: { amount: 85, currency: 'EUR', unit: 'hour', publicRate: false },
      });
      expect(stored()).to.deep.include({ headline: 'Projectleider sociaal domein', version: 2 });

      await save(el);
      await settle(el);
      expect(text(part(el, 'saved'))).to.contain('Er was niets veranderd');
      expect(writes('PATCH'), 'nothing to send').to.have.length(1);

      await type(el, 'headline', 'Projectleider en verbinder');
      await save(el);
      await waitFor(() => writes('PATCH').length === 2, { message: 'second save' });
      expect(writes('PATCH')[1].headers.get('If-Match'), 'the ETag of the saved version').to.equal('"v2"');
    });

    it('adds, moves and removes experience with the keyboard alone, focus following the entry', async () => {
      own({ experience: THREE_ENTRIES });
      const el = await mount();
      expect(titles(el)).to.deep.equal(['Projectleider', 'Adviseur', 'Beleidsmedewerker']);
      const live = root(el).querySelector('[role="status"][aria-live="polite"]')!;
      const buttonOf = (title: string, which: 'up' | 'down' | 'remove') => {
        const entry = [...root(el).querySelectorAll('.entry')].find((e) => e.querySelector<HTMLInputElement>('input[name$=".title"]')!.value === title)!;
        return entry.querySelector<HTMLButtonElement>(`[id$="-${which}"]`)!;
      };
      const buttons = (await accessibilityTree()).filter((node) => node.role === 'button').map((node) => node.name);
      expect(buttons, 'what a screen reader says: no space before the colon').to.include.members(['Omhoog: Ervaring 2: Adviseur', 'Omlaag: Ervaring 2: Adviseur', 'Verwijder: Ervaring 2: Adviseur']);
      expect(buttonOf('Projectleider', 'up').disabled).to.be.true;

      // Move "Beleidsmedewerker" up with Enter, then with Space: it keeps focus.
      await press(el, buttonOf('Beleidsmedewerker', 'up').id);
      expect(titles(el)).to.deep.equal(['Projectleider', 'Beleidsmedewerker', 'Adviseur']);
      expect(focused(el)).to.equal(buttonOf('Beleidsmedewerker', 'up'));
      expect(text(live)).to.equal('Ervaring 2: Beleidsmedewerker staat nu op plaats 2 van 3.');
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(titles(el)).to.deep.equal(['Beleidsmedewerker', 'Projectleider', 'Adviseur']);
      // At the top "up" is disabled: focus moved to "down" of the same entry.
      expect(focused(el)).to.equal(buttonOf('Beleidsmedewerker', 'down'));
      expect(control(el, 'experience.0.title').value, 'names follow the order').to.equal('Beleidsmedewerker');

      // Remove the middle one: focus goes to the entry that took its place.
      await press(el, buttonOf('Projectleider', 'remove').id);
      expect(titles(el)).to.deep.equal(['Beleidsmedewerker', 'Adviseur']);
      expect(focused(el)).to.equal(control(el, 'experience.1.title'));
      expect(text(live)).to.equal('Ervaring 2: Projectleider is verwijderd. Met ‘Zet terug’ onder de lijst zet je het terug.');

      // Add one: focus in its first field (and the removed one can no longer be put back).
      await press(el, 'field-experience');
      expect(focused(el)).to.equal(control(el, 'experience.2.title'));
      expect(part(el, 'undo')).to.equal(null);
      await sendKeys({ type: 'Kwartiermaker' });
      await type(el, 'experience.2.organisation', 'Gemeente Woensdrecht');
      await type(el, 'experience.2.from', '2025-01');
      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      expect(stored()!.experience.map((e) => e.title)).to.deep.equal(['Beleidsmedewerker', 'Adviseur', 'Kwartiermaker']);
      const preview = root(el).querySelector('profile-card')!.shadowRoot!;
      expect([...preview.querySelectorAll('.timeline .role')].map(text)).to.deep.equal(['Beleidsmedewerker', 'Adviseur', 'Kwartiermaker']);
    });

    it('puts a removed entry back where it was, with what was typed in it, by "Zet terug"', async () => {
      own({ experience: THREE_ENTRIES });
      const el = await mount();
      const live = root(el).querySelector('[role="status"][aria-live="polite"]')!;
      await type(el, 'experience.1.organisation', 'Gemeente Halderberge en Rucphen');
      const adviseur = root(el).querySelectorAll('.entry')[1];
      await press(el, adviseur.querySelector('[id$="-remove"]')!.id);
      expect(titles(el)).to.deep.equal(['Projectleider', 'Beleidsmedewerker']);
      expect(spoken(part(el, 'undo'))).to.equal('Ervaring 2: Adviseur is verwijderd. Zet terug: Ervaring 2: Adviseur');
      const buttons = (await accessibilityTree()).filter((node) => node.role === 'button').map((node) => node.name);
      expect(buttons, 'no space before the colon').to.include('Zet terug: Ervaring 2: Adviseur');
      await expect(el).to.be.accessible();

      await press(el, 'experience-undo');
      expect(titles(el)).to.deep.equal(['Projectleider', 'Adviseur', 'Beleidsmedewerker']);
      expect(control(el, 'experience.1.organisation').value, 'what was typed').to.equal('Gemeente Halderberge en Rucphen');
      expect(focused(el)).to.equal(control(el, 'experience.1.title'));
      expect(text(live)).to.equal('Ervaring 2: Adviseur staat weer in de lijst.');
      expect(part(el, 'undo')).to.equal(null);
      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      expect(stored()!.experience.map((e) => e.organisation)).to.deep.equal(['Gemeente Steenbergen', 'Gemeente Halderberge en Rucphen', 'Provincie Noord-Brabant']);
    });

    it('on a stale save (412) keeps the edits, shows both versions, and saves again with the new ETag', async () => {
      own();
      const el = await mount();
      await type(el, 'headline', 'Mijn nieuwe kopregel');
      await type(el, 'bio', 'Mijn eigen tekst over mezelf.');
      // Meanwhile the profile is saved elsewhere (another tab): version 2.
      const current = stored()!;
      await backend.store.updateProfile({ ...current, headline: 'Kopregel uit het andere venster', skills: ['Verandermanagement'] }, 1);

      await save(el);
      await savedOrFailed(el);
      const conflict = part(el, 'conflict')!;
      expect(focused(el)).to.equal(conflict);
      expect(text(conflict)).to.contain('Je profiel is intussen gewijzigd').and.contain('Wat je typte is bewaard.');
      const parts = Object.fromEntries([...conflict.querySelectorAll('fieldset')].map((f) => [text(f.querySelector('legend')), f]));
      // Not "Over mij": only I changed it, so its "newer version" would be the old text.
      expect(Object.keys(parts)).to.have.members(['Kopregel', 'Vaardigheden']);
      expect(text(parts.Kopregel)).to.contain('Jouw versie: Mijn nieuwe kopregel').and.contain('Nieuwe versie: Kopregel uit het andere venster');
      // Mine where I changed it, theirs where only they did.
      expect(parts.Kopregel.querySelector<HTMLInputElement>('input[value="mine"]')!.checked).to.be.true;
      expect(parts.Vaardigheden.querySelector<HTMLInputElement>('input[value="theirs"]')!.checked).to.be.true;
      expect(control(el, 'headline').value).to.equal('Mijn nieuwe kopregel');
      expect(control(el, 'bio').value).to.equal('Mijn eigen tekst over mezelf.');
      expect(control(el, 'skills').value).to.equal('Verandermanagement');
      // Each choice a target of at least 24 × 24 px (WCAG 2.5.8), its label beside it.
      for (const radio of conflict.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        const box = radio.getBoundingClientRect();
        expect(Math.min(box.width, box.height), radio.id).to.be.at.least(24);
        expect(radio.labels![0].getBoundingClientRect().left, `${radio.id}'s label beside it`).to.be.at.least(box.right);
      }
      await expect(el).to.be.accessible();

      // Take their headline after all.
      parts.Kopregel.querySelector<HTMLInputElement>('input[value="theirs"]')!.click();
      await settle(el);
      expect(control(el, 'headline').value).to.equal('Kopregel uit het andere venster');

      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      const patches = writes('PATCH');
      expect(patches.map((p) => p.headers.get('If-Match'))).to.deep.equal(['"v1"', '"v2"']);
      expect(await patches[1].json()).to.deep.equal({ bio: 'Mijn eigen tekst over mezelf.' });
      expect(stored()).to.deep.include({ headline: 'Kopregel uit het andere venster', bio: 'Mijn eigen tekst over mezelf.', skills: ['Verandermanagement'], version: 3 });
      expect(part(el, 'conflict')).to.be.null;
    });

    it('after a 412 whose newer version changed nothing the visitor has otherwise, says so instead of offering nothing to choose', async () => {
      own();
      const el = await mount();
      await type(el, 'headline', 'Mijn nieuwe kopregel');
      await type(el, 'bio', 'Mijn eigen tekst over mezelf.');
      // Another window saved the same headline: nothing of theirs differs from what was typed.
      await backend.store.updateProfile({ ...stored()!, headline: 'Mijn nieuwe kopregel' }, 1);

      await save(el);
      await savedOrFailed(el);
      const conflict = part(el, 'conflict')!;
      expect(focused(el)).to.equal(conflict);
      expect(conflict.querySelectorAll('fieldset')).to.have.length(0);
      expect(text(conflict)).to.contain('Die versie is overgenomen en wat je typte staat er nog.').and.not.contain('Kies per onderdeel');
      expect(control(el, 'bio').value).to.equal('Mijn eigen tekst over mezelf.');
      await expect(el).to.be.accessible();

      conflict.querySelector<HTMLButtonElement>('.actions button')!.click();
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      expect(writes('PATCH').map((p) => p.headers.get('If-Match'))).to.deep.equal(['"v1"', '"v2"']);
      expect(stored()).to.deep.include({ headline: 'Mijn nieuwe kopregel', bio: 'Mijn eigen tekst over mezelf.', version: 3 });
    });

    it('keeps a draft of an edit, which meets the newer version when it is saved after a reload', async () => {
      own();
      let el = await mount();
      await type(el, 'headline', 'Getypt voor het herladen');
      el.closest('div')!.remove();
      const current = stored()!;
      await backend.store.updateProfile({ ...current, name: 'Anne-Marie Backx-de Wit' }, 1);

      el = await mount();
      expect(control(el, 'headline').value).to.equal('Getypt voor het herladen');
      expect(control(el, 'name').value, 'the draft, from before the other change').to.equal('Anne-Marie Backx');
      await save(el);
      await savedOrFailed(el);
      const conflict = part(el, 'conflict')!;
      expect([...conflict.querySelectorAll('legend')].map(text), 'what they changed, not what only the draft did').to.deep.equal(['Naam']);
      expect(control(el, 'name').value, 'their change, which the draft did not touch').to.equal('Anne-Marie Backx-de Wit');
      expect(control(el, 'headline').value, 'the draft’s own change').to.equal('Getypt voor het herladen');
      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      expect(stored()).to.deep.include({ name: 'Anne-Marie Backx-de Wit', headline: 'Getypt voor het herladen' });
    });
  });

  describe('after a reload or a conflict', () => {
    it('gives a kept draft back only to whoever typed it: the next person to sign in in the same tab starts empty', async () => {
      let el = await mount();
      await type(el, 'name', 'Getypt door de eerste');
      el.closest('div')!.remove();

      // The same person with a refreshed token (the same `sub`): the draft is theirs.
      el = await mount({ claims: { network: false } });
      expect(control(el, 'name').value).to.equal('Getypt door de eerste');
      expect(text(part(el, 'draft-notice'))).to.contain('We hebben bewaard wat je eerder invulde');
      el.closest('div')!.remove();

      // Signed out, and someone else signs in in the same tab.
      el = await mount({ sub: 'pro-2' });
      expect(control(el, 'name').value).to.equal('');
      expect(part(el, 'draft-notice')).to.equal(null);
      expect(JSON.stringify({ ...sessionStorage }), 'the first one’s draft is gone').not.to.contain('Getypt door de eerste');
      await expect(el).to.be.accessible();
    });

    it('discards a restored edit by returning to the profile as it is stored now', async () => {
      own();
      let el = await mount();
      await type(el, 'headline', 'Getypt voor het herladen');
      el.closest('div')!.remove();
      await backend.store.updateProfile({ ...stored()!, name: 'Anne-Marie Backx-de Wit' }, 1);

      el = await mount();
      expect(control(el, 'name').value, 'the draft, from before the other change').to.equal('Anne-Marie Backx');
      part(el, 'draft-notice')!.querySelector('button')!.click();
      await settle(el);
      expect(control(el, 'name').value).to.equal('Anne-Marie Backx-de Wit');
      expect(control(el, 'headline').value).to.equal('Projectleider en verbinder tussen gemeenten');
      await type(el, 'bio', 'Nieuw over mij.');
      await save(el);
      await waitFor(() => part(el, 'saved'), { message: 'saved' });
      expect(writes('PATCH').map((r) => r.headers.get('If-Match')), 'the ETag of the version shown').to.deep.equal(['"v2"']);
    });

    it('shows the newer region in the select when it is taken after a 412, though the visitor had picked one', async () => {
      own();
      const el = await mount();
      await pickRegion(el, 'Zee');
      expect(control<HTMLSelectElement>(el, 'region').value).to.equal('zeeland');
      await backend.store.updateProfile({ ...stored()!, region: { value: 'midden-brabant', label: 'Midden-Brabant' } }, 1);
      await save(el);
      await savedOrFailed(el);
      const region = [...part(el, 'conflict')!.querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend')) === 'Regio')!;
      expect(text(region)).to.contain('Jouw versie: Zeeland').and.contain('Nieuwe versie: Midden-Brabant');
      region.querySelector<HTMLInputElement>('input[value="theirs"]')!.click();
      await settle(el);
      expect(control<HTMLSelectElement>(el, 'region').value).to.equal('midden-brabant');
      // Back to the one the visitor picked: its option is "dirty" (HTML), so only the select's value can move it back.
      region.querySelector<HTMLInputElement>('input[value="mine"]')!.click();
      await settle(el);
      expect(control<HTMLSelectElement>(el, 'region').value).to.equal('zeeland');
    });
  });

  describe('language, preview and layout', () => {
    it('speaks English, accessibly', async () => {
      const el = await mount({ lang: 'en' });
      expect(text(root(el).querySelector('label[for="field-name"]'))).to.equal('Name');
      expect(text(part(el, 'submit'))).to.equal('Create my profile');
      expect(text(root(el).querySelector('[data-field="visibility"] legend'))).to.equal('Who sees your profile?');
      await save(el);
      await savedOrFailed(el);
      expect(summaryItems(el)[0]).to.equal('Enter your name');
      expect(summaryItems(el)).to.include('Choose the kind of professional');
      await expect(el).to.be.accessible();
    });

    it('offers the language of the text, each language in its own words; the preview marks the texts with it, and it is saved', async () => {
      const el = await mount();
      const language = control<HTMLSelectElement>(el, 'language');
      expect(text(root(el).querySelector('label[for="field-language"]'))).to.equal('Taal van de tekst');
      expect([...language.options].map((o) => [o.textContent, o.lang])).to.deep.equal([['Nederlands', 'nl'], ['English', 'en']]);
      expect(language.value, 'Dutch first').to.equal('nl');
      await fillMinimum(el);
      const headline = () => root(el).querySelector('profile-card')!.shadowRoot!.querySelector('.headline')!;
      expect(headline().hasAttribute('lang'), 'Dutch on a Dutch page').to.be.false;

      await type(el, 'headline', 'Policy adviser for participation');
      language.focus();
      await sendKeys({ type: 'Eng' });
      await settle(el);
      expect(language.value).to.equal('en');
      await waitFor(() => headline().getAttribute('lang') === 'en', { message: 'the preview in English' });
      await expect(el).to.be.accessible();

      await save(el);
      await savedOrFailed(el);
      expect((await writes('POST')[0].clone().json()).language).to.equal('en');
      expect(stored()!.language).to.equal('en');
      expect(control<HTMLSelectElement>(el, 'language').value, 'as stored').to.equal('en');
    });

    it('marks what the professional writes with that language, as the choice changes; labels, numbers, dates and addresses not', async () => {
      const el = await mount();
      await press(el, 'field-experience');
      // Their own words (as the card marks them): spellchecked and read aloud in their language.
      const written = ['name', 'headline', 'bio', 'coreQualities', 'skills', 'experience.0.title', 'experience.0.organisation'];
      const languages = () => written.map((name) => control(el, name).getAttribute('lang'));
      expect(languages(), 'Dutch first').to.deep.equal(written.map(() => 'nl'));

      control(el, 'language').focus();
      await sendKeys({ type: 'Eng' });
      await settle(el);
      await type(el, 'headline', 'Policy adviser for participation');
      await type(el, 'experience.0.title', 'Programme manager');
      expect(languages()).to.deep.equal(written.map(() => 'en'));
      const others = [...root(el).querySelectorAll<HTMLElement>('form input, form select, form textarea')].filter((c) => !written.includes(c.getAttribute('name')!));
      expect(others.filter((c) => c.hasAttribute('lang')).map((c) => c.getAttribute('name')), 'hours, months, amounts, links, e-mail, phone, choices').to.deep.equal([]);
      expect(root(el).querySelectorAll('label[lang], legend[lang], .hint[lang]').length, 'what the form says stays Dutch').to.equal(0);
      await expect(el).to.be.accessible();

      control(el, 'language').focus();
      await sendKeys({ type: 'Ned' });
      await settle(el);
      expect(languages(), 'back to Dutch').to.deep.equal(written.map(() => 'nl'));
    });

    it("keeps a stored profile's language, and changes only it when only it is chosen", async () => {
      own({ language: 'en' });
      const el = await mount();
      expect(control<HTMLSelectElement>(el, 'language').value).to.equal('en');
      await type(el, 'headline', 'Project leader and connector');
      await save(el);
      await savedOrFailed(el);
      expect(await writes('PATCH')[0].clone().json(), 'the language unchanged').to.deep.equal({ headline: 'Project leader and connector' });
      control(el, 'language').focus();
      await sendKeys({ type: 'Ned' });
      await settle(el);
      await save(el);
      await waitFor(() => writes('PATCH').length === 2, { message: 'second save' });
      expect(await writes('PATCH')[1].clone().json()).to.deep.equal({ language: 'nl' });
    });

    it('updates the preview as the professional types, without a loading state in between', async () => {
      own();
      const el = await mount();
      const card = root(el).querySelector('profile-card')!;
      let loading = false;
      const watch = new MutationObserver(() => {
        loading ||= !!card.shadowRoot!.querySelector('.skeletons, [role="status"]');
      });
      watch.observe(card.shadowRoot!, { childList: true, subtree: true });
      await type(el, 'name', 'Anne-Marie Backx-de Wit');
      watch.disconnect();
      expect(previewName(el)).to.equal('Anne-Marie Backx-de Wit');
      expect(loading, 'no skeleton (and no "loading" announcement) per keystroke').to.be.false;
    });

    it('keeps all of a long preview within reach beside the form: it scrolls on its own, by keyboard too', async () => {
      await setViewport({ width: 1280, height: 800 });
      own({ experience: THREE_ENTRIES, bio: 'Over mij. '.repeat(120) });
      const el = await mount();
      const preview = part(el, 'preview')!;
      await waitFor(() => preview.scrollHeight > preview.clientHeight, { message: 'a preview taller than the window' });
      expect(preview.getBoundingClientRect().bottom, 'within the window').to.be.at.most(window.innerHeight);
      await waitFor(() => preview.tabIndex === 0, { message: 'a tab stop while it scrolls' });
      preview.focus();
      expect(root(el).activeElement, 'the preview has focus').to.equal(preview);
      await sendKeys({ press: 'End' });
      await waitFor(() => preview.scrollTop > 0, { message: 'scrolled by keyboard' });
      await expect(el).to.be.accessible();
      // Below the form (320 px) it scrolls with the page: no tab stop of its own.
      await setViewport({ width: 320, height: 640 });
      await waitFor(() => !preview.hasAttribute('tabindex'), { message: 'no tab stop below the form' });
      await setViewport({ width: 1280, height: 800 });
    });

    // 320 px wide, and 640 px: what 1280 px shows at 200 % zoom.
    for (const [width, height] of [
      [320, 640],
      [640, 400],
    ]) {
      it(`fits ${width} px without sideways scrolling, with entries and a conflict shown, accessibly`, async () => {
        await setViewport({ width, height });
        try {
          own();
          const el = await mount();
          await type(el, 'headline', 'Een lange kopregel die bij smalle schermen over meerdere regels loopt');
          await backend.store.updateProfile({ ...stored()!, headline: 'Kopregel uit het andere venster' }, 1);
          await save(el);
          await savedOrFailed(el);
          expect(part(el, 'conflict')).to.exist;
          expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
          await expect(el).to.be.accessible();
        } finally {
          await setViewport({ width: 1280, height: 800 });
        }
      });
    }
  });
});
