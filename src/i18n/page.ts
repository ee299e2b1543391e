/**
 * What an Astro component needs to speak the page's language: `const { lang, ui, url } = pageI18n(Astro.url.pathname)`.
 * `url()` here puts the language's prefix in front of a page's path (`/pl/handbook/`); files
 * that are the same in every language (scripts, icons, the manifest) keep using src/lib/url.ts.
 */
import { splitLangPath, localizePath, LOCALES, type Lang } from './lang';
import { useTranslations, chapterWords, toolsWords, scorecardWords, togetherWords, offlineWords, pagesWords } from './index';
import { url as siteUrl } from '../lib/url';

export function pageI18n(pathname: string) {
  const { lang } = splitLangPath(pathname, import.meta.env.BASE_URL);
  return forLang(lang);
}

export function forLang(lang: Lang) {
  return {
    lang,
    locale: LOCALES[lang],
    ui: useTranslations(lang),
    chapterUi: chapterWords(lang),
    toolsUi: toolsWords(lang),
    scorecardUi: scorecardWords(lang),
    togetherUi: togetherWords(lang),
    uiOffline: offlineWords(lang),
    pagesUi: pagesWords(lang),
    /** A page's address in this language, with the base path. */
    url: (path: string) => siteUrl(localizePath(path, lang)),
  };
}
