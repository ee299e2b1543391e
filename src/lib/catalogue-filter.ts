/**
 * The filters of the good-practice catalogue (/practices/), as pure functions: reading them from
 * the address and writing them back, testing a practice against them, and the option lists with
 * their counts. The route builds the options with it and the page's small script filters with it,
 * so the address, the form and the list always agree.
 *
 * A filter holds at most one value per facet (the form uses one select per facet); facets combine
 * with AND, and every word of the text filter must occur in the practice's text.
 */

/** The facets, in the order they appear in the form and in the address. */
export const FACETS = ['country', 'keyArea', 'sector', 'source', 'kind'] as const;
export type Facet = (typeof FACETS)[number];

/** One id per facet ('' for any) and the words to look for ('' for none). */
export type CatalogueFilter = Record<Facet, string> & { q: string };

/** What a practice offers the filters: its ids per facet, and its text (see `foldText`). */
export type CatalogueEntry = Record<Facet, readonly string[]> & { text: string };

/** Values each facet may take; others in an address are ignored rather than matching nothing. */
export type KnownValues = Partial<Record<Facet, ReadonlySet<string>>>;

export const emptyFilter = (): CatalogueFilter => ({ country: '', keyArea: '', sector: '', source: '', kind: '', q: '' });

/**
 * Lower case without accents and with single spaces, so that "gdansk" finds "Gdańsk" and
 * "lodz" finds "Łódź" (ł has no separable accent, so it is mapped by hand).
 */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ł/g, 'l').replace(/\s+/g, ' ').trim();
}

/** The filter an address asks for (`?country=poland&keyArea=coordinate&q=housing`). */
export function parseFilter(search: string, known: KnownValues = {}): CatalogueFilter {
  const params = new URLSearchParams(search);
  const filter = emptyFilter();
  for (const facet of FACETS) {
    const value = params.get(facet)?.trim() ?? '';
    if (value && (!known[facet] || known[facet].has(value))) filter[facet] = value;
  }
  filter.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  return filter;
}

/** The query string of a filter, '' when nothing is filtered; the same filter always gives the same string. */
export function serialiseFilter(filter: CatalogueFilter): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) if (filter[facet]) params.set(facet, filter[facet]);
  const q = filter.q.replace(/\s+/g, ' ').trim();
  if (q) params.set('q', q);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when the filter lets every practice through. */
export function isEmptyFilter(filter: CatalogueFilter): boolean {
  return FACETS.every((f) => !filter[f]) && !filter.q.trim();
}

/** Whether a practice passes every facet and contains every word; `entry.text` must already be folded. */
export function matches(entry: CatalogueEntry, filter: CatalogueFilter): boolean {
  for (const facet of FACETS) if (filter[facet] && !entry[facet].includes(filter[facet])) return false;
  const words = foldText(filter.q).split(' ').filter(Boolean);
  return words.every((w) => entry.text.includes(w));
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/**
 * The options of one facet's select: the given choices in their order, each with the number of
 * practices that have it, leaving out choices no practice has.
 */
export function facetOptions(entries: readonly CatalogueEntry[], facet: Facet, choices: readonly { value: string; label: string }[]): FacetOption[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const v of new Set(e[facet])) counts.set(v, (counts.get(v) ?? 0) + 1);
  return choices.map((c) => ({ ...c, count: counts.get(c.value) ?? 0 })).filter((o) => o.count > 0);
}
