/**
 * Every glossary expansion (what an acronym's letters stand for) either occurs in one of the five
 * source documents or is marked `expansionByEditors: true`, which the glossary shows to the reader.
 * The editors add an expansion only where it is the organisation's own official name (see
 * content/README.md). A marked expansion that a source does spell out must lose its mark, so the
 * mark stays honest both ways. The English name shown beside a name in another language (`english`)
 * is never the editors': it must occur in a source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allSourcesText, flatten, haveSources } from './source-text';

const dir = join(__dirname, '../../content/glossary');
const glossary = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, f), 'utf8')) }));

describe.skipIf(!haveSources)('glossary expansions come from the sources or are marked', () => {
  const sources = allSourcesText();
  const inSources = (s: string) => sources.includes(flatten(s));

  it('has expansions to check', () => {
    expect(glossary.filter((g) => g.expansion).length).toBeGreaterThan(30);
  });

  it('every unmarked expansion occurs in a source document', () => {
    const missing = glossary.filter((g) => g.expansion && !g.expansionByEditors && !inSources(g.expansion)).map((g) => `${g.id}: ${g.expansion}`);
    expect(missing).toEqual([]);
  });

  it('no expansion that a source gives is marked as added by the editors', () => {
    const wronglyMarked = glossary.filter((g) => g.expansion && g.expansionByEditors && inSources(g.expansion)).map((g) => g.id);
    expect(wronglyMarked).toEqual([]);
  });

  it('every English name given beside an expansion occurs in a source document', () => {
    const missing = glossary.filter((g) => g.english && !inSources(g.english)).map((g) => `${g.id}: ${g.english}`);
    expect(missing).toEqual([]);
  });

  it('marks only entries that have an expansion', () => {
    expect(glossary.filter((g) => g.expansionByEditors && !g.expansion).map((g) => g.id)).toEqual([]);
  });
});
