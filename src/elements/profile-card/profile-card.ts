import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { carryContentLanguage } from '../../api/content-language.js';
import { FlexschilError } from '../../api/errors.js';
import type { ProfileInput } from '../../api/schemas.js';
import { Profile } from '../../api/validators/profile.js';
import { codeLabel } from '../../i18n/codes.js';
import { common } from '../../i18n/common.js';
import { formatDate, formatHours, formatMoney, today } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { profileCard as messages } from '../../i18n/profiles.js';
import { contentLang, fill, marked, textLang } from '../../shared/backend-text.js';
import { type ContactLinks, contactLinks } from '../../shared/contact.js';
import { emit } from '../../shared/events.js';
import { FlexschilElement } from '../../shared/flexschil-element.js';
import { fact, factsStyles } from '../../shared/facts.js';
import { clampLevel } from '../../shared/headings.js';
import { renderError, renderSkeleton } from '../../shared/states.js';
import { base, tokens } from '../../styles/tokens.js';
import { styles } from './profile-card.styles.js';

/** How many skills a compact card lists before "and n more". */
const COMPACT_SKILLS = 4;

/**
 * One professional "as a business card": photo or initials, name, headline, kind, employer,
 * fields, availability, region and rate; the full variant (an e-portfolio) adds core qualities,
 * skills, experience, bio, links and contact details — each only when the profile has it.
 *
 * @summary A professional's profile (e-portfolio) from a Flexschil backend or a host-supplied object.
 * @tagname profile-card
 *
 * @fires profile-contact - `{ profile }` when the visitor uses an e-mail or phone link. Cancelable: `preventDefault()` keeps the mail program or dialler closed (to show your own contact form instead).
 * @fires flexschil-error - `{ status, title, detail }` when the profile could not be loaded (or the `profile` property is not a valid profile); the card shows a message and a retry.
 *
 * @slot actions - Buttons or links shown at the bottom of the card (`profile-directory` puts "View profile" here).
 *
 * @csspart card - The card (an `<article>`).
 * @csspart photo - The photo, or the initials when there is no (loadable) photo.
 * @csspart name - The heading with the professional's name.
 * @csspart badges - The list with kind, visibility and fields.
 * @csspart contact - The contact section (full variant, only when the profile publishes contact details).
 * @csspart error - The message when loading failed, with its retry button.
 *
 * @cssprop [--flexschil-profile-card-background-color=var(--flexschil-color-background)] - Card surface.
 * @cssprop [--flexschil-profile-card-border-color=var(--flexschil-color-border)] - Card border.
 * @cssprop [--flexschil-profile-card-padding=var(--flexschil-space)] - Card padding.
 * @cssprop [--flexschil-profile-card-name-color=var(--flexschil-color-text)] - The name heading.
 * @cssprop [--flexschil-profile-card-photo-size=96px] - Width and height of the photo or initials (full variant; compact uses 64px unless set).
 * @cssprop [--flexschil-profile-card-photo-background-color=var(--flexschil-color-primary)] - Background of the initials.
 * @cssprop [--flexschil-profile-card-photo-color=var(--flexschil-color-primary-contrast)] - Letters of the initials.
 * @cssprop [--flexschil-profile-card-badge-color=var(--flexschil-color-text)] - Badges (kind, fields, visibility).
 * @cssprop [--flexschil-profile-card-timeline-color=var(--flexschil-color-primary)] - The line and dots of the experience timeline.
 * @cssprop [--flexschil-profile-card-name-line-height=1.25] - Line height of the name heading.
 * @cssprop [--flexschil-profile-card-name-font-size-wide=1.6em] - Size of the name in the full variant where the card is at least 36em wide (elsewhere `--flexschil-heading-font-size-xl`, compact `-s`).
 * @cssprop [--flexschil-profile-card-tag-font-size=0.9375em] - Text size of the skill and field tags.
 */
export class ProfileCard extends FlexschilElement {
  static override styles = [tokens, base, factsStyles, styles];

  /** Id of the profile to fetch from the backend (ignored while the `profile` property is set). */
  @property({ attribute: 'profile-id' }) profileId: string | null = null;
  /** The profile to show: a parsed `Profile` or the raw JSON of the API (validated here). Takes precedence over `profile-id`. */
  @property({ attribute: false }) profile: Profile | ProfileInput | null = null;
  /** `full` (default): the whole e-portfolio; `compact`: a tile for a grid. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';
  /** Level of the name's heading (2 by default); section headings of the full card are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The photo URL that failed to load, so initials show instead. */
  @state() private failedPhoto: string | null = null;

