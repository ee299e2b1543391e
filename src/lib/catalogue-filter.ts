/**
 * The filters of the good-practice catalogue (/practices/), as pure functions: reading them from
 * the address and writing them back, testing a practice against them, and the facet index that
 * gives the shown set and the live count of every option in a few word-wide operations.
 * The route builds the options with it and the page's small script filters with it, so the
 * address, the form and the list always agree.
 *
 * Several values of one facet combine with OR (Greece or Italy), facets combine with AND (a Greek
 * practice about housing), and every word of the text filter must occur in the practice's text.
 */

/** The facets, in the order they appear in the form and in the address. */
export const FACETS = ['country', 'keyArea', 'sector', 'source', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Cards per list (chunk) on the catalogue's page: the browser checks, lays out and paints an off-screen
 * chunk as one box, so a change costs about the same with a few hundred or a few thousand cards.
 */
export const CHUNK = 24;

/** The chunks of a list made of runs (the groups, or one run): each run cut into pieces of at most `size`, none across two runs. */
export function chunked<T>(runs: readonly (readonly T[])[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (const run of runs) for (let k = 0; k < run.length; k += size) out.push(run.slice(k, k + size));
  return out;
}

/** The orders the list can take; the first is the default. */
export const SORTS = ['name', 'country', 'source'] as const;
export type Sort = (typeof SORTS)[number];

/** The chosen ids per facet (none: any), the words to look for, the order, and whether to group by key area. */
export type CatalogueFilter = Record<Facet, string[]> & { q: string; sort: Sort; group: boolean };

/** What a practice offers the filters: its ids per facet, and its text (see `foldText`). */
export type CatalogueEntry = Record<Facet, readonly string[]> & { text: string };

/** Values each facet may take; others in an address are ignored rather than matching nothing. */
export type KnownValues = Partial<Record<Facet, ReadonlySet<string>>>;

export const emptyFilter = (): CatalogueFilter => ({ country: [], keyArea: [], sector: [], source: [], kind: [], q: '', sort: 'name', group: false });

/**
 * Lower case without accents and with single spaces, so that "gdansk" finds "Gdańsk" and
 * "lodz" finds "Łódź" (ł has no separable accent, so it is mapped by hand).
 */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ł/g, 'l').replace(/\s+/g, ' ').trim();
}

/** The filter an address asks for (`?country=greece&sector=housing&sector=employment&q=council&sort=country&group=keyArea`). */
export function parseFilter(search: string, known: KnownValues = {}): CatalogueFilter {
  const params = new URLSearchParams(search);
  const filter = emptyFilter();
  for (const facet of FACETS) {
    const values = params.getAll(facet).map((v) => v.trim()).filter((v) => v && (!known[facet] || known[facet].has(v)));
    filter[facet] = [...new Set(values)];
  }
  filter.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  const sort = params.get('sort');
  if ((SORTS as readonly string[]).includes(sort ?? '')) filter.sort = sort as Sort;
  filter.group = params.get('group') === 'keyArea';
  return filter;
}

/**
 * The query string of a filter, '' when it is the default; the same filter always gives the same
 * string (values in the order of `order`, when given, else as chosen).
 */
export function serialiseFilter(filter: CatalogueFilter, order: Partial<Record<Facet, readonly string[]>> = {}): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const rank = order[facet];
    const values = rank ? [...filter[facet]].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)) : filter[facet];
    for (const v of values) params.append(facet, v);
  }
  const q = filter.q.replace(/\s+/g, ' ').trim();
  if (q) params.set('q', q);
  if (filter.sort !== 'name') params.set('sort', filter.sort);
  if (filter.group) params.set('group', 'keyArea');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** How many choices narrow the list: one per chosen value, one for the words. */
export function activeCount(filter: CatalogueFilter): number {
  return FACETS.reduce((n, f) => n + filter[f].length, 0) + (filter.q.trim() ? 1 : 0);
}

/** True when the filter lets every practice through. */
export function isEmptyFilter(filter: CatalogueFilter): boolean {
  return activeCount(filter) === 0;
}

/** Whether a practice passes every facet (one of its chosen values) and contains every word; `entry.text` must already be folded. */
export function matches(entry: CatalogueEntry, filter: CatalogueFilter): boolean {
  for (const facet of FACETS) if (filter[facet].length && !filter[facet].some((v) => entry[facet].includes(v))) return false;
  return textMatches(entry.text, filter.q);
}

/** Whether a folded text contains every word of the query. */
export function textMatches(folded: string, q: string): boolean {
  return textMatcher(q)(folded);
}

