/**
 * Every interface table has the same keys in every language: a key in English and not in Polish
 * (or the reverse) fails, at any depth (functions are leaves; lists must have the same length).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, DEFAULT_LANG } from '../../src/i18n/lang';
import { keyDifferences } from '../../src/i18n/keys';

const dir = new URL('../../src/i18n/', import.meta.url);
const tables = readdirSync(dir).filter((f) => /^ui(-[a-z]+)?\.ts$/.test(f));
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/**/ui*.ts', { eager: true });
const moduleOf = (lang: string, file: string) => modules[`../../src/i18n/${lang === DEFAULT_LANG ? '' : `${lang}/`}${file}`];

describe('keyDifferences', () => {
  it('finds a key missing on either side, at any depth, and a list of another length', () => {
    expect(keyDifferences({ a: 'x', b: { c: 'y', d: () => '' } }, { a: 'x', b: { c: 'y', d: () => '' } })).toEqual([]);
    expect(keyDifferences({ a: 'x', b: { c: 'y' } }, { a: 'x', b: {} })).toEqual(['b.c: missing']);
    expect(keyDifferences({ a: 'x' }, { a: 'x', z: 'extra' })).toEqual(['z: not in the English table']);
    expect(keyDifferences({ a: ['1', '2'] }, { a: ['1'] })).toEqual(['a: 2 items in English, 1 here']);
    expect(keyDifferences({ a: () => '' }, { a: { b: '' } })).toEqual(['a: a function in English, an object here']);
  });
});

describe.each(tables)('the interface table %s', (file) => {
  const english = moduleOf(DEFAULT_LANG, file)!;
  it.each(LANGS.filter((l) => l !== DEFAULT_LANG))('has every key in %s, and no other', (lang) => {
    const translated = moduleOf(lang, file);
    expect(translated, `src/i18n/${lang}/${file} is missing`).toBeDefined();
    for (const [name, table] of Object.entries(english)) {
      expect(translated![name], `src/i18n/${lang}/${file} exports no ${name}`).toBeDefined();
      expect(keyDifferences(table, translated![name])).toEqual([]);
    }
  });
});
