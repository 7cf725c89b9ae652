// The NL Design System themes (themes/*.css, built by scripts/build-themes.mjs) as a host uses
// them: one <link>, and the widgets take the house style — the package's values on a plain page,
// the municipality's own tokens where its theme defines them.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/match-badge/define.js';
import '../src/elements/profile-card/define.js';
import type { Profile } from '../src/api/schemas.js';
import { makeProfile } from './fixtures.js';
import { waitFor } from './helpers.js';

async function withTheme(name: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${name}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('themes', () => {
  let link: HTMLLinkElement | null = null;
  afterEach(() => link?.remove());

  for (const [theme, primary] of [
    ['utrecht', 'hsl(211 60% 35%)'],
    ['denhaag', 'hsl(138 58% 33%)'],
    ['amsterdam', '#004699'],
    ['rijkshuisstijl', '#154273'],
  ] as const) {
    it(`${theme}: one link gives the package's primary colour, also inside the shadow DOM`, async () => {
      link = await withTheme(theme);
      const badge = await fixture<HTMLElement>(html`<match-badge score="92"></match-badge>`);
      expect(token(badge, '--flexschil-color-primary')).to.equal(primary);
      await waitFor(() => badge.shadowRoot?.querySelector('[part~="badge"]'), { message: 'badge rendered' });
      const inner = badge.shadowRoot!.querySelector('[part~="badge"]')!;
      expect(token(inner, '--flexschil-color-primary')).to.equal(primary);
    });
  }

  it('utrecht: the focus ring, control borders, links, buttons and badges take the house style too', async () => {
    link = await withTheme('utrecht');
    const badge = await fixture<HTMLElement>(html`<match-badge score="92"></match-badge>`);
    expect(token(badge, '--flexschil-focus-outline-width')).to.equal('2px');
    expect(token(badge, '--flexschil-border-width')).to.equal('1px');
    expect(token(badge, '--flexschil-link-hover-color')).to.equal('hsl(211 60% 40%)');
    expect(token(badge, '--flexschil-button-primary-hover-background-color')).to.equal('hsl(211 60% 40%)');
    await waitFor(() => badge.shadowRoot?.querySelector('[part~="badge"]'), { message: 'badge rendered' });
    // Utrecht's badges have square corners: the match badge follows the shared badge shape.
    expect(getComputedStyle(badge.shadowRoot!.querySelector('[part~="badge"]')!).borderTopLeftRadius).to.equal('0px');
  });

  it('every element gets the theme, also the ones a page has without a provider around them', async () => {
    link = await withTheme('denhaag');
    const page = await fixture<HTMLElement>(html`<div><session-list></session-list><application-inbox></application-inbox><profile-editor></profile-editor><assignment-editor></assignment-editor><session-editor></session-editor></div>`);
    for (const element of page.children) expect(token(element, '--flexschil-color-primary'), element.localName).to.equal('hsl(138 58% 33%)');
  });

  for (const theme of ['denhaag', 'utrecht']) {
    it(`${theme}: an element's own badge colour wins over the theme's shared one`, async () => {
      link = await withTheme(theme);
      const card = await fixture<HTMLElement>(html`<profile-card style="--flexschil-profile-card-badge-color: rgb(0, 128, 0)" .profile=${makeProfile() as Profile}></profile-card>`);
      const badge = await waitFor(() => card.shadowRoot?.querySelector('.badge'), { message: 'badges rendered' });
      expect(getComputedStyle(badge).color).to.equal('rgb(0, 128, 0)');
    });
  }

  it("denhaag: without an element's own badge colour, the theme's shared one", async () => {
    link = await withTheme('denhaag');
    const card = await fixture<HTMLElement>(html`<profile-card .profile=${makeProfile() as Profile}></profile-card>`);
    const badge = await waitFor(() => card.shadowRoot?.querySelector('.badge'), { message: 'badges rendered' });
    expect(getComputedStyle(badge).color).to.equal('rgb(46, 46, 46)');
  });

  it("utrecht: a municipality's own tokens on an ancestor win over the package's values", async () => {
    link = await withTheme('utrecht');
    const wrapper = await fixture<HTMLElement>(
      html`<div class="utrecht-theme" style="--utrecht-button-primary-action-background-color: rgb(1, 2, 3); --utrecht-document-font-family: Georgia"><match-badge score="50"></match-badge></div>`,
    );
    const badge = wrapper.querySelector('match-badge')!;
    expect(token(badge, '--flexschil-color-primary')).to.equal('rgb(1, 2, 3)');
    expect(token(badge, '--flexschil-font-family')).to.equal('Georgia');
  });

  it('nl-design-system: the shared --nl-* and --utrecht-* tokens of the page, Flexschil defaults without them', async () => {
    link = await withTheme('nl-design-system');
    const themed = await fixture<HTMLElement>(html`<div style="--nl-link-color: rgb(9, 8, 7); --utrecht-focus-outline-color: rgb(4, 5, 6)"><match-badge score="50"></match-badge></div>`);
    const badge = themed.querySelector('match-badge')!;
    expect(token(badge, '--flexschil-assignment-list-card-title-color')).to.equal('rgb(9, 8, 7)');
    expect(token(badge, '--flexschil-color-focus')).to.equal('rgb(4, 5, 6)');
    const plain = await fixture<HTMLElement>(html`<match-badge score="50"></match-badge>`);
    expect(token(plain, '--flexschil-color-primary')).to.equal('#00508c');
  });

  /** A colour as the browser computes it, as [r, g, b]. */
  function rgb(color: string): number[] {
    const probe = document.createElement('span');
    probe.style.color = color;
    document.body.append(probe);
    const computed = getComputedStyle(probe).color;
    probe.remove();
    return (computed.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  }
  /** WCAG 2.x contrast ratio of two colours. */
  function contrast(a: string, b: string): number {
    const luminance = (color: string) => {
      const [r, g, bl] = rgb(color).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  }

  for (const theme of ['utrecht', 'denhaag', 'amsterdam', 'rijkshuisstijl', 'nl-design-system']) {
    it(`${theme}: text, muted text and errors are readable on the background and on the surfaces (WCAG 1.4.3, 4.5:1)`, async () => {
      link = await withTheme(theme);
      const badge = await fixture<HTMLElement>(html`<match-badge score="92"></match-badge>`);
      // Unset, a token is the widgets' own default (src/styles/tokens.ts).
      const value = (name: string, fallback: string) => token(badge, `--flexschil-${name}`) || fallback;
      const grounds = { background: value('color-background', '#ffffff'), surface: value('color-surface', '#f3f4f6') };
      const texts = { text: value('color-text', '#1a1a1a'), 'text-muted': value('color-text-muted', '#545454'), error: value('color-error', '#b3001b') };
      const failing = Object.entries(texts).flatMap(([text, color]) =>
        Object.entries(grounds).flatMap(([ground, on]) => {
          const ratio = contrast(color, on);
          return ratio < 4.5 ? [`${text} ${color} on ${ground} ${on}: ${ratio.toFixed(2)}:1`] : [];
        }),
      );
      expect(failing).to.deep.equal([]);
    });
  }

  it('every theme sizes in px, never rem: a host page with html { font-size: 62.5% } keeps its 2 px borders', async () => {
    for (const theme of ['utrecht', 'denhaag', 'amsterdam', 'rijkshuisstijl', 'nl-design-system']) {
      const css = await (await fetch(`/themes/${theme}.css`)).text();
      expect(css.match(/[\d.]+rem\b/g), theme).to.equal(null);
    }
  });
});
