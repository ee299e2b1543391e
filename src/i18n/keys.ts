/**
 * The keys one interface table has and another lacks, walking both at every depth (a function
 * is a leaf; a list must have as many entries). tests/unit/i18n-keys.test.ts applies it to every
 * table of every language.
 */
export function keyDifferences(en: unknown, tr: unknown, path = ''): string[] {
  const kind = (v: unknown) => (typeof v === 'function' ? 'a function' : Array.isArray(v) ? 'a list' : v !== null && typeof v === 'object' ? 'an object' : 'a word');
  if (kind(en) !== kind(tr)) return [`${path || '(table)'}: ${kind(en)} in English, ${kind(tr)} here`];
  if (Array.isArray(en)) {
    const list = tr as unknown[];
    if (en.length !== list.length) return [`${path}: ${en.length} items in English, ${list.length} here`];
    return en.flatMap((v, i) => keyDifferences(v, list[i], `${path}[${i}]`));
  }
  if (kind(en) !== 'an object') return [];
  const a = en as Record<string, unknown>;
  const b = tr as Record<string, unknown>;
  const at = (k: string) => (path ? `${path}.${k}` : k);
  return [
    ...Object.keys(a).filter((k) => !(k in b)).map((k) => `${at(k)}: missing`),
    ...Object.keys(b).filter((k) => !(k in a)).map((k) => `${at(k)}: not in the English table`),
    ...Object.keys(a).filter((k) => k in b).flatMap((k) => keyDifferences(a[k], b[k], at(k))),
  ];
}
