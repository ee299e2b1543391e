import { describe, expect, it } from 'vitest';
import {
  activeCount, bits, buildIndex, changedMembers, emptyFilter, groupOf, chunked, CHUNK, facetOptions, foldText, has, isEmptyFilter, liveCounts, matches, parseFilter, popcount, selection, serialiseFilter, sortOrder,
  type CatalogueEntry, type CatalogueFilter,
} from '../../src/lib/catalogue-filter';

const entry = (over: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  country: ['poland'],
  keyArea: ['coordinate', 'know-the-needs'],
  sector: ['housing'],
  source: ['unhcr-mpg-handbook'],
  kind: ['project'],
  text: foldText('Welcome centre in Gdańsk, Poland. Housing advice for refugees.'),
  ...over,
});
const filter = (over: Partial<CatalogueFilter> = {}): CatalogueFilter => ({ ...emptyFilter(), ...over });

describe('parseFilter and serialiseFilter', () => {
  it('reads several values per facet, the words, the order and the grouping from the address', () => {
    expect(parseFilter('?country=greece&sector=housing&sector=employment&source=unhcr-mpg-handbook&kind=project&q=welcome+centre&sort=country&group=keyArea')).toEqual({
      country: ['greece'], keyArea: [], sector: ['housing', 'employment'], source: ['unhcr-mpg-handbook'], kind: ['project'], q: 'welcome centre', sort: 'country', group: true,
    });
  });

  it('ignores unknown parameters, values that are not options, repeated values and unknown orders', () => {
    const known = { country: new Set(['poland']), keyArea: new Set(['coordinate']) };
    expect(parseFilter('?country=atlantis&country=poland&country=poland&keyArea=coordinate&page=2&sort=random&group=yes', known)).toEqual(
      filter({ country: ['poland'], keyArea: ['coordinate'] }),
    );
  });

  it('round-trips in a fixed order, whatever order the values were chosen in, and gives "" for the default', () => {
    const f = filter({ q: '  gdańsk   housing ', kind: ['project'], sector: ['housing', 'employment'], country: ['poland'], sort: 'source' });
    const order = { sector: ['employment', 'housing'] };
    const s = serialiseFilter(f, order);
    expect(s).toBe('?country=poland&sector=employment&sector=housing&kind=project&q=gda%C5%84sk+housing&sort=source');
    expect(serialiseFilter({ ...f, sector: ['employment', 'housing'] }, order)).toBe(s);
    expect(parseFilter(s)).toEqual({ ...f, sector: ['employment', 'housing'], q: 'gdańsk housing' });
    expect(serialiseFilter(emptyFilter())).toBe('');
    expect(serialiseFilter(filter({ q: '   ' }))).toBe('');
    expect(serialiseFilter(filter({ group: true }))).toBe('?group=keyArea');
  });

  it('counts the active choices and knows an empty filter', () => {
    expect(isEmptyFilter(emptyFilter())).toBe(true);
    expect(isEmptyFilter(filter({ q: ' ', sort: 'country', group: true }))).toBe(true);
    expect(isEmptyFilter(filter({ sector: ['housing'] }))).toBe(false);
    expect(activeCount(filter({ country: ['greece'], sector: ['housing', 'employment'], q: 'x' }))).toBe(4);
  });
});

describe('matches', () => {
  it('lets everything through an empty filter', () => {
    expect(matches(entry(), emptyFilter())).toBe(true);
  });

  it('combines values of one facet with OR and facets with AND', () => {
    expect(matches(entry(), filter({ country: ['poland'], keyArea: ['coordinate'] }))).toBe(true);
    expect(matches(entry(), filter({ country: ['poland'], keyArea: ['serve-everyone'] }))).toBe(false);
    expect(matches(entry(), filter({ country: ['czechia', 'poland'], keyArea: ['serve-everyone', 'coordinate'] }))).toBe(true);
    expect(matches(entry(), filter({ sector: ['employment', 'housing'] }))).toBe(true);
    expect(matches(entry(), filter({ sector: ['employment', 'health'] }))).toBe(false);
  });

  it('needs every word, ignoring case and accents', () => {
    expect(matches(entry(), filter({ q: 'GDANSK housing' }))).toBe(true);
    expect(matches(entry(), filter({ q: 'gdańsk' }))).toBe(true);
    expect(matches(entry(), filter({ q: 'gdansk employment' }))).toBe(false);
  });
});

describe('foldText', () => {
  it('folds accents, case and spaces', () => {
    expect(foldText('  Malmö\n  ŁÓDŹ  Gdańsk ')).toBe('malmo lodz gdansk');
  });
});

describe('facetOptions', () => {
  it('counts each practice once per value, keeps the given order and drops choices no practice has', () => {
    const entries = [entry(), entry({ country: ['czechia', 'poland'] }), entry({ country: ['czechia', 'czechia'] })];
    const choices = [
      { value: 'austria', label: 'Austria' },
      { value: 'poland', label: 'Poland' },
      { value: 'czechia', label: 'Czechia' },
    ];
    expect(facetOptions(entries, 'country', choices)).toEqual([
      { value: 'poland', label: 'Poland', count: 2 },
      { value: 'czechia', label: 'Czechia', count: 2 },
    ]);
  });
});

