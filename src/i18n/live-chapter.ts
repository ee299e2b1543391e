/** The ui-chapter.ts table in the page's language, for islands (see live.ts). */
import { chapterUi as chapterEn } from './ui-chapter';
import { live, tablesOf } from './live';

export const chapterUi = /*#__PURE__*/ live(/*#__PURE__*/ tablesOf(chapterEn, import.meta.glob('./*/ui-chapter.ts', { eager: true }), 'chapterUi'));
