import { expect } from '@open-wc/testing';
import '../src/index.js';
// Loaded on demand with an editor's form, not by src/index.js: imported here to be checked too.
import '../src/i18n/assignment-editor-form.js';
import '../src/i18n/rich-text.js';
import '../src/i18n/version-conflict.js';
import { defineMessages, loadStrings, registry } from '../src/i18n/messages.js';
import type { FieldIssue } from '../src/api/rules/fields.js';
import { applicationIssueText } from '../src/i18n/application-errors.js';
import { draftFieldLabel } from '../src/i18n/draft-errors.js';
import { closingText, formatDate, formatHours, formatList, formatMoney, formatNumber } from '../src/i18n/format.js';
import { plainParagraphs } from '../src/shared/trusted-types.js';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The widgets' tables; the tests below define tables of their own after them. */
const widgetTables = registry.length;

// First in this file: the first test needs a page that has not asked for English yet.
describe('English on demand (issue 15)', () => {
  it('loads a table\'s English only when English is asked for, and Dutch never waits', async () => {
    let loads = 0;
    const table = defineMessages({ hello: 'Hallo', count: (n: number) => `${n} stuks` }, async () => {
      loads++;
      return { hello: 'Hello', count: (n: number) => `${n} items` };
    });
    expect(loadStrings('nl'), 'Dutch is always there').to.be.null;
    expect(table.en.hello, 'Dutch until the English is in').to.equal('Hallo');
    expect(loads).to.equal(0);
    await loadStrings('en');
    expect(table.en.hello).to.equal('Hello');
    expect(table.en.count(3)).to.equal('3 items');
    expect(loadStrings('en'), 'nothing left to load').to.be.null;
    expect(loads).to.equal(1);
  });

  it('once a page asked for English, fetches a table\'s English as soon as the table is defined', async () => {
    let loads = 0;
    const table = defineMessages({ word: 'vier' }, async () => {
      loads++;
      return { word: 'four' };
    });
    await new Promise((resolve) => setTimeout(resolve)); // no one asks for it meanwhile
    expect(loads, 'asked for before any element renders with it').to.equal(1);
    await loadStrings('en');
    expect(table.en.word).to.equal('four');
  });

  it('loads tables defined while it loads, and keeps Dutch where the English fails to load', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      let later: Record<'nl' | 'en', { word: string }> | null = null;
      const first = defineMessages({ word: 'een' }, async () => {
        // A chunk that arrives meanwhile defines its table before this one is in.
        later = defineMessages({ word: 'twee' }, async () => ({ word: 'two' }));
        return { word: 'one' };
      });
      const broken = defineMessages({ word: 'drie' }, () => Promise.reject(new Error('chunk failed')));
      await loadStrings('en');
      expect(first.en.word).to.equal('one');
      expect(later!.en.word, 'the table defined while loading').to.equal('two');
      expect(broken.en.word, 'Dutch, not a missing string').to.equal('drie');
      expect(warnings).to.have.length(1);
      expect(loadStrings('en')).to.be.null;
    } finally {
      console.warn = warn;
    }
  });
});

describe('UI strings', () => {
  it('every message table has every Dutch key in English, of the same kind, and none empty', async () => {
    await loadStrings('en');
    expect(registry.length).to.be.greaterThan(1);
    for (const table of registry.slice(0, widgetTables)) {
      expect(table.en, `English of the table with ${Object.keys(table.nl)[0]}: loaded, not the Dutch kept`).not.to.equal(table.nl);
      expect(Object.keys(table.en).sort()).to.deep.equal(Object.keys(table.nl).sort());
      for (const key of Object.keys(table.nl)) {
        const [nl, en] = [table.nl[key], table.en[key]];
        expect(typeof en, key).to.equal(typeof nl);
        if (typeof nl === 'string') expect(nl.trim(), key).not.to.equal('');
        if (typeof en === 'string') expect(en.trim(), key).not.to.equal('');
      }
    }
  });
});

