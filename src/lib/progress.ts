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
