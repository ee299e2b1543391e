/**
 * The languages of the site and where each one's pages live: English at the root (every address
 * published before stays), every other language under its own prefix (`/pl/`). Pure functions,
 * shared by the build (routes, links, the language switch) and the browser.
 *
 * A third language: add its code here, to `locales` in astro.config.mjs and to LANGS' tags below,
 * then its dictionaries (src/i18n/<code>/) and content (content/<code>/); see README.md.
 */
export const LANGS = ['en', 'pl'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's BCP 47 tag: `<html lang>`, `hreflang`, Intl formats and Pagefind's index. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', pl: 'pl' };
/** Open Graph's form of the tag. */
export const OG_LOCALES: Record<Lang, string> = { en: 'en_GB', pl: 'pl_PL' };
/** Each language's name in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', pl: 'Polski' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Pages made in English only so far (the printed handbook, the workshop pack and the scorecard
 * worksheet): other languages link to them as they are, and their
 * language switch says that they are not translated yet.
 */
export const ENGLISH_ONLY = ['/handbook/print/', '/handbook/workshop-pack/', '/scorecard/worksheet/'];

/** Whether a page (a language-free path, with or without `#` or `?`) exists in every language. */
export function inEveryLang(path: string): boolean {
  return !ENGLISH_ONLY.some((p) => path.startsWith(p));
}

/**
 * A site-relative path in a language: `/handbook/` stays for English, is `/pl/handbook/` in Polish.
 * A page made in English only keeps its English address.
 */
export function localizePath(path: string, lang: Lang): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANG || !inEveryLang(p) ? p : `/${lang}${p}`;
}

/**
 * A page's language and its language-free path, from its address (with the base path in front):
 * `/base/pl/handbook/` gives `{ lang: 'pl', path: '/handbook/' }`.
 */
export function splitLangPath(pathname: string, base = '/'): { lang: Lang; path: string } {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  let rest = b && pathname.startsWith(b) ? pathname.slice(b.length) : pathname;
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const first = rest.split('/')[1];
  if (first && first !== DEFAULT_LANG && isLang(first)) return { lang: first, path: rest.slice(first.length + 1) || '/' };
  return { lang: DEFAULT_LANG, path: rest };
}

/** The `lang` route parameter of a page made in every language (`src/pages/[...lang]/`). */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** getStaticPaths of a page that has no other parameter: one page per language. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** getStaticPaths of a page with parameters of its own: `make` gives one language's paths, with its entries. */
export async function eachLang<P extends object, Q extends object>(
  make: (lang: Lang) => { params: P; props: Q }[] | Promise<{ params: P; props: Q }[]>,
): Promise<{ params: P & { lang: string | undefined }; props: Q & { lang: Lang } }[]> {
  const all = await Promise.all(LANGS.map(async (lang) => (await make(lang)).map((p) => ({
    params: { ...p.params, lang: langParam(lang) },
    props: { ...p.props, lang },
  }))));
  return all.flat();
}
