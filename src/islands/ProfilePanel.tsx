import { useStore } from '@nanostores/preact';
import { saved } from '../stores/assessment';
import { compareWith, openCard } from '../stores/scorecard-view';
import { cardName, profileSeries } from '../lib/scorecard-view';
import { roundScore, scoreScorecard, type ScoringDimension } from '../lib/scoring';
import type { AssessedPractice } from '../data/scorecard';
import { scorecardUi } from '../i18n/live-scorecard';
import { useHydrated } from './useHydrated';
import ScoreProfile from './ScoreProfile';

export interface ProfilePanelProps {
  /** Each dimension's id, title and criterion ids. */
  scoring: (ScoringDimension & { title: string })[];
  /** The practices SPRING's experts assessed, to compare with. */
  practices: AssessedPractice[];
  worksheetHref: string;
}

const t = scorecardUi.scorecard;

/**
 * The open scorecard's profile: its overall score, its chart and table beside a SPRING practice's
 * if the reader picks one, its strengths and gaps, and print. Until the page's script has opened
 * a card it shows an empty scorecard, as the server rendered it.
 */
export default function ProfilePanel({ scoring, practices, worksheetHref }: ProfilePanelProps) {
  const doc = useStore(saved);
  // The first render matches the server's (Preact does not patch it); the open card shows after.
  const hydrated = useHydrated();
  const openId = useStore(openCard);
  const live = hydrated && openId !== undefined;
  const compared = useStore(compareWith);
  const compareId = live ? compared : '';
  const card = !live ? undefined : doc.scorecards.find((c) => c.id === openId);
  const practice = practices.find((p) => p.id === compareId);
  const mine = scoreScorecard(scoring, card?.ratings ?? {});
  const theirs = practice && scoreScorecard(scoring, practice.ratings);
  const series = [profileSeries(card ? cardName(card, t.unnamed) : t.yours, mine, t.ratedOf), ...(practice && theirs ? [profileSeries(practice.title, theirs, t.ratedOf)] : [])];
  const titleOf = (id: string) => scoring.find((d) => d.id === id)?.title ?? id;
  const overall = roundScore(mine.overall);
  const ratedDimensions = mine.dimensions.filter((d) => d.score !== null).length;

  return (
    <section class="sc__profile" id="sc-profile" aria-labelledby="sc-profile-title" tabindex={-1}>
      <h2 id="sc-profile-title">{t.profile}</h2>
      <p class="sc__overall" data-testid="sc-overall">{overall === null ? t.overallNone : t.overallLine(overall, ratedDimensions)}</p>
      <div class="sc__compare no-print">
        <label for="sc-compare">{t.compare}</label>
        <select id="sc-compare" data-pagefind-ignore value={compareId} onChange={(e) => compareWith.set(e.currentTarget.value)}>
          <option value="">{t.noCompare}</option>
          {practices.map((p) => <option key={p.id} value={p.id}>{p.title} ({p.place})</option>)}
        </select>
      </div>
      <ScoreProfile dimensions={scoring} series={series} idPrefix="sc" />
      <dl class="sc__findings">
        <div><dt>{t.strengths}</dt><dd data-testid="sc-strengths">{mine.strengths.map(titleOf).join(', ') || t.noneYet}</dd></div>
        <div><dt>{t.gaps}</dt><dd data-testid="sc-gaps">{mine.gaps.map(titleOf).join(', ') || t.noneYet}</dd></div>
      </dl>
      {practice && (
        <p class="sc__spring-note">{t.springNote} <a href={practice.href}>{t.readAssessment(practice.title)}</a></p>
      )}
      <p class="sc__actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>{t.print}</button>
        <a href={worksheetHref}>{t.worksheetLink}</a>
      </p>
    </section>
  );
}
