/** The action plan: planned actions for items not done yet, sortable and with overdue ones marked. */
import type { PlannedAction } from './saved-format';

export interface PlanRow extends PlannedAction {
  key: string;
  pageTitle: string;
  /** Position of the page in reading order, for sorting by chapter. */
  pageOrder: number;
  itemText: string;
  href: string;
  overdue: boolean;
}

export type PlanSort = 'date' | 'chapter';

/** Whether a target date (yyyy-mm-dd) is before `today` (yyyy-mm-dd). No date is never overdue. */
export function isOverdue(due: string, today: string): boolean {
  return due !== '' && due < today;
}

/** Local date as yyyy-mm-dd, the form of <input type="date">. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Sorted rows: by date (undated last, then by chapter) or by chapter (then by date). */
export function sortPlan(rows: readonly PlanRow[], by: PlanSort): PlanRow[] {
  const byDate = (a: PlanRow, b: PlanRow) => (a.due || '9999') < (b.due || '9999') ? -1 : (a.due || '9999') > (b.due || '9999') ? 1 : 0;
  const byChapter = (a: PlanRow, b: PlanRow) => a.pageOrder - b.pageOrder;
  return [...rows].sort((a, b) => (by === 'date' ? byDate(a, b) || byChapter(a, b) : byChapter(a, b) || byDate(a, b)));
}
