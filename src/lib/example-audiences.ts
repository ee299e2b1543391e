/**
 * Splits the examples of one success factor by whom they are by, where the chapter groups its
 * examples so (key area 4: local authorities, and NGOs and service providers). Pure: it takes the
 * chapter's audiences and each practice's audience for that factor, and keeps both orders.
 */

export interface Audience { id: string; name: string }

export interface AudienceGroup<P> {
  /** Undefined for examples the source gives no audience for, or when the chapter has none. */
  audience?: Audience;
  practices: P[];
}

/**
 * Groups in the chapter's order of audiences, then examples without one; empty groups left out.
 * A chapter without audiences gives one group of every example, in their order.
 */
export function groupByAudience<P>(practices: P[], audienceOf: (p: P) => string | undefined, audiences: Audience[]): AudienceGroup<P>[] {
  if (audiences.length === 0) return practices.length ? [{ practices }] : [];
  const known = new Set(audiences.map((a) => a.id));
  const groups: AudienceGroup<P>[] = audiences.map((audience) => ({ audience, practices: practices.filter((p) => audienceOf(p) === audience.id) }));
  groups.push({ practices: practices.filter((p) => !known.has(audienceOf(p) ?? '')) });
  return groups.filter((g) => g.practices.length > 0);
}
