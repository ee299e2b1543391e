/**
 * Imports: the checks a backup file (src/lib/backup.ts) must pass before anything saved changes,
 * and what an import would save. Pure; the summary's island reads the file and shows the result.
 */
import { freshId } from './ids';
import { DEFAULT_ASSESSMENT_NAME, FORMAT, VERSION, readValue, serialise, type Assessment, type SavedDocument, type Scorecard } from './saved-format';

/** Larger files are refused before they are parsed: a real backup is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type ImportResult =
  | { ok: true; assessments: Assessment[]; scorecards: Scorecard[]; active: string; migratedFrom?: number }
  | { ok: false; message: string };

/** Checks an imported file's text. Never throws; every refusal says why in plain words. */
export function readImport(text: string, byteSize: number): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) {
    return { ok: false, message: `This file is too large (${(byteSize / 1024 / 1024).toFixed(1)} MB). A backup of this handbook is far smaller than the 2 MB limit: check that you chose the right file.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file cannot be read: it is not a valid JSON file. Choose a file that this handbook exported (it ends in .json).' };
  }
  const result = readValue(value);
  if (result.status === 'newer') {
    return { ok: false, message: `This file was made by a newer version of this handbook (format version ${result.version}). Reload the site to get the newest version, then import it again.` };
  }
  if (result.status !== 'ok') {
    const reason = result.status === 'corrupt' ? result.reason : 'the file is empty';
    const fromOtherTool = result.status === 'corrupt' && /not written by this handbook/.test(result.reason);
    return {
      ok: false,
      message: fromOtherTool
        ? 'This file was not made by this handbook, so it cannot be imported. Choose a file that you exported from the summary page.'
        : `This file cannot be imported: ${reason}. Nothing was changed.`,
    };
  }
  return { ok: true, assessments: result.doc.assessments, scorecards: result.doc.scorecards, active: result.doc.active, migratedFrom: result.migratedFrom };
}

/** Counts for an import preview: how much each assessment holds. */
export function assessmentContents(a: Assessment): { ticked: number; notes: number; actions: number } {
  const ticked = Object.values(a.checklists).reduce((n, items) => n + Object.keys(items).length, 0);
  return { ticked, notes: Object.keys(a.notes).length, actions: Object.keys(a.actions).length };
}

/** What an import would save, and what it leaves out because it is already here. */
export interface ImportPlan {
  doc: SavedDocument;
  /** Ids (in `doc`) of the assessments and scorecards the import adds. */
  added: { assessments: string[]; scorecards: string[] };
  /** Names of those already here with the same id and the same content: not added again. */
  alreadyHere: { assessments: string[]; scorecards: string[] };
  /** The browser held only the untouched default assessment, and the import took its place. */
  replacedEmpty: boolean;
}

/** Adds each entry of `incoming` missing from `current` (same id, same content = already here). */
function addMissing<T extends Assessment | Scorecard>(current: readonly T[], incoming: readonly T[], prefix: string) {
  const list = [...current];
  const added: string[] = [];
  const alreadyHere: string[] = [];
  for (const item of incoming) {
    const same = list.find((x) => x.id === item.id);
    // Already here: under its own id, or under the fresh id an earlier import of it was given.
    if (list.some((x) => sameContent({ ...x, id: item.id }, item))) {
      alreadyHere.push(item.name);
      continue;
    }
    // An imported id is kept when it is free, so that importing the same file again is recognised.
    const copy = { ...structuredClone(item), id: same ? freshId(prefix, list) : item.id };
    list.push(copy);
    added.push(copy.id);
  }
  return { list, added, alreadyHere };
}

/** The document after adding an imported file's assessments and scorecards to `current`. */
export function planAdd(current: SavedDocument, incoming: Extract<ImportResult, { ok: true }>): ImportPlan {
  if (isPristine(current)) {
    const doc: SavedDocument = { format: FORMAT, version: VERSION, active: incoming.active, assessments: structuredClone(incoming.assessments), scorecards: structuredClone(incoming.scorecards) };
    return { doc, added: { assessments: doc.assessments.map((a) => a.id), scorecards: doc.scorecards.map((s) => s.id) }, alreadyHere: { assessments: [], scorecards: [] }, replacedEmpty: true };
  }
  const a = addMissing(current.assessments, incoming.assessments, 'assessment');
  const s = addMissing(current.scorecards, incoming.scorecards, 'scorecard');
  return {
    doc: { ...current, assessments: a.list, scorecards: s.list, active: a.added[0] ?? current.active },
    added: { assessments: a.added, scorecards: s.added },
    alreadyHere: { assessments: a.alreadyHere, scorecards: s.alreadyHere },
    replacedEmpty: false,
  };
}

/**
 * The document after putting `chosen`'s content in place of assessment `targetId` (keeping its
 * id, name and place); the previous content is kept as a new assessment named `backupName`.
 */
export function planReplace(current: SavedDocument, targetId: string, chosen: Assessment, backupName: string): { doc: SavedDocument; backupId: string } | null {
  const old = current.assessments.find((x) => x.id === targetId);
  if (!old) return null;
  const backup: Assessment = { ...structuredClone(old), id: freshId('assessment', current.assessments), name: backupName };
  const assessments = current.assessments.map((x) => (x.id === targetId ? { ...structuredClone(chosen), id: old.id, name: old.name } : x));
  return { doc: { ...current, assessments: [...assessments, backup] }, backupId: backup.id };
}

/**
 * How many more characters storage must take to hold `next` in place of what it holds now
 * (`currentLength` characters): the growth of the saved text, since the old text's space is reused.
 */
export function extraSpaceNeeded(next: SavedDocument, currentLength: number): number {
  return Math.max(0, serialise(next).length - currentLength);
}

/** JSON with every object's keys sorted, so that equal content gives equal text. */
function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (typeof x === 'object' && x !== null) return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(x);
}

/** Whether two assessments (or two scorecards) hold the same id and the same content. */
export function sameContent(a: Assessment | Scorecard, b: Assessment | Scorecard): boolean {
  return canonical(a) === canonical(b);
}

/** A browser where nothing was saved: its one assessment is the untouched default. */
export function isPristine(doc: SavedDocument): boolean {
  const [only, ...more] = doc.assessments;
  return (
    !!only && more.length === 0 && doc.scorecards.length === 0 && only.name === DEFAULT_ASSESSMENT_NAME &&
    Object.values(only.checklists).every((items) => Object.keys(items).length === 0) &&
    Object.keys(only.notes).length === 0 && Object.keys(only.actions).length === 0
  );
}
