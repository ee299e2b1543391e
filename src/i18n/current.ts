/**
 * The language of the page being shown, without any table of words (so that small scripts can ask):
 * `<html lang>` in the browser; during the build, the page being rendered (src/middleware.ts sets
 * it before each page; Astro renders pages one at a time, `build.concurrency` is left at 1).
 */
import { DEFAULT_LANG, LANGS, LOCALES, type Lang } from './lang';

let buildLang: Lang = DEFAULT_LANG;

export function setBuildLang(lang: Lang): void {
  buildLang = lang;
}

export function currentLang(): Lang {
  if (typeof document === 'undefined') return buildLang;
  const tag = document.documentElement.lang.toLowerCase();
  return LANGS.find((l) => LOCALES[l].toLowerCase() === tag || tag.split('-')[0] === l) ?? DEFAULT_LANG;
}

/** The BCP 47 tag of the current language, for Intl (dates, numbers, plurals). */
export const currentLocale = (): string => LOCALES[currentLang()];
