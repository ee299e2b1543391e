/**
 * Indicators as plain text a reader can paste into a monitoring plan: one per line, tab-separated
 * columns (measure, baseline, target) so that a spreadsheet splits them into cells.
 */
export function indicatorsAsText(title: string, indicators: readonly { text: string }[]): string {
  const rows = indicators.map((i) => `${i.text}\t\t`);
  return [`${title}\tBaseline\tTarget`, ...rows].join('\n');
}