/** `textMatches` for one query and many texts: the query is folded and split once. */
export function textMatcher(q: string): (folded: string) => boolean {
  const words = foldText(q).split(' ').filter(Boolean);
  return (folded) => words.every((w) => folded.includes(w));
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/**
 * The options of one facet: the given choices in their order, each with the number of practices
 * that have it, leaving out choices no practice has at all.
 */
export function facetOptions(entries: readonly CatalogueEntry[], facet: Facet, choices: readonly { value: string; label: string }[]): FacetOption[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const v of new Set(e[facet])) counts.set(v, (counts.get(v) ?? 0) + 1);
  return choices.map((c) => ({ ...c, count: counts.get(c.value) ?? 0 })).filter((o) => o.count > 0);
}

/* The facet index: one bitset (a Uint32Array, bit i for practice i) per facet value. */

export type Bits = Uint32Array;

/** Bitsets for `size` practices: all clear, or all set. */
export function bits(size: number, full = false): Bits {
  const b = new Uint32Array(Math.ceil(size / 32));
  if (full) {
    b.fill(0xffffffff);
    if (size % 32) b[b.length - 1] = (1 << size % 32) - 1;
  }
  return b;
}

/** The number of practices in a set. */
export function popcount(b: Bits): number {
  let n = 0;
  for (let x of b) {
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** Whether practice i is in the set. */
export const has = (b: Bits, i: number): boolean => (b[i >>> 5]! & (1 << (i & 31))) !== 0;

export interface FacetIndex {
  size: number;
  /** Per facet, the set of practices of each value. */
  values: Record<Facet, Map<string, Bits>>;
}

/** Builds the index once, from each practice's ids per facet. */
export function buildIndex(entries: readonly Pick<CatalogueEntry, Facet>[]): FacetIndex {
  const size = entries.length;
  const values = Object.fromEntries(FACETS.map((f) => [f, new Map<string, Bits>()])) as FacetIndex['values'];
  entries.forEach((e, i) => {
    for (const f of FACETS) {
      for (const v of e[f]) {
        let b = values[f].get(v);
        if (!b) values[f].set(v, (b = bits(size)));
        b[i >>> 5]! |= 1 << (i & 31);
      }
    }
  });
  return { size, values };
}

/**
 * The practices that pass the filter's facets (and `text`, the set passing the words, when given),
 * leaving out facet `except`: with it, the base of that facet's live counts.
 */
export function selection(index: FacetIndex, filter: CatalogueFilter, text?: Bits, except?: Facet): Bits {
  const out = text ? text.slice() : bits(index.size, true);
  for (const f of FACETS) {
    if (f === except || !filter[f].length) continue;
    const any = bits(index.size);
    for (const v of filter[f]) {
      const b = index.values[f].get(v);
      if (b) for (let w = 0; w < any.length; w++) any[w]! |= b[w]!;
    }
    for (let w = 0; w < out.length; w++) out[w]! &= any[w]!;
  }
  return out;
}

/**
 * Live counts: for each option, how many practices the list would show with that option chosen
 * as well (OR within its facet, so a facet's own choices do not narrow its counts).
 */
export function liveCounts(index: FacetIndex, filter: CatalogueFilter, text?: Bits): Record<Facet, Map<string, number>> {
  const out = {} as Record<Facet, Map<string, number>>;
  for (const f of FACETS) {
    const base = selection(index, filter, text, f);
    const counts = new Map<string, number>();
    for (const [v, b] of index.values[f]) {
      let n = 0;
      for (let w = 0; w < b.length; w++) {
        let x = b[w]! & base[w]!;
        if (!x) continue;
        x -= (x >>> 1) & 0x55555555;
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
      }
      counts.set(v, n);
    }
    out[f] = counts;
  }
  return out;
}

/**
 * The order of the practices for a sort: by name, or by the label of their first country or
 * source (then by name). `keys[i]` gives practice i's name and sort labels; returns indices.
 */
export function sortOrder(keys: readonly { name: string; country: string; source: string }[], sort: Sort): number[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
  return keys
    .map((_, i) => i)
    .sort((a, b) => (sort === 'name' ? 0 : collator.compare(keys[a]![sort], keys[b]![sort])) || collator.compare(keys[a]!.name, keys[b]!.name) || a - b);
}

/** The practices whose membership differs between two sets (those to show or hide), in order. */
export function changedMembers(a: Bits, b: Bits): number[] {
  const out: number[] = [];
  for (let w = 0; w < a.length; w++) {
    let x = a[w]! ^ b[w]!;
    while (x) {
      const low = x & -x;
      out.push(w * 32 + 31 - Math.clz32(low));
      x ^= low;
    }
  }
  return out;
}

/** The key area a practice is listed under when grouping: its first among those chosen, else its first ('' for none). */
export function groupOf(keyAreas: readonly string[], chosen: readonly string[]): string {
  return (chosen.length ? keyAreas.find((k) => chosen.includes(k)) : undefined) ?? keyAreas[0] ?? '';
}
