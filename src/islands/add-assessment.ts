import type { Assessment } from '../stores/saved-format';
import { createAssessment, replaceAssessment, saved, switchAssessment } from '../stores/assessment';

/**
 * Saves `a` as a new assessment named `name`, through the store's public actions, and returns its
 * id. The reader's active assessment stays active unless `activate`.
 */
export function addAsAssessment(a: Assessment, name: string, activate = false): string {
  const previous = saved.get().active;
  const id = createAssessment(name);
  replaceAssessment(id, { ...structuredClone(a), id, name });
  if (!activate) switchAssessment(previous);
  return id;
}
