/** The ui-together.ts table in the page's language, for islands (see live.ts). */
import { togetherUi as togetherEn } from './ui-together';
import { live, loadTables } from './live';

export const togetherUi = live(await loadTables(togetherEn, import.meta.glob('./*/ui-together.ts'), 'togetherUi'));
