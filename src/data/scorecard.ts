/**
 * Route data of the scorecard, computed once per build: the definition (dimensions, SPRING
 * questions, criteria, guidance) and the profiles of the practices SPRING's experts assessed.
 * The scorecard page, its worksheet and the summary page all read it.
 */
import { getEntries } from 'astro:content';
import { entriesIn } from './i18n-content';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { loadSite, practiceHref } from './site';
import { scorecardDefinition, scoringDimensions, type ScorecardDimension } from '../lib/scorecard';
import { springRatings, type Rating, type ScoringDimension } from '../lib/scoring';

/** A practice assessed by SPRING, as the scorecard compares with it. */
export interface AssessedPractice {
  id: string;
  title: string;
  /** "Warsaw, Poland". */
  place: string;
  href: string;
  /** Its SPRING marks as ratings (see `springRatings`). */
  ratings: Record<string, Rating>;
}

export interface ScorecardData {
  dimensions: ScorecardDimension[];
  /** Each dimension's id, title and criterion ids: what scoring (and the summary) needs. */
  scoring: (ScoringDimension & { title: string })[];
  practices: AssessedPractice[];
}

const cached = new Map<Lang, Promise<ScorecardData>>();

/** The scorecard in a language: translated questions and criteria where there are, English elsewhere. */
export function loadScorecard(lang: Lang = DEFAULT_LANG): Promise<ScorecardData> {
  let data = cached.get(lang);
  if (!data) cached.set(lang, (data = build(lang)));
  return data;
}

async function build(lang: Lang): Promise<ScorecardData> {
  const [site, found] = await Promise.all([loadSite(lang), entriesIn('quality', lang)]);
  const quality = found.map((f) => f.entry);
  const dimensions = scorecardDefinition(quality.map((q) => ({ id: q.id, file: q.filePath ?? `quality/${q.id}`, data: q.data })));
  const practices = await Promise.all(
    site.practices
      .filter((p) => p.data.assessment)
      .map(async (p) => {
        const countries = (await getEntries(p.data.countries)).map((c) => c.data.name).join(', ');
        return {
          id: p.id,
          title: p.data.title,
          place: p.data.city ? `${p.data.city}, ${countries}` : countries,
          href: practiceHref(p.id, lang),
          ratings: springRatings(p.data.assessment!),
        };
      }),
  );
  return { dimensions, scoring: scoringDimensions(dimensions), practices };
}
