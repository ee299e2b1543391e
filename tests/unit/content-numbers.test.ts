/**
 * Every number of two or more digits that the site says in content/ occurs in the source
 * document(s) its entry cites, or is listed below in EXCEPTIONS with the reason it may differ.
 * A figure changed by a slip, or one brought in from outside the sources, fails here.
 *
 * What counts as a number the site "says":
 * - every string value of an entry's data (YAML file or Markdown/MDX front matter) and the text of
 *   a Markdown/MDX body, each compared against the sources of its own entry (see `citedSources`);
 * - a run of digits, with thousands separators ("15,000" is 15000, as in the sources) and
 *   decimals ("2.5") kept together; two or more digits (a lone digit is a list number, a key area
 *   or a count spelled as a figure, too common to mean anything);
 * - a range or pair ("2016-2021", "2015/16") gives each of its numbers.
 * What does not count, because it is an identifier or an address, never a claim:
 * - values under keys that hold ids, references to other entries, links and numbers typed as
 *   numbers (`id`, `order`, `keyArea`, `year`, `file`, `url`, `website`, `sources`, …: see
 *   SKIP_KEYS), and every key of a map (criteria ids);
 * - digits inside a kebab-case id ("oecd-working-together-2018"), inside a link's address
 *   ("](../../sources/#…)" or an URL) and in MDX import lines and `{…}` expressions;
 * - the ordinal of a Markdown list item ("10. ").
 * Dates of access and page numbers of a citation are not exempt: the citation fields repeat the
 * source exactly, so their figures are in it. Years of the references' `year:` fields are typed as
 * numbers and skipped, but the same year stands in the citation text, which is checked.
 * Which sources an entry cites: its `sources` (chapters, practices, sector guides), `citedIn`
 * (references), its definitions' `source` (glossary), its page's sources (checklists), the
 * document itself (sources/documents), the handbook and SPRING (quality dimensions). An entry
 * that names none (a country's actors, which summarise its practices; a glossary entry without a
 * sourced definition) is checked against all five.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOURCE_FILES, haveSources, sourceText } from './source-text';

const root = join(__dirname, '../../content');
const ALL = Object.keys(SOURCE_FILES);

/**
 * Reviewed exceptions: `file` (relative to content/) and number, with the reason it may stand
 * although the cited source does not write it so. Keep each reason specific.
 */
const EXCEPTIONS: { file: string; number: string; reason: string }[] = [
  { file: 'glossary/minors.yaml', number: '18', reason: 'the handbook writes the age in words: "below the age of eighteen"' },
];

/** Keys whose values are identifiers, references, addresses or typed numbers: never a claim. */
const SKIP_KEYS = new Set([
  'id', 'order', 'keyArea', 'year', 'file', 'url', 'website', 'href', 'sources', 'source', 'citedIn',
  'chapter', 'sector', 'pillar', 'successFactor', 'audience', 'question', 'dimension', 'guidance',
  'references', 'related', 'keyAreas', 'sectors', 'countries', 'kind', 'mode', 'shortTitle',
]);

/** Numbers in a text, normalised: "15,000" is "15000"; "2.5" stays; ranges give both ends. */
export function numbersIn(text: string): string[] {
  const cleaned = text
    .replace(/^\s*import .*$/gm, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/^\s*\d+\.\s/gm, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (slug) => (/[a-z]/.test(slug) && /^[a-z]/.test(slug) ? ' ' : slug));
  const found: string[] = [];
  for (const m of cleaned.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    const n = m[0].replace(/,/g, '');
    if (n.replace(/\..*$/, '').length >= 2 || n.includes('.')) found.push(n);
  }
  return found.filter((n) => n.replace('.', '').length >= 2);
}

