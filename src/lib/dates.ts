/**
 * Dates as the reader sees them: one format across the site ("1 December 2026", "1 grudnia 2026"), in the page's
 * language. Every page, island and report calls these, so two places never disagree.
 */

import { currentLocale } from '../i18n/current';
import { isLang, LOCALES, type Lang } from '../i18n/lang';

/** The English pages' format, the default where no page is being shown. */
export const DEFAULT_LOCALE = 'en-GB';

/** A language code ('pl') or a BCP 47 tag ('pl-PL'); none: the language of the page being shown. */
export type LangOrLocale = Lang | string;
const tagOf = (lang?: LangOrLocale): string => (lang === undefined ? currentLocale() : isLang(lang) ? LOCALES[lang] : lang);

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = map.get(locale);
  if (!f) map.set(locale, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** A day: "1 December 2026". Returns '' for a value that is no date. */
export function formatDate(value: string | number | Date, lang?: LangOrLocale): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  return cached(dateFormats, tagOf(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** A time of day: "14:05". Returns '' for a value that is no date. */
export function formatTime(value: string | number | Date, lang?: LangOrLocale): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  return cached(timeFormats, tagOf(lang), { hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A moment: "1 December 2026, 14:05". */
export function formatDateTime(value: string | number | Date, lang?: LangOrLocale): string {
  const day = formatDate(value, lang);
  return day && `${day}, ${formatTime(value, lang)}`;
}
