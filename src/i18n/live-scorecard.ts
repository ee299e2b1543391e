/** The ui-scorecard.ts table in the page's language, for islands and scripts (see live.ts). */
import { scorecardUi as scorecardEn } from './ui-scorecard';
import { live, loadTables } from './live';

export const scorecardUi = live(await loadTables(scorecardEn, import.meta.glob('./*/ui-scorecard.ts'), 'scorecardUi'));