describe('formatting', () => {
  it('says how far away the closing date is, with the full date for assistive tech', () => {
    expect(closingText('2026-11-27', '2026-11-22', 'nl').text).to.equal('sluit over 5 dagen');
    expect(closingText('2026-11-22', '2026-11-22', 'nl').text).to.equal('sluit vandaag');
    expect(closingText('2026-11-23', '2026-11-22', 'nl').text).to.equal('sluit morgen');
    expect(closingText('2026-11-21', '2026-11-22', 'nl')).to.include({ text: 'gesloten', closed: true });
    expect(closingText('2026-12-20', '2026-11-22', 'nl').full, 'the urgency the screen shows, and the date').to.equal('sluit over 28 dagen, op 20 december 2026');
    expect(closingText('2026-11-22', '2026-11-22', 'en').full).to.equal('closes today, on 22 November 2026');
    expect(closingText('2026-11-27', '2026-11-22', 'en').text).to.equal('closes in 5 days');
    expect(closingText('2026-12-20', '2026-11-22', 'nl', 'closed').text).to.equal('gesloten');
    // Closed before its closing date: closed, not "closed since" a day still to come.
    expect(closingText('2026-12-20', '2026-11-22', 'nl', 'closed').full).to.equal('gesloten');
    expect(closingText('2026-11-22', '2026-11-22', 'en', 'closed').full).to.equal('closed');
    expect(closingText('2026-11-21', '2026-11-22', 'nl', 'closed').full).to.equal('gesloten sinds 21 november 2026');
  });

  it('formats money per unit', () => {
    expect(nbsp(formatMoney(85, 'EUR', 'hour', 'nl'))).to.equal('€ 85 per uur');
    expect(nbsp(formatMoney({ min: 75, max: 95 }, 'EUR', 'hour', 'nl'))).to.equal('€ 75 – € 95 per uur');
    expect(nbsp(formatMoney({ min: null, max: 95.5 }, 'EUR', 'hour', 'nl'))).to.equal('€ 95,50 per uur');
    expect(nbsp(formatMoney(85, 'EUR', 'hour', 'en'))).to.equal('€85 per hour');
    expect(nbsp(formatMoney(85, 'XXX-not-a-code', 'hour', 'nl'))).to.equal('85 per uur');
  });

  it('formats hours and dates', () => {
    expect(formatHours({ min: 16, max: 24 }, 'nl')).to.equal('16–24 uur per week');
    expect(formatHours({ min: 16, max: 16 }, 'nl')).to.equal('16 uur per week');
    expect(formatHours(8, 'en')).to.equal('8 hours per week');
    expect(formatDate('2027-01-01', 'nl')).to.equal('1 januari 2027');
    expect(formatDate('2024-03', 'nl')).to.equal('maart 2024');
    expect(formatDate('2027-01-01', 'en')).to.equal('1 January 2027');
  });
});

describe('formatters are built once per language and option set', () => {
  /** Counts the Intl formatters constructed while `work` runs (issue 15: ~0.3 ms each). */
  function constructions(work: () => void): number {
    const originals = {
      DateTimeFormat: Intl.DateTimeFormat,
      NumberFormat: Intl.NumberFormat,
      RelativeTimeFormat: Intl.RelativeTimeFormat,
      ListFormat: Intl.ListFormat,
    };
    let count = 0;
    for (const [name, original] of Object.entries(originals)) {
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
        construct(target, args) {
          count++;
          return Reflect.construct(target, args);
        },
      });
    }
    try {
      work();
    } finally {
      Object.assign(Intl, originals);
    }
    return count;
  }

  it('formats sixty dates, amounts, closing texts and lists with at most one formatter of each kind', () => {
    const built = constructions(() => {
      for (let i = 0; i < 60; i++) {
        formatDate(`2027-01-${String((i % 28) + 1).padStart(2, '0')}`, 'nl');
        formatMoney({ min: 75, max: 95 }, 'EUR', 'hour', 'nl');
        formatNumber(i, 'nl');
        closingText('2026-12-20', '2026-11-22', 'nl');
        formatList(['a', 'b', 'c'], 'nl');
      }
    });
    expect(built).to.be.at.most(5);
  });

  it('keeps formats per language and option apart', () => {
    expect(formatDate('2027-01-01', 'nl', { short: true })).to.equal('1 jan 2027');
    expect(formatDate('2027-01-01', 'nl')).to.equal('1 januari 2027');
    expect(formatDate('2027-01', 'en')).to.equal('January 2027');
    expect(nbsp(formatMoney(95.5, 'EUR', 'hour', 'nl'))).to.equal('€ 95,50 per uur');
    expect(nbsp(formatMoney(95, 'EUR', 'hour', 'nl'))).to.equal('€ 95 per uur');
  });
});

describe('words looked up by what a backend sent', () => {
  // A backend's unit, field name, error code or entity name that happens to be a member of every
  // object (`constructor`, `toString`) is no word of ours: it was shown as a function's source.
  it('are looked up among our own entries only', () => {
    expect(nbsp(formatMoney(85, 'EUR', 'constructor', 'nl'))).to.equal('€ 85 / constructor');
    expect(applicationIssueText({ name: 'constructor', code: 'toString' } as unknown as FieldIssue, 'nl')).to.equal('Controleer constructor');
    expect(applicationIssueText({ name: 'name', code: 'constructor' } as unknown as FieldIssue, 'en')).not.to.match(/function|object Object/);
    expect(draftFieldLabel('constructor', 'nl')).to.equal('constructor');
    expect(plainParagraphs('<p>&constructor; &amp;</p>').map((p) => p.textContent)).to.deep.equal(['&constructor; &']);
  });
});
