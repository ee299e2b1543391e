/** Shapes that routes hand to components and islands: computed once, in src/data/site.ts. */

export interface ChecklistItemData {
  id: string;
  text: string;
  hint?: string;
}

export interface ChecklistData {
  id: string;
  title: string;
  audience?: string;
  intro?: string;
  mode: 'assess' | 'plan';
  items: ChecklistItemData[];
}

/** A page that can hold checklists and a note: a handbook chapter or a sector guide. */
export interface AssessablePage {
  /** Key of the page's note in the saved document: "handbook/<id>" or "sectors/<id>". */
  pageId: string;
  /** The page's one name, with its key-area number where it has one: "Key area 2: Ensure support…". */
  name: string;
  /** Where space demands it, the short title, still beside the number: "Key area 2: Serve everyone". */
  shortName: string;
  title: string;
  shortTitle: string;
  href: string;
  checklists: ChecklistData[];
  /** Keys of the page's notes in the saved document, in page order (see noteKeys). */
  noteKeys: string[];
}

/** One checklist item where it stands: its page, its checklist and its number (from 1) in it. */
export interface ItemPlace {
  page: AssessablePage;
  checklist: ChecklistData;
  item: ChecklistItemData;
  number: number;
}

/** Every checklist item of the pages, in page order: the one walk that comparisons and team answers share. */
export function itemsOf(pages: readonly AssessablePage[]): ItemPlace[] {
  return pages.flatMap((page) => page.checklists.flatMap((checklist) => checklist.items.map((item, n) => ({ page, checklist, item, number: n + 1 }))));
}

/** A page's name with its key-area label in front, when it has one. */
export function labelledName(label: string | undefined, title: string): string {
  return label ? `${label}: ${title}` : title;
}

/**
 * Keys of a page's notes: one notes field follows each checklist, so a page with two checklists
 * has two. The first (or only) keeps the page id, the key every note had before, so saved notes
 * stay where they were; a later checklist's note is keyed "<page id>/<checklist id>".
 */
export function noteKeys(pageId: string, checklistIds: readonly string[]): string[] {
  return checklistIds.length <= 1 ? [pageId] : checklistIds.map((id, i) => (i === 0 ? pageId : `${pageId}/${id}`));
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The previous and next entries around `index` in an ordered list. */
export function neighbours<T>(list: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? list[index - 1] : undefined, next: index >= 0 && index < list.length - 1 ? list[index + 1] : undefined };
}

/** A section a layout adds after the body, shown only when the page has content for it. */
export interface AddedSection {
  slug: string;
  text: string;
  show: boolean;
}

/**
 * The on-page table of contents: the body's level-2 and level-3 headings, then the sections the
 * layout adds after the body and shows on this page, in page order.
 */
export function tableOfContents(body: readonly Heading[], added: readonly AddedSection[]): Heading[] {
  return [
    ...body.filter((h) => h.depth === 2 || h.depth === 3),
    ...added.filter((s) => s.show).map(({ slug, text }) => ({ depth: 2, slug, text })),
  ];
}
