/**
 * The one document a reader's browser keeps: its format, how it is read, checked, migrated and
 * written. Pure functions, no storage access: `assessment.ts` uses them, unit tests cover them.
 *
 * zod's "mini" build keeps the schema check small enough for the chapter page's 20 KB budget.
 */
import * as z from 'zod/v4-mini';
import type { ItemState } from '../lib/progress';

/** Marks a document as ours, so a foreign JSON value under our key is never taken for one. */
export const FORMAT = 'inclusion-handbook';
/** Bump on every change of shape, and add a step to `MIGRATIONS`. */
export const VERSION = 1;

const itemState = z.enum(['done', 'na', 'planned']);
const note = z.object({ text: z.string(), updated: z.string() });

export const savedDocumentSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  /** Checklist id → item id → state. Ids no longer in the content are kept, never dropped. */
  checklists: z.record(z.string(), z.record(z.string(), itemState)),
  /** Page id (e.g. "handbook/know-the-needs") → the reader's note. */
  notes: z.record(z.string(), note),
});

export type SavedDocument = z.infer<typeof savedDocumentSchema>;
export type SavedNote = z.infer<typeof note>;
export type { ItemState };

export function emptyDocument(): SavedDocument {
  return { format: FORMAT, version: VERSION, checklists: {}, notes: {} };
}

/**
 * Steps from an older version to the next one, by the version they start from. Each takes the
 * parsed JSON of that version and returns the next version's shape; nothing is ever dropped.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type ReadResult =
  /** Nothing saved yet. */
  | { status: 'empty'; doc: SavedDocument }
  | { status: 'ok'; doc: SavedDocument; migratedFrom?: number }
  /** Saved by a newer version of the site: kept as it is, never overwritten by this one. */
  | { status: 'newer'; doc: SavedDocument; version: number }
  /** Not JSON, not ours, or not the shape its version promises: kept aside, never overwritten. */
  | { status: 'corrupt'; doc: SavedDocument; reason: string };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Reads what storage holds under our key (null when nothing) into a valid current document. */
export function readSaved(raw: string | null | undefined): ReadResult {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty', doc: emptyDocument() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', doc: emptyDocument(), reason: 'the saved data is not valid JSON' };
  }
  if (!isObject(value) || value.format !== FORMAT) {
    return { status: 'corrupt', doc: emptyDocument(), reason: 'the saved data was not written by this handbook' };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'corrupt', doc: emptyDocument(), reason: 'the saved data has no valid version number' };
  }
  if (version > VERSION) return { status: 'newer', doc: emptyDocument(), version };

  let current: Record<string, unknown> = value;
  for (let v = version; v < VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { status: 'corrupt', doc: emptyDocument(), reason: `no way to update data of version ${v}` };
    current = step(current);
  }
  const checked = savedDocumentSchema.safeParse(current);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { status: 'corrupt', doc: emptyDocument(), reason: `the saved data does not have the expected shape${where}` };
  }
  return version === VERSION ? { status: 'ok', doc: checked.data } : { status: 'ok', doc: checked.data, migratedFrom: version };
}

/** The one way a document is written. */
export function serialise(doc: SavedDocument): string {
  return JSON.stringify(doc);
}

/** A copy of `doc` with one item's state set (or cleared with `undefined`). */
export function withItemState(doc: SavedDocument, checklistId: string, itemId: string, state: ItemState | undefined): SavedDocument {
  const items = { ...(doc.checklists[checklistId] ?? {}) };
  if (state === undefined) delete items[itemId];
  else items[itemId] = state;
  return { ...doc, checklists: { ...doc.checklists, [checklistId]: items } };
}

/** A copy of `doc` with a page's note set; an empty note is removed. */
export function withNote(doc: SavedDocument, pageId: string, text: string, now: Date): SavedDocument {
  const notes = { ...doc.notes };
  if (text.trim() === '') delete notes[pageId];
  else notes[pageId] = { text, updated: now.toISOString() };
  return { ...doc, notes };
}
