/**
 * Which practices to show as "related" on a practice's page. Shared success factors count most,
 * then key areas and sectors, then country. When fewer than `min` practices share any of these,
 * the list is filled with practices from the same source document and of the same kind, so every
 * page offers a few ways on. Ties keep the order of `candidates` (alphabetical on the site).
 */

export interface RelatedKeys {
  id: string;
  /** Success factors it is an example of, as "chapter/factor". */
  factors: readonly string[];
  /** Key areas (chapter ids), from its examples and its own list. */
  areas: readonly string[];
  sectors: readonly string[];
  countries: readonly string[];
  sources: readonly string[];
  kind: string;
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

/** Ids of the practices most like `target`: at most `max`, and at least `min` where there are enough. */
export function rankRelated(target: RelatedKeys, candidates: readonly RelatedKeys[], { min = 3, max = 5 } = {}): string[] {
  const others = candidates.filter((c) => c.id !== target.id);
  const scored = others
    .map((c, order) => ({
      c,
      order,
      score: 4 * shared(target.factors, c.factors) + 2 * shared(target.areas, c.areas) + 2 * shared(target.sectors, c.sectors) + shared(target.countries, c.countries),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((x) => x.c.id);
  if (scored.length >= min) return scored;

  const chosen = new Set(scored);
  const fill = others
    .filter((c) => !chosen.has(c.id))
    .map((c, order) => ({ c, order, score: 2 * shared(target.sources, c.sources) + (c.kind === target.kind ? 1 : 0) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, min - scored.length)
    .map((x) => x.c.id);
  return [...scored, ...fill];
}