  /** @internal */
  private data = new Task(this, {
    task: ([client, id, raw, lang], { signal }) =>
      this.load(async (): Promise<Profile | null> => {
        if (raw) return parseProfile(raw);
        if (!id) return null;
        return (client ?? this.requireClient()).getProfile(id, { signal, lang });
      }),
    // With a `profile` property nothing is fetched: neither the id nor the client matter then.
    args: () =>
      this.profile
        ? ([null, null, this.profile, this.uiLang] as const)
        : ([this.client, this.profileId || null, null, this.uiLang] as const),
  });

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.data.status;
    this.dataState =
      status === TaskStatus.ERROR ? 'error' : status === TaskStatus.COMPLETE ? (this.data.value ? 'ready' : 'empty') : 'loading';
  }

  override render(): TemplateResult | typeof nothing {
    const lang = this.uiLang;
    const skeleton = () => renderSkeleton(1, lang, `skeleton-card ${this.variant}`);
    return this.data.render({
      initial: skeleton,
      // A `profile` property is parsed at once: the card it replaces stays until then, so a card
      // that follows a form (profile-editor's preview) neither flashes nor announces "loading".
      pending: () => (this.profile && this.data.value ? this.renderCard(this.data.value) : skeleton()),
      error: (error) => renderError(error, lang, () => this.data.run()),
      complete: (profile) => (profile ? this.renderCard(profile) : nothing),
    }) as TemplateResult | typeof nothing;
  }

  private renderCard(p: Profile): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const compact = this.variant === 'compact';
    const heading = unsafeStatic(`h${clampLevel(this.headingLevel)}`);
    // Name and headline are the professional's words, marked with their language (WCAG 3.1.2).
    const backend = textLang(p, lang);
    return html`<article class="card ${compact ? 'compact' : 'full'}" part="card" aria-labelledby="name">
      <div class="identity">
        ${this.renderPhoto(p)}
        <div class="who">
          ${staticHtml`<${heading} id="name" class="name" part="name" lang=${p.name.trim() ? backend : nothing}>${p.name.trim() || t.unnamed}</${heading}>`}
          ${p.headline.trim() ? html`<p class="headline" lang=${backend}>${p.headline}</p>` : nothing}
        </div>
      </div>
      ${this.renderBadges(p)}
      ${this.renderFacts(p)}
      ${compact ? this.renderCompactSkills(p) : this.renderPortfolio(p)}
      <div class="actions"><slot name="actions"></slot></div>
    </article>`;
  }

  /** Only what the profile has: no empty labels. */
  private renderFacts(p: Profile): TemplateResult | typeof nothing {
    const lang = this.uiLang;
    const t = messages[lang];
    const backend = textLang(p, lang);
    const facts = [
      p.organisation?.name ? fact(t.organisation, marked(p.organisation.name, backend)) : null,
      p.availability ? fact(t.availability, availabilityText(p.availability, lang)) : null,
      p.region.label ? fact(t.region, marked(p.region.label, contentLang(p, lang))) : null,
      p.rate ? fact(t.rate, rateText(p.rate, lang)) : null,
    ].filter((f) => f !== null);
    return facts.length ? html`<dl class="facts">${facts}</dl>` : nothing;
  }

  private renderPhoto(p: Profile): TemplateResult {
    if (p.photoUrl && p.photoUrl !== this.failedPhoto) {
      const url = p.photoUrl;
      // Decorative: the name is right beside it. No referrer, so the photo host does not learn where the card is shown.
      return html`<img
        class="photo"
        part="photo"
        src=${url}
        alt=""
        width="96"
        height="96"
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${() => {
          this.failedPhoto = url;
        }}
      />`;
    }
    return html`<span class="photo initials" part="photo" aria-hidden="true">${initials(p.name)}</span>`;
  }

  private renderBadges(p: Profile): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    return html`<ul class="badges" part="badges" aria-label=${t.traits}>
      <li class="badge kind">${codeLabel('kind', p.kind, lang)}</li>
      ${p.visibility === 'public' ? nothing : html`<li class="badge restricted">${p.visibility === 'network' ? t.network : t.internal}</li>`}
      ${p.fields.map((f) => html`<li class="badge" lang=${contentLang(p, lang)}>${f.label}</li>`)}
    </ul>`;
  }

  private renderCompactSkills(p: Profile): TemplateResult | typeof nothing {
    if (!p.skills.length) return nothing;
    const t = messages[this.uiLang];
    const shown = p.skills.slice(0, COMPACT_SKILLS);
    const more = p.skills.length - shown.length;
    const backend = textLang(p, this.uiLang);
    return html`<ul class="tags" aria-label=${t.skills}>
      ${shown.map((s) => html`<li lang=${backend}>${s}</li>`)} ${more > 0 ? html`<li class="more">${t.moreSkills(more)}</li>` : nothing}
    </ul>`;
  }

  private renderPortfolio(p: Profile): TemplateResult {
    const t = messages[this.uiLang];
    const h = unsafeStatic(`h${clampLevel(this.headingLevel + 1)}`);
    // Unnamed sections, so not landmarks: a directory with a card open beside a featured one would
    // list "Over mij", "Ervaring"… twice among the page's landmarks. Their headings structure them.
    const section = (id: string, title: string, body: unknown, part?: string) =>
      staticHtml`<section class=${id} part=${part ?? nothing}>
        <${h} id=${`${id}-heading`}>${title}</${h}>
        ${body}
      </section>`;
    const contact = contactLinks(p.contact);
    const backend = textLang(p, this.uiLang);
    const list = (items: string[]) => html`<ul class="tags" lang=${backend}>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
    return html`
      ${p.bio?.trim() ? section('about', t.about, html`<p class="bio" lang=${backend}>${p.bio}</p>`) : nothing}
      ${p.coreQualities.length ? section('qualities', t.coreQualities, list(p.coreQualities)) : nothing}
      ${p.skills.length ? section('skills', t.skills, list(p.skills)) : nothing}
      ${p.experience.length ? section('experience', t.experience, this.renderTimeline(p)) : nothing}
      ${this.hasLinks(p) ? section('links', t.links, this.renderLinks(p)) : nothing}
      ${contact ? section('contact', t.contact, this.renderContact(p, contact), 'contact') : nothing}
    `;
  }

  private renderTimeline(p: Profile): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const backend = textLang(p, lang);
    return html`<ol class="timeline">
      ${p.experience.map(
        (e) => html`<li>
          <span class="role" lang=${backend}>${e.title}</span>
          ${e.organisation ? html`<span class="employer" lang=${backend}>${e.organisation}</span>` : nothing}
          <span class="period"
            >${t.period(formatDate(e.from, lang), e.to ? formatDate(e.to, lang) : t.untilNow)}</span
          >
        </li>`,
      )}
    </ol>`;
  }

  private hasLinks(p: Profile): boolean {
    return !!(p.links.cv || p.links.portfolio || p.links.linkedin);
  }

  private renderLinks(p: Profile): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    // URLs were reduced to http(s)/mailto (or null) when the profile was parsed.
    const link = (href: string | null, label: string) => {
      if (!href) return nothing;
      if (href.startsWith('mailto:')) return html`<li><a href=${href}>${label}</a></li>`;
      return html`<li>
        <a href=${href} target="_blank" rel="noopener noreferrer">${label} <span class="visually-hidden">${common[lang].opensInNewWindow}</span></a>
      </li>`;
    };
    return html`<ul class="link-list">
      ${link(p.links.cv, t.cv)} ${link(p.links.portfolio, t.portfolio)} ${link(p.links.linkedin, t.linkedin)}
    </ul>`;
  }

  private renderContact(p: Profile, c: ContactLinks): TemplateResult {
    const lang = this.uiLang;
    const t = messages[lang];
    const contact = (event: Event) => {
      if (!emit(this, 'profile-contact', { profile: p }, { cancelable: true })) event.preventDefault();
    };
    return html`<ul class="contact-list">
      ${c.email
        ? html`<li>
            ${c.mailto
              ? html`<a class="button" href=${c.mailto} @click=${contact}
                    >${fill(t.email, p.name.trim() ? marked(p.name.trim(), textLang(p, lang)) : c.email)}</a
                  >
                  <span class="address">${c.email}</span>`
              : html`<span class="address">${c.email}</span>`}
          </li>`
        : nothing}
      ${c.phone
        ? html`<li>
            <span class="label">${t.phone}:</span>
            ${c.tel ? html`<a href=${c.tel} @click=${contact}>${c.phone}</a>` : html`<span>${c.phone}</span>`}
          </li>`
        : nothing}
    </ul>`;
  }
}

/** A host-supplied profile goes through the same schema as a fetched one (URLs made safe, shape checked). */
function parseProfile(raw: unknown): Profile {
  const result = Profile.safeParse(raw);
  if (result.success) {
    carryContentLanguage(raw, result.data);
    return result.data;
  }
  console.warn('[flexschil] <profile-card>: the `profile` property is not a valid profile', result.error.issues);
  throw new FlexschilError({ kind: 'invalid-response', status: 0, title: 'Invalid profile', detail: 'The profile property does not match the contract.' });
}

const SPACES = /\s+/;
const LETTER = /\p{L}/u;
const NOT_LOWER_FIRST = /^\P{Ll}/u;

/** "AB" for "Anne-Marie Backx", "JH" for "Jeroen van den Heuvel": first letters of the first and last capitalised word. */
function initials(name: string): string {
  const words = name.trim().split(SPACES).filter((w) => LETTER.test(w));
  if (!words.length) return '?';
  const capitalised = words.filter((w, i) => i === 0 || NOT_LOWER_FIRST.test(w));
  const first = capitalised[0];
  const last = capitalised.length > 1 ? capitalised[capitalised.length - 1] : null;
  const letter = (w: string) => (w.match(LETTER)?.[0] ?? '').toLocaleUpperCase();
  return letter(first) + (last ? letter(last) : '');
}

function availabilityText(a: { hoursPerWeek: number; from: string }, lang: Lang): string {
  const t = messages[lang];
  const hours = formatHours(a.hoursPerWeek, lang);
  return a.from <= today() ? t.availableNow(hours) : t.availableFrom(hours, formatDate(a.from, lang));
}

function rateText(rate: NonNullable<Profile['rate']>, lang: Lang): string {
  const money = formatMoney(rate.amount, rate.currency, rate.unit, lang);
  return messages[lang].rateKind(money, rate.publicRate);
}
