/**
 * The reviewed Polish terms (content/pl/terms.yaml) are used across the Polish content: no form
 * the list rejects (`avoid`) appears in any Polish text, and where an English file's text uses an
 * English term, its Polish file contains the chosen term's stem. Link targets, ids, slugs, MDX
 * imports and component tags are not text and are left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFile, translatedFiles } from '../../scripts/check-translation.mjs';

const content = new URL('../../content/', import.meta.url).pathname;
interface Term { en: string; pl: string; stem: string; avoid: string[] }
const terms = parse(readFileSync(join(content, 'pl', 'terms.yaml'), 'utf8')) as Term[];
const SLUG = /^[a-z0-9]+(?:[-/.][a-z0-9]+)*$/;
/** Fields that hold ids or names kept from the source, not translated text. */
const NOT_TEXT = new Set(['id', 'source', 'author', 'kind', 'chapter', 'sector', 'sources', 'references', 'sectors', 'related', 'guidance', 'audience', 'successFactor', 'keyAreas', 'pillar', 'citedIn', 'url', 'website']);

/** The readable texts of a content file: string values (not ids or slugs) and the body without link targets, imports and tags. */
function textsOf(file: string, raw: string): string[] {
  const { data, body } = splitFile(raw, file);
  const out: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (NOT_TEXT.has(key)) return;
    if (typeof v === 'string') { if (!SLUG.test(v.trim())) out.push(v); }
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(data);
  out.push(
    body
      .split('\n').filter((l: string) => !l.startsWith('import ')).join('\n')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<[^>]+>/g, ' '),
  );
  return out;
}
const textOf = (file: string, raw: string) => textsOf(file, raw).join('\n');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word or phrase, in any case; a hyphen in the English term also matches a space. */
const phrase = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s).replace(/\\-|-/g, '[- ]')}(?![\\p{L}\\p{N}])`, 'iu');

const files = translatedFiles('pl').map(([lang, collection, file]) => {
  const pl = textsOf(file, readFileSync(join(content, lang, collection, file), 'utf8'));
  const en = textsOf(file, readFileSync(join(content, collection, file), 'utf8'));
  // What the translation keeps word for word (names of organisations, programmes, documents, an
  // acronym kept as the glossary's term) is neither English text to translate nor a Polish rendering.
  const inPl = new Set(pl);
  const inEn = new Set(en);
  return {
    name: `${collection}/${file}`,
    pl: pl.filter((t) => !inEn.has(t)).join('\n'),
    en: en.filter((t) => !inPl.has(t)).join('\n'),
  };
});

describe('textOf', () => {
  it('keeps words and leaves out ids, slugs, link targets and components', () => {
    const t = textOf('x.mdx', '---\ntitle: Uchodźcy\nsources: [unhcr-handbook]\n---\nimport A from "./a";\nZobacz [listę](/handbook/checklist/).\n<Quotations quotations={frontmatter.quotations} />\n');
    expect(t).toContain('Uchodźcy');
    expect(t).toContain('[listę]');
    expect(t).not.toContain('unhcr-handbook');
    expect(t).not.toContain('/handbook/checklist/');
    expect(t).not.toContain('Quotations');
  });
});

describe('the reviewed Polish terms', () => {
  it('has terms to check, each with its stem and forms to avoid', () => {
    expect(terms.length).toBeGreaterThan(10);
    for (const t of terms) expect(t.en && t.pl && t.stem && Array.isArray(t.avoid), JSON.stringify(t)).toBeTruthy();
  });
  it.each(terms.filter((t) => t.avoid.length).map((t) => [t.en, t] as const))('no Polish text calls "%s" by a rejected name', (_, term) => {
    const found = files.flatMap((f) => term.avoid.filter((a) => phrase(a).test(f.pl)).map((a) => `${f.name}: "${a}"`));
    expect(found).toEqual([]);
  });
  it.each(terms.map((t) => [t.en, t] as const))('where the English text says "%s", the Polish says its chosen term', (_, term) => {
    const stem = term.stem.toLocaleLowerCase('pl');
    const missing = files.filter((f) => phrase(term.en).test(f.en) && !f.pl.toLocaleLowerCase('pl').includes(stem)).map((f) => f.name);
    expect(missing).toEqual([]);
  });
});
