/**
 * Backup files: what the reader exports, and the checks an imported file must pass before
 * anything saved changes. Pure; the summary's island reads the file and shows the result.
 */
import { FORMAT, VERSION, readValue, type Assessment, type SavedDocument, type Scorecard } from '../stores/saved-format';

/** Larger files are refused before they are parsed: a real backup is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** An exported file is a saved document with only the chosen assessments (and every scorecard). */
export function exportDocument(doc: SavedDocument, assessmentIds?: readonly string[], now = new Date()): string {
  const assessments = assessmentIds ? doc.assessments.filter((a) => assessmentIds.includes(a.id)) : doc.assessments;
  const out: SavedDocument & { exported: string } = {
    format: FORMAT,
    version: VERSION,
    exported: now.toISOString(),
    active: assessments[0]?.id ?? doc.active,
    assessments,
    scorecards: assessmentIds ? [] : doc.scorecards,
  };
  return JSON.stringify(out, null, 2);
}

/** A file name with the date, e.g. inclusion-handbook-housing-team-2026-11-24.json. */
export function exportFileName(label: string, now = new Date(), extension = 'json'): string {
  const slug = label.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `inclusion-handbook${slug ? `-${slug}` : ''}-${now.toISOString().slice(0, 10)}.${extension}`;
}

export type ImportResult =
  | { ok: true; assessments: Assessment[]; scorecards: Scorecard[]; migratedFrom?: number }
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
  return { ok: true, assessments: result.doc.assessments, scorecards: result.doc.scorecards, migratedFrom: result.migratedFrom };
}

/** Counts for an import preview: how much each assessment holds. */
export function assessmentContents(a: Assessment): { ticked: number; notes: number; actions: number } {
  const ticked = Object.values(a.checklists).reduce((n, items) => n + Object.keys(items).length, 0);
  return { ticked, notes: Object.keys(a.notes).length, actions: Object.keys(a.actions).length };
}
