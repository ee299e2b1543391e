/**
 * Three-way merge of the saved document, for two tabs that write at the same time.
 *
 * Every tick, mark, note, planned action, rating, evidence note and name is a field of its own.
 * A field takes this tab's value where this tab changed it since `base` (what it last read or
 * wrote), and the stored value everywhere else; so a change made in another tab is never
 * overwritten by a field this tab did not touch. Where both changed the same field, this tab's
 * value wins: it is the newer write, and the reader is looking at it.
 *
 * Each tab's localStorage is a cached copy that the browser updates a moment after another tab
 * writes; so a tab may write over a change it has not received yet, putting back a field's old
 * value. A tab therefore remembers its own latest changes (`Kept`) for a few seconds, and where
 * the stored value is one its change replaced, the change is applied again.
 */
import { activeAssessment, type Assessment, type SavedDocument, type Scorecard } from './saved-format';

type Fields = Map<string, string>;

/** A field's address: the JSON of its path, so ids holding "/" (page ids, action keys) stay apart. */
const at = (...path: string[]) => JSON.stringify(path);

function assessmentFields(a: Assessment, out: Fields): void {
  out.set(at('a', a.id), '1');
  out.set(at('a', a.id, 'name'), a.name);
  out.set(at('a', a.id, 'created'), a.created);
  for (const [list, items] of Object.entries(a.checklists)) {
    for (const [item, state] of Object.entries(items)) out.set(at('a', a.id, 'c', list, item), state);
  }
  for (const [page, note] of Object.entries(a.notes)) out.set(at('a', a.id, 'n', page), JSON.stringify(note));
  for (const [key, act] of Object.entries(a.actions)) out.set(at('a', a.id, 'x', key), JSON.stringify(act));
}

function scorecardFields(s: Scorecard, out: Fields): void {
  out.set(at('s', s.id), '1');
  for (const key of ['name', 'created', 'updated'] as const) out.set(at('s', s.id, key), s[key]);
  for (const [id, r] of Object.entries(s.ratings)) out.set(at('s', s.id, 'r', id), r);
  for (const [id, e] of Object.entries(s.evidence)) out.set(at('s', s.id, 'e', id), e);
}

/** The document as a flat map of fields (absent field = no entry). */
export function fields(doc: SavedDocument): Fields {
  const out: Fields = new Map([[at('active'), doc.active]]);
  for (const a of doc.assessments) assessmentFields(a, out);
  for (const s of doc.scorecards) scorecardFields(s, out);
  return out;
}

/** Fields changed from one document to the next: address → [value before, value after]. */
export type Changes = Map<string, [string | undefined, string | undefined]>;
/** A tab's recent changes: per field, the values it replaced and the value it wrote last. */
export type Kept = Map<string, { replaced: (string | undefined)[]; value: string | undefined }>;

export function changesBetween(before: SavedDocument, after: SavedDocument): Changes {
  const b = fields(before);
  const a = fields(after);
  const out: Changes = new Map();
  for (const key of new Set([...b.keys(), ...a.keys()])) if (b.get(key) !== a.get(key)) out.set(key, [b.get(key), a.get(key)]);
  return out;
}

/** Whether `theirs` undid one of `kept`: it holds a value that change replaced. */
export function undoesChanges(theirs: SavedDocument, kept: Kept): boolean {
  const t = fields(theirs);
  return [...kept].some(([key, k]) => t.get(key) !== k.value && k.replaced.includes(t.get(key)));
}

/** Ids in `mine`'s order, then those only `theirs` has, in theirs' order, kept if `present`. */
function order(mine: readonly { id: string }[], theirs: readonly { id: string }[], present: (id: string) => boolean): string[] {
  const ids = [...mine.map((x) => x.id), ...theirs.map((x) => x.id)];
  return [...new Set(ids)].filter(present);
}

/**
 * The merged document. `kept`: this tab's recent changes, applied again where `theirs` holds the
 * value they replaced (a write from a tab that had not received them yet).
 */
export function mergeDocuments(base: SavedDocument, mine: SavedDocument, theirs: SavedDocument, kept: Kept = new Map()): SavedDocument {
  const b = fields(base);
  const m = fields(mine);
  const t = fields(theirs);
  const merged: Fields = new Map();
  for (const key of new Set([...b.keys(), ...m.keys(), ...t.keys()])) {
    const k = kept.get(key);
    let value = m.get(key) !== b.get(key) ? m.get(key) : t.get(key);
    if (k && m.get(key) === k.value && k.replaced.includes(t.get(key))) value = k.value;
    if (value !== undefined) merged.set(key, value);
  }
  const get = (...path: string[]) => merged.get(at(...path));

  const built = new Map<string, Assessment>();
  const cards = new Map<string, Scorecard>();
  for (const id of order(mine.assessments, theirs.assessments, (id) => get('a', id) !== undefined)) {
    built.set(id, { id, name: get('a', id, 'name') ?? '', created: get('a', id, 'created') ?? '', checklists: {}, notes: {}, actions: {} });
  }
  for (const id of order(mine.scorecards, theirs.scorecards, (id) => get('s', id) !== undefined)) {
    cards.set(id, { id, name: get('s', id, 'name') ?? '', created: get('s', id, 'created') ?? '', updated: get('s', id, 'updated') ?? '', ratings: {}, evidence: {} });
  }
  for (const [key, value] of merged) {
    const [kind, owner, field, x, y] = JSON.parse(key) as string[];
    const a = kind === 'a' ? built.get(owner!) : undefined;
    const s = kind === 's' ? cards.get(owner!) : undefined;
    if (a && field === 'c') (a.checklists[x!] ??= {})[y!] = value as Assessment['checklists'][string][string];
    else if (a && field === 'n') a.notes[x!] = JSON.parse(value);
    else if (a && field === 'x') a.actions[x!] = JSON.parse(value);
    else if (s && field === 'r') s.ratings[x!] = value as Scorecard['ratings'][string];
    else if (s && field === 'e') s.evidence[x!] = value;
  }
  const assessments = [...built.values()];
  const scorecards = [...cards.values()];
  // Both tabs deleted the assessments the other kept: keep this tab's list rather than none.
  if (assessments.length === 0) return mine;

  const doc: SavedDocument = { format: mine.format, version: mine.version, active: get('active') ?? mine.active, assessments, scorecards };
  return { ...doc, active: activeAssessment(doc).id };
}
