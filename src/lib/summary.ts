/**
 * The summary's reading of one page (a chapter or a sector guide): its progress, status and
 * verdict, its items grouped by state, its notes and its planned actions. Pure: the summary
 * island and the printed report render what this returns.
 */
import type { AssessablePage, ChecklistData, ChecklistItemData } from './pages';
import { checklistProgress, progressOf, taskStatus, verdict, type AllStates, type ItemState, type Progress, type TaskStatus, type Verdict } from './progress';

/** What the summary reads from an assessment; the saved format's Assessment has this shape. */
export interface SummarySource {
  checklists: AllStates;
  notes: Readonly<Record<string, { text: string; updated: string } | undefined>>;
  actions: Readonly<Record<string, { action: string; owner: string; due: string } | undefined>>;
}

/** Whether nothing is saved: no item ticked or marked, no note and no planned action (a first visit). */
export function isBlank(a: SummarySource): boolean {
  const some = (r: Readonly<Record<string, unknown>>) => Object.values(r).some((v) => v != null && (typeof v !== 'object' || Object.keys(v).length > 0));
  return !some(a.checklists) && !some(a.notes) && !some(a.actions);
}

/** One item of a page, with where it lives. */
export interface ItemRef {
  /** "<checklist id>/<item id>", the key of its action. */
  key: string;
  checklist: ChecklistData;
  item: ChecklistItemData;
  state: ItemState | undefined;
  /** The item on its page. */
  href: string;
}

/** The groups a page's items fall into, in the order the summary shows them. */
export type ItemGroup = 'done' | 'na' | 'open';

export interface ChecklistReading {
  checklist: ChecklistData;
  progress: Progress;
  verdict: Verdict;
}

export interface PageResult {
  page: AssessablePage;
  progress: Progress;
  status: TaskStatus;
  /** The handbook's reading (all, some or no points met) of each assess-mode checklist. */
  readings: ChecklistReading[];
  groups: Record<ItemGroup, ItemRef[]>;
  notes: { key: string; checklist?: ChecklistData; text: string; updated: string }[];
  /** Items with a planned action (done items keep theirs in storage but leave the plan). */
  withAction: ItemRef[];
}

/** Every figure and list of one page's results. */
export function pageResult(page: AssessablePage, a: SummarySource): PageResult {
  const groups: Record<ItemGroup, ItemRef[]> = { done: [], na: [], open: [] };
  const withAction: ItemRef[] = [];
  for (const checklist of page.checklists) {
    for (const item of checklist.items) {
      const state = a.checklists[checklist.id]?.[item.id];
      const ref: ItemRef = { key: `${checklist.id}/${item.id}`, checklist, item, state, href: `${page.href}#${checklist.id}--${item.id}` };
      groups[state === 'done' ? 'done' : state === 'na' ? 'na' : 'open'].push(ref);
      if (state !== 'done' && state !== 'na' && a.actions[ref.key]?.action) withAction.push(ref);
    }
  }
  const progress = progressOf([page], a.checklists);
  const readings = page.checklists
    .filter((cl) => cl.mode === 'assess')
    .map((checklist) => {
      const p = checklistProgress(checklist.items.map((i) => i.id), a.checklists[checklist.id]);
      return { checklist, progress: p, verdict: verdict(p) };
    });
  const notes = page.noteKeys.flatMap((key, i) => {
    const note = a.notes[key];
    return note ? [{ key, checklist: page.noteKeys.length > 1 ? page.checklists[i] : undefined, text: note.text, updated: note.updated }] : [];
  });
  return { page, progress, status: taskStatus(progress), readings, groups, notes, withAction };
}

/** What the reader chose to see: everything, or one kind of item. */
export type SummaryFilter = 'all' | 'open' | 'done' | 'na' | 'action';

export const SUMMARY_FILTERS: readonly SummaryFilter[] = ['all', 'open', 'done', 'na', 'action'];

/** The item groups a filter shows, each with its items; empty groups left out. */
export function visibleGroups(r: PageResult, filter: SummaryFilter): { group: ItemGroup | 'action'; items: ItemRef[] }[] {
  const pick = (group: ItemGroup | 'action') => ({ group, items: group === 'action' ? r.withAction : r.groups[group] });
  const shown = filter === 'all' ? (['done', 'na', 'open'] as const).map(pick) : [pick(filter)];
  return shown.filter((g) => g.items.length > 0);
}

/** Whether a page has anything to show under a filter (its notes count only under "all"). */
export function matchesFilter(r: PageResult, filter: SummaryFilter): boolean {
  return visibleGroups(r, filter).length > 0 || (filter === 'all' && r.notes.length > 0);
}

/** Whether the reader did anything on the page: the printed report details only these. */
export function hasActivity(r: PageResult): boolean {
  return r.groups.done.length + r.groups.na.length + r.progress.planned + r.notes.length + r.withAction.length > 0;
}
