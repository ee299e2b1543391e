/**
 * Groups entries under their initial letter (A to Z, then "#" for anything else), sorted within,
 * in a language's alphabetical order. English folds accents (É under E); Polish keeps its own
 * letters (Ł, Ś, Ż after L, S, Z), as Polish dictionaries do.
 */
export function byInitial<T>(entries: readonly T[], name: (e: T) => string, locale = 'en'): { letter: string; entries: T[] }[] {
  const groups = new Map<string, T[]>();
  const english = locale.startsWith('en');
  const sorted = [...entries].sort((a, b) => name(a).localeCompare(name(b), locale, { sensitivity: 'base' }));
  for (const e of sorted) {
    const first = (english ? name(e).normalize('NFD') : name(e)).charAt(0).toLocaleUpperCase(locale);
    const letter = (english ? /[A-Z]/ : /\p{Lu}/u).test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b, locale))).map(([letter, entries]) => ({ letter, entries }));
}
