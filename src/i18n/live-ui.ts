/** The ui.ts table in the page's language, for islands (see live.ts). */
import { ui as uiEn } from './ui';
import { live, tablesOf } from './live';

export const ui = /*#__PURE__*/ live(/*#__PURE__*/ tablesOf(uiEn, import.meta.glob('./*/ui.ts', { eager: true }), 'ui'));
