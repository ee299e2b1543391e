/**
 * Backup files: what the reader exports (a saved document with the chosen assessments) and its
 * file name. Apart from the import checks (transfer.ts) because every page's storage notice
 * offers a backup, and chapter pages must stay small.
 */
import { FORMAT, VERSION, type SavedDocument } from './saved-format';

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
