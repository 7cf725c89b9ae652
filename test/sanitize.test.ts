import { expect } from '@open-wc/testing';
import payloads from './data/xss-payloads.json' with { type: 'json' };
import { allowedAttributes, allowedElements, setSanitizedHtml, type SanitizerEngine } from '../src/shared/sanitize.js';

const engines: SanitizerEngine[] = ['auto', 'dompurify'];
const hostile = [...payloads.blns, ...payloads.dp, ...payloads.href.map((href) => `<a href="${href}">link</a>`)];

async function sanitized(html: string, engine: SanitizerEngine): Promise<HTMLElement> {
  const target = document.createElement('div');
  document.body.append(target);
  await setSanitizedHtml(target, html, engine);
  return target;
}

for (const engine of engines) {
  describe(`rich text through ${engine === 'auto' ? "the browser's HTML Sanitizer" : 'DOMPurify'}`, () => {
    afterEach(() => {
      for (const el of document.body.querySelectorAll(':scope > div')) el.remove();
    });

    it('keeps formatting, lists, headings and http(s)/mailto links', async () => {
      const target = await sanitized(
        '<h3>Taken</h3><p><strong>Vet</strong> en <em>schuin</em></p><ul><li>een</li></ul><a href="https://example.nl/x">web</a> <a href="mailto:a@example.nl">mail</a>',
        engine,
      );
      expect(target.querySelector('h3')!.textContent).to.equal('Taken');
      expect(target.querySelector('strong')).to.exist;
      expect(target.querySelector('li')!.textContent).to.equal('een');
      expect([...target.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.nl/x', 'mailto:a@example.nl']);
      expect(target.querySelector('a')!.rel).to.equal('noopener noreferrer nofollow');
    });

    it('keeps the text of a description wrapped in containers a CMS adds', async () => {
      const target = await sanitized('<div class="cms"><section><p>Binnen een div</p></section><table><tr><td>cel</td></tr></table></div>', engine);
      expect(target.querySelector('p')!.textContent).to.equal('Binnen een div');
      expect(target.textContent).to.include('cel');
      expect(target.querySelector('div, section, table')).to.be.null;
    });

    it('drops images, media, forms, styles, scripts and event handlers', async () => {
      const target = await sanitized(
        '<p style="color:red" onclick="window.__xss=1">x</p><img src=x onerror="window.__xss=1"><video src=x></video><form><input></form><style>p{}</style><script>window.__xss=1</script><iframe src="https://evil"></iframe>',
        engine,
      );
      expect(target.querySelector('img, video, form, input, style, script, iframe')).to.be.null;
      expect(target.querySelector('[style], [onclick]')).to.be.null;
    });

    it(`stays inert for all ${hostile.length} hostile payloads of shared/data`, async () => {
      const w = window as { __xss?: unknown; alert: unknown; prompt: unknown };
      const alert = w.alert;
      const prompt = w.prompt;
      let called = 0;
      w.alert = w.prompt = () => called++;
      try {
        for (const html of hostile) {
          const target = await sanitized(html, engine);
          for (const el of target.querySelectorAll('*')) {
            expect(allowedElements, html).to.include(el.localName);
            for (const attr of el.attributes) expect([...allowedAttributes, 'rel'], html).to.include(attr.name);
            const href = el.getAttribute('href');
            if (href !== null) expect(href, html).to.match(/^(https?|mailto):/);
          }
          target.remove();
        }
        await new Promise((r) => setTimeout(r, 100));
        expect(called).to.equal(0);
        expect(w.__xss).to.be.undefined;
      } finally {
        w.alert = alert;
        w.prompt = prompt;
      }
    });
  });
}
