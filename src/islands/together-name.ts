import { shownName } from '../lib/saved-format';
import { togetherUi } from '../i18n/live-together';

/** An assessment's name as the together views show it: the default name in the page's language, any other as written. */
export const nameOf = (a: { name: string }): string => shownName(a.name, togetherUi.defaultName);
