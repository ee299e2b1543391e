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

/**
 * The site's languages written out directly, exactly as Intl writes them (a unit test compares
 * them): the first Intl.DateTimeFormat of a page loads the browser's calendar data, a task of
 * about 60 ms on a slow phone, which the summary and the scorecard would pay on load. Other
 * languages use Intl.
 */
const EN_GB_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Polish months in the genitive, as a date takes them ("1 grudnia 2026"). */
const PL_PL_MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const DIRECT_MONTHS: Record<string, string[]> = { [DEFAULT_LOCALE]: EN_GB_MONTHS, [LOCALES.pl]: PL_PL_MONTHS, 'pl-PL': PL_PL_MONTHS };
const twoDigits = (n: number) => String(n).padStart(2, '0');

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
  const locale = tagOf(lang);
  const months = DIRECT_MONTHS[locale];
  if (months) return `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`;
  return cached(dateFormats, locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** A time of day: "14:05". Returns '' for a value that is no date. */
export function formatTime(value: string | number | Date, lang?: LangOrLocale): string {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const locale = tagOf(lang);
  if (locale in DIRECT_MONTHS) return `${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`;
  return cached(timeFormats, locale, { hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A moment: "1 December 2026, 14:05". */
export function formatDateTime(value: string | number | Date, lang?: LangOrLocale): string {
  const day = formatDate(value, lang);
  return day && `${day}, ${formatTime(value, lang)}`;
}
