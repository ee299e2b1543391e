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
  title: string;
  shortTitle: string;
  href: string;
  checklists: ChecklistData[];
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
