/**
 * Every translated content file keeps its English original's shape (scripts/check-translation.mjs:
 * the same keys, ids in the same order, list lengths, slugs, numbers, and in MDX the same headings,
 * links and components), and the interactive core is translated in full: every handbook chapter,
 * checklist, quality dimension and glossary entry has its file in each language.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFile, translatedFiles } from '../../scripts/check-translation.mjs';
import { LANGS, DEFAULT_LANG } from '../../src/i18n/lang';

const content = new URL('../../content/', import.meta.url).pathname;
const others = LANGS.filter((l) => l !== DEFAULT_LANG);
/** The collections a reader works with: each must be translated completely. */
const CORE = ['handbook', 'checklists', 'quality', 'glossary'];

describe('compareFile', () => {
  it('reports a changed id, a dropped item and a changed link target', () => {
    const en = 'title: A\nitems:\n  - id: one\n    text: One\n  - id: two\n    text: Two\n';
    expect(compareFile(en, 'title: B\nitems:\n  - id: one\n    text: Jeden\n  - id: two\n    text: Dwa\n', 'x.yaml')).toEqual([]);
    expect(compareFile(en, 'title: B\nitems:\n  - id: jeden\n    text: Jeden\n', 'x.yaml')).toEqual([
      'items: 2 items in English, 1 here',
      'items[0].id: must stay "one", is "jeden"',
    ]);
    expect(compareFile('---\ntitle: A\n---\nSee [this](/handbook/).\n', '---\ntitle: B\n---\nZobacz [to](/podrecznik/).\n', 'x.mdx')).toEqual([
      'body links: English "/handbook/", here "/podrecznik/"',
    ]);
  });
});

describe.each(others)('content in %s', (lang) => {
  const files = translatedFiles(lang);
  it('has files to check', () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map(([, c, f]) => `${c}/${f}`))('%s has the shape of its English original', (file) => {
    const en = join(content, file);
    expect(existsSync(en), `no English original for ${file}`).toBe(true);
    expect(compareFile(readFileSync(en, 'utf8'), readFileSync(join(content, lang, file), 'utf8'), file)).toEqual([]);
  });
  it.each(CORE)('translates every file of %s', (collection) => {
    const english = readdirSync(join(content, collection)).filter((f) => /\.(ya?ml|mdx?)$/.test(f));
    const missing = english.filter((f) => !existsSync(join(content, lang, collection, f)));
    expect(missing).toEqual([]);
  });
});
