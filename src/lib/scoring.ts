/**
 * The scorecard's scoring system, in one place: the reader's scorecards, the summary and the
 * profiles of the practices SPRING's experts assessed are all scored by `scoreScorecard`.
 *
 * Per dimension, a criterion rated met counts 1 point, partly met 0.5 and not met 0; a criterion
 * marked not applicable, or not rated at all, is left out. A dimension's score is its points as a
 * percentage of the criteria rated; the overall score is the mean of the dimensions with at least
 * one rated criterion. Dimensions at 75% or more are strengths, those below 50% gaps.
 */
import type { Rating } from './saved-format';

export type { Rating };

/** A dimension as the scoring sees it: its id and the ids of its criteria. */
export interface ScoringDimension {
  id: string;
  criteria: readonly string[];
}

export interface RatingCounts {
  met: number;
  partly: number;
  notMet: number;
  na: number;
  /** Criteria with no rating at all. */
  unrated: number;
}

export interface DimensionScore {
  id: string;
  /** Criteria in the dimension. */
  total: number;
  /** Criteria rated met, partly met or not met (the ones that count). */
  rated: number;
  points: number;
  /** Points as a percentage of `rated` (0 to 100, not rounded); null when nothing was rated. */
  score: number | null;
  counts: RatingCounts;
}

export interface ScoreResult {
  dimensions: DimensionScore[];
  /** Mean of the rated dimensions' scores (not rounded); null when no dimension was rated. */
  overall: number | null;
  /** Ids of the dimensions scoring at least `STRENGTH_AT`, in the dimensions' order. */
  strengths: string[];
  /** Ids of the dimensions scoring below `GAP_BELOW`, in the dimensions' order. */
  gaps: string[];
}

export const STRENGTH_AT = 75;
export const GAP_BELOW = 50;

const POINTS: Record<Exclude<Rating, 'na'>, number> = { met: 1, partly: 0.5, 'not-met': 0 };

/**
 * Scores ratings (criterion id → rating) against the dimensions. Ratings of ids that are not
 * criteria of any dimension (e.g. a criterion since removed from the content) are ignored.
 */
export function scoreScorecard(
  dimensions: readonly ScoringDimension[],
  ratings: Readonly<Record<string, Rating | undefined>>,
): ScoreResult {
  const scores = dimensions.map((d): DimensionScore => {
    const counts: RatingCounts = { met: 0, partly: 0, notMet: 0, na: 0, unrated: 0 };
    for (const id of d.criteria) {
      const r = Object.prototype.hasOwnProperty.call(ratings, id) ? ratings[id] : undefined;
      if (r === 'met') counts.met++;
      else if (r === 'partly') counts.partly++;
      else if (r === 'not-met') counts.notMet++;
      else if (r === 'na') counts.na++;
      else counts.unrated++;
    }
    const rated = counts.met + counts.partly + counts.notMet;
    const points = counts.met * POINTS.met + counts.partly * POINTS.partly;
    return { id: d.id, total: d.criteria.length, rated, points, score: rated ? (points / rated) * 100 : null, counts };
  });
  const rated = scores.filter((s) => s.score !== null);
  return {
    dimensions: scores,
    overall: rated.length ? rated.reduce((sum, s) => sum + s.score!, 0) / rated.length : null,
    strengths: rated.filter((s) => s.score! >= STRENGTH_AT).map((s) => s.id),
    gaps: rated.filter((s) => s.score! < GAP_BELOW).map((s) => s.id),
  };
}

/** A score as a whole percentage for display; null (nothing rated) stays null. */
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score);
}

/** A SPRING assessment as the catalogue holds it (see `assessment` in src/content.config.ts). */
export interface SpringAssessment {
  dimensions: readonly { questions: readonly { criteria: Readonly<Record<string, 'met' | 'not-met' | 'not-assessed'>> }[] }[];
}

/**
 * The ratings a SPRING assessment amounts to: met stays met, not met stays not met, and a
 * criterion marked not assessed, or belonging to a question the experts left out, is not rated.
 * SPRING only marks met or not met, so its profiles never hold "partly".
 */
export function springRatings(assessment: SpringAssessment): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  for (const d of assessment.dimensions) {
    for (const q of d.questions) {
      for (const [id, mark] of Object.entries(q.criteria)) {
        if (mark === 'met') ratings[id] = 'met';
        else if (mark === 'not-met') ratings[id] = 'not-met';
      }
    }
  }
  return ratings;
}
