/** The ui-tools.ts table in the page's language, for islands (see live.ts). */
import { toolsUi as toolsEn } from './ui-tools';
import { live, loadTables } from './live';

export const toolsUi = live(await loadTables(toolsEn, import.meta.glob('./*/ui-tools.ts'), 'toolsUi'));
