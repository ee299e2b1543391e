import { useStore } from '@nanostores/preact';
import { saved } from '../stores/assessment';
import { roundScore, scoreScorecard, type ScoringDimension } from '../lib/scoring';
import { scorecardUi } from '../i18n/live-scorecard';
import { useHydrated } from './useHydrated';

export interface SummaryScorecardsProps {
  /** `loadScorecard().scoring` from src/data/scorecard.ts. */
  dimensions: (ScoringDimension & { title: string })[];
  /** The scorecard page (`url('/scorecard/')`); each card links to it with ?card=<id>. */
  scorecardHref: string;
}

const t = scorecardUi.scorecard;
const percent = (n: number | null) => (n === null ? t.notRated : `${n}%`);

/** For the summary page: every saved scorecard with its overall and dimension scores, and a link to open it. */
export default function SummaryScorecards({ dimensions, scorecardHref }: SummaryScorecardsProps) {
  const hydrated = useHydrated();
  const doc = useStore(saved);
  if (!hydrated) return <div class="summary-scorecards" />;
  if (doc.scorecards.length === 0) {
    return (
      <div class="summary-scorecards">
        <p>{t.summaryEmpty} <a href={scorecardHref}>{t.summaryStart}</a></p>
      </div>
    );
  }
  return (
    <ul class="summary-scorecards card-list">
      {doc.scorecards.map((card) => {
        const result = scoreScorecard(dimensions, card.ratings);
        const name = card.name.trim() || t.unnamed;
        return (
          <li key={card.id} class="card" data-scorecard={card.id}>
            <h3><a href={`${scorecardHref}?card=${encodeURIComponent(card.id)}`}>{name}</a></h3>
            <table>
              <caption class="visually-hidden">{`${name}: ${t.summaryCaption}`}</caption>
              <tbody>
                <tr data-dimension="overall"><th scope="row">{t.overall}</th><td>{percent(roundScore(result.overall))}</td></tr>
                {dimensions.map((d, i) => (
                  <tr key={d.id} data-dimension={d.id}><th scope="row">{d.title}</th><td>{percent(roundScore(result.dimensions[i]!.score))}</td></tr>
                ))}
              </tbody>
            </table>
          </li>
        );
      })}
    </ul>
  );
}
