/**
 * The interface words of each language. English is in src/i18n/*.ts; another language's tables
 * are in src/i18n/<lang>/ under the same file and const names (src/i18n/pl/ui.ts exports `ui`, and
 * so on), with the same keys: tests/unit/i18n-keys.test.ts fails when a key is in one language
 * and not the other. A table a language does not have yet falls back to English.
 *
 * One function per table, so that a script bundles only the tables it uses. Astro components
 * call `pageI18n(Astro.url.pathname)` instead, which also gives the page's language and links.
 */
import { ui as uiEn } from './ui';
import { chapterUi as chapterEn } from './ui-chapter';
import { toolsUi as toolsEn } from './ui-tools';
import { scorecardUi as scorecardEn } from './ui-scorecard';
import { togetherUi as togetherEn } from './ui-together';
import { uiOffline as offlineEn } from './ui-offline';
import { pagesUi as pagesEn } from './ui-pages';
import { DEFAULT_LANG, type Lang } from './lang';

/** A table's shape with its words widened to `string`: what another language's table must match. */
export type Words<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R extends string ? string : Words<R>
  : T extends string
    ? string
    : T extends readonly (infer E)[]
      ? readonly Words<E>[]
      : T extends object
        ? { -readonly [K in keyof T]: Words<T[K]> }
        : T;

export type UI = Words<typeof uiEn>;
export type ChapterUI = Words<typeof chapterEn>;
export type ToolsUI = Words<typeof toolsEn>;
export type ScorecardUI = Words<typeof scorecardEn>;
export type TogetherUI = Words<typeof togetherEn>;
export type OfflineUI = Words<typeof offlineEn>;
export type PagesUI = Words<typeof pagesEn>;

type Tables<T> = Partial<Record<Lang, T>>;
/** The one export `name` of each language's file, found by the glob; English first. */
function tables<T>(en: T, modules: Record<string, Record<string, unknown>>, name: string): Tables<T> {
  const out: Tables<T> = { [DEFAULT_LANG]: en };
  for (const [file, mod] of Object.entries(modules)) {
    const lang = file.split('/')[1] as Lang;
    if (mod[name]) out[lang] = mod[name] as T;
  }
  return out;
}

const uiTables = tables<UI>(uiEn, import.meta.glob('./*/ui.ts', { eager: true }), 'ui');
const chapterTables = tables<ChapterUI>(chapterEn, import.meta.glob('./*/ui-chapter.ts', { eager: true }), 'chapterUi');
const toolsTables = tables<ToolsUI>(toolsEn, import.meta.glob('./*/ui-tools.ts', { eager: true }), 'toolsUi');
const scorecardTables = tables<ScorecardUI>(scorecardEn, import.meta.glob('./*/ui-scorecard.ts', { eager: true }), 'scorecardUi');
const togetherTables = tables<TogetherUI>(togetherEn, import.meta.glob('./*/ui-together.ts', { eager: true }), 'togetherUi');
const offlineTables = tables<OfflineUI>(offlineEn, import.meta.glob('./*/ui-offline.ts', { eager: true }), 'uiOffline');
const pagesTables = tables<PagesUI>(pagesEn, import.meta.glob('./*/ui-pages.ts', { eager: true }), 'pagesUi');

/** The main table (site, navigation, chapter sections, search, summary) of a language. */
export function useTranslations(lang: Lang = DEFAULT_LANG): UI {
  return uiTables[lang] ?? uiTables[DEFAULT_LANG]!;
}
export const t = useTranslations;
export const chapterWords = (lang: Lang = DEFAULT_LANG): ChapterUI => chapterTables[lang] ?? chapterTables[DEFAULT_LANG]!;
export const toolsWords = (lang: Lang = DEFAULT_LANG): ToolsUI => toolsTables[lang] ?? toolsTables[DEFAULT_LANG]!;
export const scorecardWords = (lang: Lang = DEFAULT_LANG): ScorecardUI => scorecardTables[lang] ?? scorecardTables[DEFAULT_LANG]!;
export const togetherWords = (lang: Lang = DEFAULT_LANG): TogetherUI => togetherTables[lang] ?? togetherTables[DEFAULT_LANG]!;
export const offlineWords = (lang: Lang = DEFAULT_LANG): OfflineUI => offlineTables[lang] ?? offlineTables[DEFAULT_LANG]!;
export const pagesWords = (lang: Lang = DEFAULT_LANG): PagesUI => pagesTables[lang] ?? pagesTables[DEFAULT_LANG]!;
