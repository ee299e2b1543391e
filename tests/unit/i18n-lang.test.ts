import { describe, expect, it } from 'vitest';
import { eachLang, langPaths, localizePath, splitLangPath } from '../../src/i18n/lang';
import { fillPlural, pluralTemplates } from '../../src/lib/plural';
import { formatDate, formatDateTime } from '../../src/lib/dates';
import { useTranslations } from '../../src/i18n/index';
import { DEFAULT_ASSESSMENT_NAME, shownName } from '../../src/lib/saved-format';

describe('addresses per language', () => {
  it('keeps English at the root and puts Polish under /pl/', () => {
    expect(localizePath('/handbook/', 'en')).toBe('/handbook/');
    expect(localizePath('/handbook/', 'pl')).toBe('/pl/handbook/');
    expect(localizePath('summary/#assessments', 'pl')).toBe('/pl/summary/#assessments');
  });
  it('links a page made in English only at its English address', () => {
    expect(localizePath('/handbook/print/', 'pl')).toBe('/handbook/print/');
    expect(localizePath('/scorecard/worksheet/', 'pl')).toBe('/scorecard/worksheet/');
  });
  it('reads the language and the language-free path from an address, with or without a base path', () => {
    expect(splitLangPath('/pl/handbook/know-the-needs/')).toEqual({ lang: 'pl', path: '/handbook/know-the-needs/' });
    expect(splitLangPath('/handbook/')).toEqual({ lang: 'en', path: '/handbook/' });
    expect(splitLangPath('/pl/')).toEqual({ lang: 'pl', path: '/' });
    expect(splitLangPath('/some/path/pl/summary/', '/some/path/')).toEqual({ lang: 'pl', path: '/summary/' });
    expect(splitLangPath('/some/path/', '/some/path')).toEqual({ lang: 'en', path: '/' });
    // A page whose name merely starts with a language code is no language.
    expect(splitLangPath('/plans/')).toEqual({ lang: 'en', path: '/plans/' });
  });
  it('makes one page per language', async () => {
    expect(langPaths().map((p) => p.params.lang)).toEqual([undefined, 'pl']);
    const paths = await eachLang((lang) => [{ params: { id: 'a' }, props: { n: lang.length } }]);
    expect(paths).toEqual([
      { params: { id: 'a', lang: undefined }, props: { n: 2, lang: 'en' } },
      { params: { id: 'a', lang: 'pl' }, props: { n: 2, lang: 'pl' } },
    ]);
  });
});

describe('numbers and plurals for scripts that take their words from the page', () => {
  it('makes one template per plural category and fills in the number', () => {
    const en = pluralTemplates('en-GB', (n) => useTranslations('en').search.results(n, '{q}'));
    expect(en).toEqual({ one: '{n} result for “{q}”', other: '{n} results for “{q}”' });
    const pl = pluralTemplates('pl', (n) => useTranslations('pl').search.results(n, '{q}'));
    expect(Object.keys(pl).sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(fillPlural(pl, 1, 'pl')).toBe('1 wynik dla „{q}”');
    expect(fillPlural(pl, 3, 'pl')).toBe('3 wyniki dla „{q}”');
    expect(fillPlural(pl, 5, 'pl')).toBe('5 wyników dla „{q}”');
    expect(fillPlural(pl, 22, 'pl')).toBe('22 wyniki dla „{q}”');
    expect(fillPlural(en, 1, 'en-GB')).toBe('1 result for “{q}”');
  });
});

describe('the first assessment’s default name', () => {
  it('shows in the page language, and a name the reader gave stays as written', () => {
    expect(shownName(DEFAULT_ASSESSMENT_NAME, useTranslations('pl').badge.defaultName)).toBe('Moja samoocena');
    expect(shownName('Zespół A', 'Moja samoocena')).toBe('Zespół A');
  });
});

describe('dates in the page language', () => {
  const moment = new Date(2026, 11, 1, 14, 5);
  it('writes Polish dates for Polish pages', () => {
    expect(formatDate(moment, 'pl')).toBe('1 grudnia 2026');
    expect(formatDateTime(moment, 'pl')).toBe('1 grudnia 2026, 14:05');
    expect(formatDate(moment, 'en')).toBe('1 December 2026');
  });
});
