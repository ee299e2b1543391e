/** The ui-offline.ts table in the page's language, for islands (see live.ts). */
import { uiOffline as offlineEn } from './ui-offline';
import { live, tablesOf } from './live';

export const uiOffline = /*#__PURE__*/ live(/*#__PURE__*/ tablesOf(offlineEn, import.meta.glob('./*/ui-offline.ts', { eager: true }), 'uiOffline'));
