/** A stable id: lower-case words joined by single hyphens ("needs-multisource-data"). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ids that occur more than once in `ids`, each listed once, in order of first repeat. */
export function duplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

/** A new id that no entry of `taken` has yet, e.g. "assessment-m3x0a1b2". */
export function freshId(prefix: string, taken: readonly { id: string }[]): string {
  let id: string;
  do id = `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  while (taken.some((x) => x.id === id));
  return id;
}
