/**
 * Comparing assessments: the progress of each per chapter and sector guide, the change from the
 * first to the last, where they differ item by item, and progress per key area. Pure: the
 * compare island hands in the pages and the chosen assessments.
 */
import { percentDone, progressOf, type ItemState, type Progress } from './progress';
import { itemsOf, type AssessablePage } from './pages';

/** What comparing needs of an assessment: its name and its ticks. */
export interface Answers {
  name: string;
  checklists: Readonly<Record<string, Readonly<Record<string, ItemState | undefined>> | undefined>>;
}

/** Progress of one page (all its checklists) in one assessment. */
export function pageProgress(page: Pick<AssessablePage, 'pageId' | 'checklists'>, a: Answers): Progress {
  return progressOf([page], a.checklists);
}

export interface PageComparison {
  pageId: string;
  title: string;
  href: string;
  /** One progress per assessment, in the order given. */
  progress: Progress[];
  /** Items done in the last assessment less those done in the first. */
  changeDone: number;
  /** Percentage points, last less first. */
  changePoints: number;
  /** Items whose state is not the same in all assessments. */
  differences: number;
}

export interface ItemComparison {
  pageId: string;
  checklistId: string;
  itemId: string;
  /** 1-based number of the item in its checklist, as printed on the worksheets. */
  number: number;
  text: string;
  /** One state per assessment; undefined is "not yet" (to do). */
  states: (ItemState | undefined)[];
  differs: boolean;
}

/** Every item of the pages, with its state in each assessment and whether they differ. */
export function compareItems(pages: readonly AssessablePage[], list: readonly Answers[]): ItemComparison[] {
  return itemsOf(pages).map(({ page, checklist: cl, item, number }) => {
    const states = list.map((a) => a.checklists[cl.id]?.[item.id]);
    return { pageId: page.pageId, checklistId: cl.id, itemId: item.id, number, text: item.text, states, differs: states.some((s) => s !== states[0]) };
  });
}

/** Per page with checklists: each assessment's progress, the change, and how many items differ. */
export function comparePages(pages: readonly AssessablePage[], list: readonly Answers[]): PageComparison[] {
  return pages
    .filter((p) => p.checklists.length > 0)
    .map((page) => {
      const progress = list.map((a) => pageProgress(page, a));
      const first = progress[0];
      const last = progress[progress.length - 1];
      return {
        pageId: page.pageId,
        title: page.name,
        href: page.href,
        progress,
        changeDone: first && last ? last.done - first.done : 0,
        changePoints: first && last ? percentDone(last) - percentDone(first) : 0,
        differences: compareItems([page], list).filter((i) => i.differs).length,
      };
    });
}

/** A key area as the chart names it. */
export interface KeyArea {
  pageId: string;
  /** Short label under the bars: "Key area 1". */
  label: string;
}

export interface KeyAreaRow {
  pageId: string;
  label: string;
  /** Per cent done, one per assessment. */
  percents: number[];
  progress: Progress[];
}

/** Progress per key area for each assessment: the figures of the chart and of its table. */
export function keyAreaProgress(pages: readonly AssessablePage[], keyAreas: readonly KeyArea[], list: readonly Answers[]): KeyAreaRow[] {
  return keyAreas.flatMap((k) => {
    const page = pages.find((p) => p.pageId === k.pageId);
    if (!page || page.checklists.length === 0) return [];
    const progress = list.map((a) => pageProgress(page, a));
    return [{ pageId: k.pageId, label: k.label, progress, percents: progress.map(percentDone) }];
  });
}

/** A signed figure for a change: "+3", "−2" (a true minus sign), "0". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}
