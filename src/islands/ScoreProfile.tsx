import { scorecardUi } from '../i18n/live-scorecard';
import { GAP_BELOW, STRENGTH_AT } from '../lib/scoring';
import type { ProfileSeries } from '../lib/scorecard-view';

export interface ScoreProfileProps {
  dimensions: { id: string; title: string }[];
  /** One or two series; the second is drawn hatched, so the two differ without colour too. */
  series: ProfileSeries[];
  /** Keeps the SVG pattern id unique on the page. */
  idPrefix: string;
}

const W = 320;
const BAR_W = 268;
const BAR_H = 14;
const LABEL_H = 18;
const ROW_GAP = 12;
const AXIS_H = 22;

/**
 * The five dimension scores as a bar chart (SVG, hidden from assistive technology) and the same
 * numbers as a table. The 50% and 75% lines mark where gaps end and strengths begin.
 */
export default function ScoreProfile({ dimensions, series, idPrefix }: ScoreProfileProps) {
  const rowH = LABEL_H + series.length * (BAR_H + 3) + ROW_GAP;
  const chartH = dimensions.length * rowH;
  const x = (score: number) => (score / 100) * BAR_W;
  const hatch = `${idPrefix}-hatch`;
  const cell = (score: number | null) => (score === null ? scorecardUi.scorecard.notRated : `${score}%`);
  return (
    <figure class="profile">
      {series.length > 1 && (
        <ul class="profile__legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={i}>
              <svg width="18" height="12" viewBox="0 0 18 12"><rect class={`profile__bar profile__bar--${i}`} x="0.5" y="0.5" width="17" height="11" style={i ? { fill: `url(#${hatch})` } : undefined} /></svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <svg class="profile__chart" viewBox={`0 0 ${W} ${chartH + AXIS_H}`} preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="profile__hatch-bg" width="6" height="6" />
            <line class="profile__hatch" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        {[0, GAP_BELOW, STRENGTH_AT, 100].map((t) => (
          <g key={t}>
            <line class={`profile__grid${t === GAP_BELOW || t === STRENGTH_AT ? ' profile__grid--mark' : ''}`} x1={x(t) + 0.5} x2={x(t) + 0.5} y1="0" y2={chartH} />
            <text class="profile__axis" x={x(t)} y={chartH + 15} text-anchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}>{t}%</text>
          </g>
        ))}
        {dimensions.map((d, i) => {
          const top = i * rowH;
          return (
            <g key={d.id}>
              <text class="profile__label" x="0" y={top + 13}>{d.title}</text>
              {series.map((s, j) => {
                const y = top + LABEL_H + j * (BAR_H + 3);
                const score = s.scores[i] ?? null;
                if (score === null) {
                  return <text key={j} class="profile__value profile__value--none" x="4" y={y + 11}>{scorecardUi.scorecard.notRated}</text>;
                }
                const w = Math.max(x(score), 1.5);
                return (
                  <g key={j}>
                    <rect class={`profile__bar profile__bar--${j}`} x="0.5" y={y} width={w} height={BAR_H} style={j ? { fill: `url(#${hatch})` } : undefined} />
                    <text class="profile__value" x={Math.min(w + 4, W - 30)} y={y + 11}>{score}%</text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <table class="profile__table">
        <caption>{scorecardUi.scorecard.chart}</caption>
        <thead>
          <tr>
            <th scope="col">{scorecardUi.scorecard.dimension}</th>
            {series.map((s, i) => <th scope="col" key={i}>{s.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d, i) => (
            <tr key={d.id} data-dimension={d.id}>
              <th scope="row">{d.title}</th>
              {series.map((s, j) => (
                <td key={j} data-score={s.scores[i] ?? ''}>
                  <span class="profile__score">{cell(s.scores[i] ?? null)}</span>
                  <span class="profile__rated"> ({s.rated[i]})</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-dimension="overall">
            <th scope="row">{scorecardUi.scorecard.overall}</th>
            {series.map((s, j) => <td key={j} data-score={s.overall ?? ''}><span class="profile__score">{cell(s.overall)}</span></td>)}
          </tr>
        </tfoot>
      </table>
    </figure>
  );
}
