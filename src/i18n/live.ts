/**
 * The interface tables for islands and browser code, answering in the page's language. Each of
 * src/i18n/live-*.ts exports one table with the English table's type, and every property read
 * looks the word up in the language of the page being shown: `<html lang>` in the browser;
 * during the build, the page being rendered (src/middleware.ts sets it before each page).
 *
 * So an island reads `toolsUi.overview.title` as before and shows Polish on a Polish page. One
 * module per table, so that a script bundles only the tables it reads; in the browser each loads
 * English (the fallback) and the page's own language only, as a chunk of its own, before the
 * islands that read it run (a top-level await). Pages that must stay light take their words from
 * the markup instead (see src/scripts/search-dialog.ts).
 */
import { DEFAULT_LANG, type Lang } from './lang';
import { currentLang } from './current';

/**
 * Each language's table of one kind: English, then those the (lazy) glob finds (`./pl/ui.ts`
 * exporting `name`): in the browser only the page's language, during the build every one.
 */
export async function loadTables<T>(en: T, modules: Record<string, () => Promise<unknown>>, name: string): Promise<Partial<Record<Lang, T>>> {
  const out: Partial<Record<Lang, T>> = { [DEFAULT_LANG]: en };
  const page = typeof document === 'undefined' ? undefined : currentLang();
  for (const [file, load] of Object.entries(modules)) {
    const lang = file.split('/')[1] as Lang;
    if (page && lang !== page) continue;
    const table = ((await load()) as Record<string, unknown>)[name];
    if (table) out[lang] = table as T;
  }
  return out;
}

/** A table whose every read, at any depth, resolves in the current language. */
export function live<T extends object>(tables: Partial<Record<Lang, T>>, path: PropertyKey[] = []): T {
  const resolve = (): Record<PropertyKey, unknown> => path.reduce<any>((o, k) => o?.[k], tables[currentLang()] ?? tables[DEFAULT_LANG]) ?? {};
  return new Proxy({} as T, {
    get(_, key) {
      const value = resolve()[key];
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? live(tables, [...path, key] as PropertyKey[]) : value;
    },
    has: (_, key) => key in resolve(),
    ownKeys: () => Reflect.ownKeys(resolve()),
    getOwnPropertyDescriptor(_, key) {
      const d = Reflect.getOwnPropertyDescriptor(resolve(), key);
      return d && { ...d, configurable: true };
    },
  });
}

