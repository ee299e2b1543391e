/** Groups entries under their initial letter (A to Z, then "#" for anything else), sorted within. */
export function byInitial<T>(entries: readonly T[], name: (e: T) => string): { letter: string; entries: T[] }[] {
  const groups = new Map<string, T[]>();
  const sorted = [...entries].sort((a, b) => name(a).localeCompare(name(b), 'en', { sensitivity: 'base' }));
  for (const e of sorted) {
    const first = name(e).normalize('NFD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))).map(([letter, entries]) => ({ letter, entries }));
}
