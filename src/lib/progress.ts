/** What a reader can say about one checklist item. No entry means "not yet". */
export type ItemState = 'done' | 'na' | 'planned';

/** Saved states of one checklist, by item id. */
export type ChecklistStates = Readonly<Record<string, ItemState | undefined>>;

export interface Progress {
  /** Items that count: all items less those marked not applicable. */
  total: number;
  done: number;
  planned: number;
  notApplicable: number;
  /** Items that count and are neither done nor planned. */
  open: number;
}

/**
 * Progress of one checklist. Only ids of the checklist's current items count, so a state saved
 * for an item that was since removed from the content is kept in storage but never counted.
 */
export function checklistProgress(itemIds: readonly string[], states: ChecklistStates | undefined): Progress {
  let done = 0;
  let planned = 0;
  let notApplicable = 0;
  for (const id of itemIds) {
    const s = states?.[id];
    if (s === 'done') done++;
    else if (s === 'planned') planned++;
    else if (s === 'na') notApplicable++;
  }
  const total = itemIds.length - notApplicable;
  return { total, done, planned, notApplicable, open: total - done - planned };
}

/** Adds progresses together (a chapter's checklists, or the whole handbook). */
export function sumProgress(list: readonly Progress[]): Progress {
  return list.reduce(
    (a, p) => ({
      total: a.total + p.total,
      done: a.done + p.done,
      planned: a.planned + p.planned,
      notApplicable: a.notApplicable + p.notApplicable,
      open: a.open + p.open,
    }),
    { total: 0, done: 0, planned: 0, notApplicable: 0, open: 0 },
  );
}

/** Share of counted items that are done, 0 to 100, rounded down; 0 when nothing counts. */
export function percentDone(p: Progress): number {
  return p.total === 0 ? 0 : Math.floor((100 * p.done) / p.total);
}

/** Whether the reader has touched this checklist at all. */
export function isStarted(p: Progress): boolean {
  return p.done + p.planned + p.notApplicable > 0;
}

/**
 * The handbook's reading of a checklist's result: every point met, some met, or none met.
 * `empty` when every item was marked not applicable.
 */
export type Verdict = 'all' | 'some' | 'none' | 'empty';

export function verdict(p: Progress): Verdict {
  if (p.total === 0) return 'empty';
  if (p.done === p.total) return 'all';
  return p.done === 0 ? 'none' : 'some';
}

/** What a progress figure counts over: one chapter or guide, the handbook, or everything. */
export type ProgressScope = 'page' | 'handbook' | 'all';

/** Saved states of every checklist, by checklist id (an assessment's `checklists`). */
export type AllStates = Readonly<Record<string, ChecklistStates | undefined>>;

/** The checklists of one page, as the progress functions need them. */
export interface ProgressPage {
  pageId: string;
  checklists: readonly { id: string; items: readonly { id: string }[] }[];
}

/**
 * The one progress function of the site: home, sidebar, chapter, summary and report all call it,
 * so the same saved state gives the same figure everywhere. Items marked not applicable leave
 * the total (see checklistProgress).
 */
export function progressOf(pages: readonly ProgressPage[], states: AllStates): Progress {
  return sumProgress(pages.flatMap((p) => p.checklists.map((cl) => checklistProgress(cl.items.map((i) => i.id), states[cl.id]))));
}

/** The pages a scope covers: the handbook's chapters ("handbook/…"), or every page. */
export function pagesInScope<P extends ProgressPage>(pages: readonly P[], scope: Exclude<ProgressScope, 'page'>): P[] {
  return scope === 'all' ? [...pages] : pages.filter((p) => p.pageId.startsWith('handbook/'));
}

/** Status of a page in the summary's task list, as in the GOV.UK task list. */
export type TaskStatus = 'not-started' | 'in-progress' | 'completed';

/** Completed: every counted item done (items marked not applicable left out). */
export function taskStatus(p: Progress): TaskStatus {
  if (!isStarted(p)) return 'not-started';
  return p.done === p.total ? 'completed' : 'in-progress';
}

/**
 * Where a reader goes next from the home page: the first page, in reading order, that they began
 * and did not finish; else the first they have not begun; undefined when all is done.
 */
export function nextPage<P extends ProgressPage>(pages: readonly P[], states: AllStates): P | undefined {
  const counted = pages.filter((p) => p.checklists.length > 0).map((p) => ({ p, s: taskStatus(progressOf([p], states)) }));
  return (counted.find((x) => x.s === 'in-progress') ?? counted.find((x) => x.s === 'not-started'))?.p;
}
