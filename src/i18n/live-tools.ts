/** The ui-tools.ts table in the page's language, for islands (see live.ts). */
import { toolsUi as toolsEn } from './ui-tools';
import { live, tablesOf } from './live';

export const toolsUi = /*#__PURE__*/ live(/*#__PURE__*/ tablesOf(toolsEn, import.meta.glob('./*/ui-tools.ts', { eager: true }), 'toolsUi'));
