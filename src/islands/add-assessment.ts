import type { Assessment } from '../lib/saved-format';
import { saveDocument, saved, type WriteResult } from '../stores/assessment';

/**
 * Saves `a` as a new assessment named `name`, in one write through the store's public
 * `saveDocument`, and returns its id and what the write did. The reader's active assessment stays
 * active unless `activate`.
 */
export function addAsAssessment(a: Assessment, name: string, activate = false): { id: string; result: WriteResult } {
  const doc = saved.get();
  let id: string;
  do id = `assessment-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  while (doc.assessments.some((x) => x.id === id));
  const result = saveDocument({ ...doc, assessments: [...doc.assessments, { ...structuredClone(a), id, name }], active: activate ? id : doc.active });
  return { id, result };
}
