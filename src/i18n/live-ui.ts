/** The ui.ts table in the page's language, for islands (see live.ts). */
import { ui as uiEn } from './ui';
import { live, loadTables } from './live';

export const ui = live(await loadTables(uiEn, import.meta.glob('./*/ui.ts'), 'ui'));
