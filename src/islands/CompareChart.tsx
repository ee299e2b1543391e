import type { KeyAreaRow } from '../lib/compare';
import { togetherUi } from '../i18n/live-together';

const t = togetherUi.compare;

/**
 * Horizontal bars, one group per key area, one bar per assessment, each bar labelled with the
 * assessment's name and its figure (no meaning carried by colour alone). The same figures follow
 * in a table.
 */
export function CompareChart({ rows, names }: { rows: KeyAreaRow[]; names: string[] }) {
  const bar = 22;
  const gap = 6;
  const groupGap = 26;
  const labelWidth = 130;
  const width = 640;
  const plot = width - labelWidth - 150;
  const groupHeight = names.length * (bar + gap) + groupGap;
  const height = rows.length * groupHeight + 10;
  return (
    <figure class="compare-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="compare-chart-title" class="compare-chart__svg">
        <title id="compare-chart-title">{t.chartTitle(names.join(', '))}</title>
        {rows.map((row, g) => {
          const y0 = g * groupHeight + 4;
          return (
            <g key={row.pageId}>
              <text x={0} y={y0 + bar - 5} class="compare-chart__area">{row.label}</text>
              {row.percents.map((pct, i) => {
                const y = y0 + i * (bar + gap);
                const w = Math.max(2, (plot * pct) / 100);
                return (
                  <g key={i}>
                    <rect x={labelWidth} y={y} width={plot} height={bar} class="compare-chart__track" />
                    <rect x={labelWidth} y={y} width={w} height={bar} class={`compare-chart__bar compare-chart__bar--${i % 4}`} />
                    <text x={labelWidth + plot + 8} y={y + bar - 6} class="compare-chart__value">{`${names[i]}: ${pct}%`}</text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption class="visually-hidden">{t.chartTitle(names.join(', '))}</figcaption>
    </figure>
  );
}
