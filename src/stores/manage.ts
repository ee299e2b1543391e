/**
 * Several assessments (one per service, team or year) and scorecards: made, renamed, copied and
 * deleted on the summary and scorecard pages. Apart from `assessment.ts` so that chapter pages,
 * which only tick and write notes, do not load it. Every change is saved through the same
 * merging write as a tick.
 */
import { freshId } from '../lib/ids';
import { newAssessment, type Assessment, type Rating, type Scorecard } from '../lib/saved-format';
import { saveDocument, saved, type WriteResult } from './assessment';

// Several assessments: one per service, team or year.

export function createAssessment(name: string): string {
  const doc = saved.get();
  const a = newAssessment(freshId('assessment', doc.assessments), name, new Date());
  saveDocument({ ...doc, assessments: [...doc.assessments, a], active: a.id });
  return a.id;
}

export function switchAssessment(id: string): void {
  const doc = saved.get();
  if (doc.assessments.some((a) => a.id === id)) saveDocument({ ...doc, active: id });
}

export function renameAssessment(id: string, name: string): void {
  const doc = saved.get();
  saveDocument({ ...doc, assessments: doc.assessments.map((a) => (a.id === id ? { ...a, name } : a)) });
}

export function duplicateAssessment(id: string, name: string): string | undefined {
  const doc = saved.get();
  const original = doc.assessments.find((a) => a.id === id);
  if (!original) return undefined;
  const copy: Assessment = { ...structuredClone(original), id: freshId('assessment', doc.assessments), name, created: new Date().toISOString() };
  saveDocument({ ...doc, assessments: [...doc.assessments, copy], active: copy.id });
  return copy.id;
}

/**
 * Deletes an assessment (never the last one) and returns what `restoreAssessment` needs to undo it.
 */
export function deleteAssessment(id: string): { assessment: Assessment; index: number; wasActive: boolean } | undefined {
  const doc = saved.get();
  const index = doc.assessments.findIndex((a) => a.id === id);
  if (index < 0 || doc.assessments.length < 2) return undefined;
  const assessments = doc.assessments.filter((a) => a.id !== id);
  const wasActive = doc.active === id;
  saveDocument({ ...doc, assessments, active: wasActive ? assessments[0]!.id : doc.active });
  return { assessment: doc.assessments[index]!, index, wasActive };
}

export function restoreAssessment(deleted: { assessment: Assessment; index: number; wasActive: boolean }): void {
  const doc = saved.get();
  if (doc.assessments.some((a) => a.id === deleted.assessment.id)) return;
  const assessments = [...doc.assessments];
  assessments.splice(Math.min(deleted.index, assessments.length), 0, deleted.assessment);
  saveDocument({ ...doc, assessments, active: deleted.wasActive ? deleted.assessment.id : doc.active });
}

/** Puts `incoming`'s content in place of assessment `id`, keeping its id and place. */
export function replaceAssessment(id: string, incoming: Assessment): void {
  const doc = saved.get();
  saveDocument({ ...doc, assessments: doc.assessments.map((a) => (a.id === id ? { ...structuredClone(incoming), id } : a)) });
}

// Scorecards: practices rated against the quality criteria.

/** A new, empty scorecard's id; null when the browser refused to save it. */
export function createScorecard(name: string): string | null {
  const doc = saved.get();
  const now = new Date().toISOString();
  const card: Scorecard = { id: freshId('scorecard', doc.scorecards), name, created: now, updated: now, ratings: {}, evidence: {} };
  return saveDocument({ ...doc, scorecards: [...doc.scorecards, card] }) === 'failed' ? null : card.id;
}

/** Each change says what became of it, so that the control the reader used can tell a refusal. */
function changeScorecard(id: string, update: (s: Scorecard) => Scorecard): WriteResult {
  const doc = saved.get();
  return saveDocument({ ...doc, scorecards: doc.scorecards.map((s) => (s.id === id ? { ...update(s), updated: new Date().toISOString() } : s)) });
}

export function renameScorecard(id: string, name: string): WriteResult {
  return changeScorecard(id, (s) => ({ ...s, name }));
}

export function setRating(id: string, criterion: string, rating: Rating | undefined): WriteResult {
  return changeScorecard(id, (s) => {
    const ratings = { ...s.ratings };
    if (rating) ratings[criterion] = rating;
    else delete ratings[criterion];
    return { ...s, ratings };
  });
}

export function setEvidence(id: string, question: string, text: string): WriteResult {
  return changeScorecard(id, (s) => {
    const evidence = { ...s.evidence };
    if (text.trim()) evidence[question] = text;
    else delete evidence[question];
    return { ...s, evidence };
  });
}

export function duplicateScorecard(id: string, name: string): string | undefined {
  const doc = saved.get();
  const original = doc.scorecards.find((s) => s.id === id);
  if (!original) return undefined;
  const now = new Date().toISOString();
  const copy: Scorecard = { ...structuredClone(original), id: freshId('scorecard', doc.scorecards), name, created: now, updated: now };
  saveDocument({ ...doc, scorecards: [...doc.scorecards, copy] });
  return copy.id;
}

export function deleteScorecard(id: string): { scorecard: Scorecard; index: number } | undefined {
  const doc = saved.get();
  const index = doc.scorecards.findIndex((s) => s.id === id);
  if (index < 0) return undefined;
  saveDocument({ ...doc, scorecards: doc.scorecards.filter((s) => s.id !== id) });
  return { scorecard: doc.scorecards[index]!, index };
}

export function restoreScorecard(deleted: { scorecard: Scorecard; index: number }): void {
  const doc = saved.get();
  if (doc.scorecards.some((s) => s.id === deleted.scorecard.id)) return;
  const scorecards = [...doc.scorecards];
  scorecards.splice(Math.min(deleted.index, scorecards.length), 0, deleted.scorecard);
  saveDocument({ ...doc, scorecards });
}