describe('the facet index', () => {
  // 0: Greece housing; 1: Greece employment; 2: Greece health; 3: Italy housing; 4: Italy and Greece employment.
  const entries = [
    entry({ country: ['greece'], sector: ['housing'] }),
    entry({ country: ['greece'], sector: ['employment'], keyArea: ['serve-everyone'] }),
    entry({ country: ['greece'], sector: ['health'] }),
    entry({ country: ['italy'], sector: ['housing'] }),
    entry({ country: ['italy', 'greece'], sector: ['employment'], kind: ['policy'] }),
  ];
  const index = buildIndex(entries);
  const members = (b: Uint32Array) => entries.map((_, i) => i).filter((i) => has(b, i));

  it('gives the same set as testing each practice, for any combination', () => {
    const filters = [
      filter(),
      filter({ sector: ['housing', 'employment'] }),
      filter({ country: ['greece'], sector: ['housing', 'employment'] }),
      filter({ country: ['italy'], kind: ['policy'] }),
      filter({ country: ['atlantis'] }),
    ];
    for (const f of filters) expect(members(selection(index, f))).toEqual(entries.map((_, i) => i).filter((i) => matches({ ...entries[i]!, text: '' }, f)));
    expect(members(selection(index, filter({ country: ['greece'], sector: ['housing', 'employment'] })))).toEqual([0, 1, 4]);
  });

  it('counts each option together with the other facets, not narrowed by its own facet', () => {
    const counts = liveCounts(index, filter({ country: ['greece'], sector: ['housing'] }));
    // Country counts ignore the chosen country but keep the sector: Greece and Italy each have one housing practice.
    expect(Object.fromEntries(counts.country)).toEqual({ greece: 1, italy: 1 });
    // Sector counts keep Greece: what adding each sector would give.
    expect(Object.fromEntries(counts.sector)).toEqual({ housing: 1, employment: 2, health: 1 });
    // Other facets see both: only practice 0 is Greek and about housing.
    expect(Object.fromEntries(counts.kind)).toEqual({ project: 1, policy: 0 });
    expect(counts.keyArea.get('serve-everyone')).toBe(0);
  });

  it('takes the words into account through a set of its own', () => {
    const text = bits(entries.length);
    text[0] = 0b10010; // practices 1 and 4 contain the words
    expect(members(selection(index, filter({ country: ['greece'] }), text))).toEqual([1, 4]);
    expect(liveCounts(index, filter(), text).sector.get('employment')).toBe(2);
  });

  it('handles sets larger than one word, and counts bits', () => {
    const many = Array.from({ length: 70 }, (_, i) => entry({ country: [i % 3 ? 'italy' : 'greece'] }));
    const big = buildIndex(many);
    expect(popcount(selection(big, filter()))).toBe(70);
    expect(popcount(selection(big, filter({ country: ['greece'] })))).toBe(24);
    expect(popcount(bits(64, true))).toBe(64);
    expect(popcount(bits(65, true))).toBe(65);
  });
});

describe('sortOrder', () => {
  const keys = [
    { name: 'Zeta centre', country: 'Austria', source: '02' },
    { name: 'alpha project', country: 'Greece', source: '00' },
    { name: 'Beta 10', country: 'Austria', source: '00' },
    { name: 'Beta 9', country: 'Greece', source: '01' },
  ];
  it('orders by name, ignoring case and reading numbers as numbers', () => {
    expect(sortOrder(keys, 'name')).toEqual([1, 3, 2, 0]);
  });
  it('orders by country or source, then by name', () => {
    expect(sortOrder(keys, 'country')).toEqual([2, 0, 1, 3]);
    expect(sortOrder(keys, 'source')).toEqual([1, 2, 3, 0]);
  });
});

describe('changedMembers', () => {
  it('lists the practices to show or hide between two sets, in order, across words', () => {
    const a = bits(70);
    const b = bits(70);
    for (const i of [0, 5, 31, 40, 69]) a[i >>> 5]! |= 1 << (i & 31);
    for (const i of [5, 31, 33, 69]) b[i >>> 5]! |= 1 << (i & 31);
    expect(changedMembers(a, b)).toEqual([0, 33, 40]);
    expect(changedMembers(a, a)).toEqual([]);
    expect(changedMembers(bits(70), bits(70, true))).toHaveLength(70);
  });
});

describe('chunked', () => {
  it('cuts a run into pieces of at most the chunk size, in order', () => {
    const run = [...Array(50).keys()];
    const pieces = chunked([run]);
    expect(pieces.map((p) => p.length)).toEqual([CHUNK, CHUNK, 50 - 2 * CHUNK]);
    expect(pieces.flat()).toEqual(run);
    expect(chunked([[1, 2, 3, 4, 5]], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('never puts two runs (groups) in one piece, and an empty run gives none', () => {
    expect(chunked([[1, 2, 3], [], [4], [5, 6]], 2)).toEqual([[1, 2], [3], [4], [5, 6]]);
    expect(chunked([])).toEqual([]);
  });
});

describe('groupOf', () => {
  it('lists a practice under its first chosen key area, else its first one', () => {
    expect(groupOf(['know-the-needs', 'coordinate'], ['coordinate'])).toBe('coordinate');
    expect(groupOf(['know-the-needs', 'coordinate'], [])).toBe('know-the-needs');
    expect(groupOf(['know-the-needs', 'coordinate'], ['serve-everyone'])).toBe('know-the-needs');
    expect(groupOf([], [])).toBe('');
  });
});
