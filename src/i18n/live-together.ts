/** The ui-together.ts table in the page's language, for islands (see live.ts). */
import { togetherUi as togetherEn } from './ui-together';
import { live, tablesOf } from './live';

export const togetherUi = /*#__PURE__*/ live(/*#__PURE__*/ tablesOf(togetherEn, import.meta.glob('./*/ui-together.ts', { eager: true }), 'togetherUi'));
