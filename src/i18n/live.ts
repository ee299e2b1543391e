/**
 * The interface tables for islands and browser code, answering in the page's language: each
 * export has the English table's type, and every property read looks the word up in the language
 * of the page being shown. In the browser that is `<html lang>` (one language per page); during
 * the build it is the language of the page being rendered, which src/middleware.ts sets before
 * each page (Astro renders pages one at a time: `build.concurrency` is left at 1).
 *
 * So an island reads `toolsUi.overview.title` as before and shows Polish on a Polish page. A
 * script that bundles these ships every language of the tables it reads; pages that must stay
 * light take their words from the markup instead (see src/scripts/search-dialog.ts).
 */
import { useTranslations, chapterWords, toolsWords, togetherWords, offlineWords } from './index';
import type { ui as uiEn } from './ui';
import type { chapterUi as chapterEn } from './ui-chapter';
import type { toolsUi as toolsEn } from './ui-tools';
import type { togetherUi as togetherEn } from './ui-together';
import type { uiOffline as offlineEn } from './ui-offline';
import type { Lang } from './lang';
import { currentLang } from './current';

export { setBuildLang, currentLang, currentLocale } from './current';

/** A table whose every read, at any depth, resolves in the current language. */
function live<T extends object>(table: (lang: Lang) => unknown, path: PropertyKey[] = []): T {
  const resolve = (): Record<PropertyKey, unknown> => path.reduce<any>((o, k) => o?.[k], table(currentLang())) ?? {};
  return new Proxy({} as T, {
    get(_, key) {
      const value = resolve()[key];
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? live(table, [...path, key]) : value;
    },
    has: (_, key) => key in resolve(),
    ownKeys: () => Reflect.ownKeys(resolve()),
    getOwnPropertyDescriptor(_, key) {
      const d = Reflect.getOwnPropertyDescriptor(resolve(), key);
      return d && { ...d, configurable: true };
    },
  });
}

export const ui = live<typeof uiEn>(useTranslations);
export const chapterUi = live<typeof chapterEn>(chapterWords);
export const toolsUi = live<typeof toolsEn>(toolsWords);
export const togetherUi = live<typeof togetherEn>(togetherWords);
export const uiOffline = live<typeof offlineEn>(offlineWords);
