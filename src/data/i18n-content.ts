/**
 * Translated content entries (collections `handbookPl`, `checklistsPl`, `glossaryPl`, `qualityPl`;
 * see src/content.config.ts), looked up by the English entry's id. Where a language has no file
 * for an entry, callers show the English entry and a notice that the page is not translated yet.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';

/** The collections that have translations, and each language's collection of them. */
const TRANSLATIONS = {
  handbook: { pl: 'handbookPl' },
  checklists: { pl: 'checklistsPl' },
  glossary: { pl: 'glossaryPl' },
  quality: { pl: 'qualityPl' },
} as const satisfies Record<string, Partial<Record<Exclude<Lang, 'en'>, string>>>;

export type Translatable = keyof typeof TRANSLATIONS;

const cache = new Map<string, Promise<Map<string, CollectionEntry<Translatable>>>>();

/** A language's translated entries of a collection, by id (empty for English and for a language without them). */
export function translatedEntries<C extends Translatable>(collection: C, lang: Lang): Promise<Map<string, CollectionEntry<C>>> {
  const key = `${collection}/${lang}`;
  let found = cache.get(key);
  if (!found) {
    const name = lang === DEFAULT_LANG ? undefined : (TRANSLATIONS[collection] as Partial<Record<Lang, string>>)[lang];
    found = name
      ? getCollection(name as 'handbookPl').then((list) => new Map(list.map((e) => [e.id, e as unknown as CollectionEntry<Translatable>])))
      : Promise.resolve(new Map());
    cache.set(key, found);
  }
  return found as Promise<Map<string, CollectionEntry<C>>>;
}

/** Every entry of a collection in a language: the translation where there is one, else the English entry (`translated: false`). */
export async function entriesIn<C extends Translatable>(collection: C, lang: Lang): Promise<{ entry: CollectionEntry<C>; translated: boolean }[]> {
  const [english, tr] = await Promise.all([getCollection(collection), translatedEntries(collection, lang)]);
  return (english as CollectionEntry<C>[]).map((e) => {
    const t = tr.get(e.id);
    return t ? { entry: t, translated: true } : { entry: e, translated: lang === DEFAULT_LANG };
  });
}

/** One entry in a language, with the same fallback. */
export async function entryIn<C extends Translatable>(entry: CollectionEntry<C>, lang: Lang): Promise<{ entry: CollectionEntry<C>; translated: boolean }> {
  if (lang === DEFAULT_LANG) return { entry, translated: true };
  const t = (await translatedEntries(entry.collection as C, lang)).get(entry.id);
  return t ? { entry: t, translated: true } : { entry, translated: false };
}