/** Every number a source document writes, by the same rules (thousands separators, decimals). */
function sourceNumbers(id: string): Set<string> {
  const text = sourceText(id);
  const set = new Set<string>();
  for (const m of text.matchAll(/\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    set.add(m[0].replace(/[, ]/g, ''));
    // "16 100" may be one figure or two numbers side by side: both readings count.
    if (m[0].includes(' ')) for (const part of m[0].split(' ')) set.add(part.replace(/,/g, ''));
  }
  return set;
}

/** The string values of an entry's data, keys in SKIP_KEYS and map keys left out. */
function strings(value: unknown, key = ''): string[] {
  if (SKIP_KEYS.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

interface Entry { file: string; data: any; body: string }

function read(dir: string): Entry[] {
  return readdirSync(join(root, dir))
    .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
    .map((f) => {
      const raw = readFileSync(join(root, dir, f), 'utf8');
      if (/\.mdx?$/.test(f)) {
        const [, fm, ...rest] = raw.split(/^---$/m);
        return { file: `${dir}/${f}`, data: parse(fm!) ?? {}, body: rest.join('---') };
      }
      return { file: `${dir}/${f}`, data: parse(raw) ?? {}, body: '' };
    });
}

const idOf = (e: Entry) => e.file.replace(/^.*\//, '').replace(/\.\w+$/, '');
const chapters = read('handbook');
const sectors = read('sectors');

function citedSources(dir: string, e: Entry): string[] {
  const d = e.data;
  switch (dir) {
    case 'handbook':
    case 'practices':
    case 'sectors':
      return d.sources;
    case 'sources/references':
      return [d.citedIn];
    case 'sources/documents':
      return ALL.filter((id) => SOURCE_FILES[id] === e.data.file);
    case 'checklists': {
      const page = d.chapter ? chapters.find((c) => idOf(c) === d.chapter) : sectors.find((s) => idOf(s) === d.sector);
      return page!.data.sources;
    }
    case 'quality':
      return ['unhcr-mpg-handbook', 'spring-good-practice-criteria'];
    case 'glossary': {
      const own = (d.definitions ?? []).map((x: any) => x.source).filter(Boolean);
      return own.length ? own : ALL;
    }
    case 'countries':
      return ALL;
    default:
      throw new Error(`no rule for the sources of ${dir}`);
  }
}

const DIRS = ['handbook', 'practices', 'sectors', 'checklists', 'glossary', 'countries', 'quality', 'sources/documents', 'sources/references'];

describe('numbersIn', () => {
  it('reads figures, ranges and decimals, and leaves ids, links, list ordinals and lone digits alone', () => {
    expect(numbersIn('over 15,000 people in 2016-2021; 2.5 hours; 7 centres')).toEqual(['15000', '2016', '2021', '2.5']);
    expect(numbersIn('see oecd-working-together-2018 and [the fund](../../sources/#x-2019) or https://a.example/2020')).toEqual([]);
    expect(numbersIn('10. A list item with 24 months')).toEqual(['24']);
    expect(numbersIn('{frontmatter.items[12]} COVID-19')).toEqual(['19']);
  });
});

describe.skipIf(!haveSources)('every figure in content/ is in the source it cites', () => {
  const numbers = Object.fromEntries(ALL.map((id) => [id, sourceNumbers(id)]));

  it.each(DIRS)('%s', (dir) => {
    const problems: string[] = [];
    for (const e of read(dir)) {
      const cited: string[] = citedSources(dir, e);
      const text = [...strings(e.data), e.body].join('\n');
      for (const n of new Set(numbersIn(text))) {
        if (cited.some((id) => numbers[id]!.has(n))) continue;
        if (EXCEPTIONS.some((x) => x.file === e.file && x.number === n)) continue;
        problems.push(`${e.file}: ${n} (cites ${cited.map((id) => SOURCE_FILES[id]).join(', ')})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists no exception that is no longer needed', () => {
    const stale = EXCEPTIONS.filter((x) => {
      const dir = x.file.replace(/\/[^/]+$/, '');
      const e = read(dir).find((y) => y.file === x.file);
      if (!e) return true;
      const inText = numbersIn([...strings(e.data), e.body].join('\n')).includes(x.number);
      const inSource = citedSources(dir, e).some((id) => numbers[id]!.has(x.number));
      return !inText || inSource;
    });
    expect(stale).toEqual([]);
  });
});
