/**
 * What the scorecard page shows of a scorecard, computed from the saved card: which card opens,
 * its name as shown, and its scores as a profile series. The page's script and its islands call
 * these, so the form, the card picker and the profile never disagree.
 */
import type { Scorecard } from './saved-format';
import { roundScore, type ScoreResult } from './scoring';

/** One profile to draw: the reader's scorecard or a practice SPRING assessed. */
export interface ProfileSeries {
  label: string;
  /** One per dimension, in the dimensions' order: a rounded percentage, or null when not rated. */
  scores: (number | null)[];
  /** "6 of 9 rated", per dimension (shown in the table). */
  rated: string[];
  overall: number | null;
}

/** The card changed last, or undefined when there is none. */
export function newestCard(cards: readonly Scorecard[]): Scorecard | undefined {
  return [...cards].sort((a, b) => b.updated.localeCompare(a.updated))[0];
}

/** The card's name, or `unnamed` when it has none yet. */
export function cardName(card: Pick<Scorecard, 'name'>, unnamed: string): string {
  return card.name.trim() || unnamed;
}

/**
 * The card and comparison the address names (?card=…&compare=…), each only if it exists; the
 * card falls back to the one changed last, the comparison to none.
 */
export function openFromAddress(search: string, cards: readonly Scorecard[], practiceIds: readonly string[]): { card: string | null; compare: string } {
  const params = new URLSearchParams(search);
  const card = cards.find((c) => c.id === params.get('card'))?.id ?? newestCard(cards)?.id ?? null;
  const compare = params.get('compare') ?? '';
  return { card, compare: practiceIds.includes(compare) ? compare : '' };
}

/** The address with the open card and the comparison in it (or without them when none). */
export function addressWith(href: string, card: string | null, compare: string): string {
  const u = new URL(href);
  if (card) u.searchParams.set('card', card);
  else u.searchParams.delete('card');
  if (compare) u.searchParams.set('compare', compare);
  else u.searchParams.delete('compare');
  return u.href;
}

/** A score result as a profile series; `ratedOf` words "6 of 9 rated". */
export function profileSeries(label: string, result: ScoreResult, ratedOf: (rated: number, total: number) => string): ProfileSeries {
  return {
    label,
    scores: result.dimensions.map((d) => roundScore(d.score)),
    rated: result.dimensions.map((d) => ratedOf(d.rated, d.total)),
    overall: roundScore(result.overall),
  };
}
