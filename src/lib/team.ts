/**
 * Team answers: several colleagues' assessments of the same checklists brought together. For each
 * item, how many gave each answer, whether they agree, and the majority; the notes of each page
 * gathered under each colleague's name. Pure: the team island reads and saves.
 */
import type { ItemState } from './progress';
import { itemsOf, type AssessablePage } from './pages';

/** An item's answer; "open" is "to do" (nothing saved). */
export type Answer = ItemState | 'open';
export const ANSWERS: readonly Answer[] = ['done', 'na', 'planned', 'open'];

export interface Colleague {
  name: string;
  checklists: Readonly<Record<string, Readonly<Record<string, ItemState | undefined>> | undefined>>;
  notes: Readonly<Record<string, { text: string } | undefined>>;
}

export type Tally = Record<Answer, number>;

export interface TeamItem {
  pageId: string;
  checklistId: string;
  itemId: string;
  number: number;
  text: string;
  mode: 'assess' | 'plan';
  /** One answer per colleague, in the order given. */
  answers: Answer[];
  counts: Tally;
  /** Every colleague gave the same answer. */
  agreed: boolean;
  /** The answer more than half of the colleagues gave, or null when none has. */
  majority: Answer | null;
}

export function answerOf(state: ItemState | undefined): Answer {
  return state ?? 'open';
}

export function tally(answers: readonly Answer[]): Tally {
  const t: Tally = { done: 0, na: 0, planned: 0, open: 0 };
  for (const a of answers) t[a]++;
  return t;
}

/** The answer given by more than half, or null (a tie, or no colleague at all). */
export function majorityOf(answers: readonly Answer[]): Answer | null {
  const t = tally(answers);
  return ANSWERS.find((a) => t[a] * 2 > answers.length) ?? null;
}

/** Every item of the pages with the colleagues' answers, counts, agreement and majority. */
export function teamItems(pages: readonly AssessablePage[], colleagues: readonly Colleague[]): TeamItem[] {
  return itemsOf(pages).map(({ page, checklist: cl, item, number }) => {
    const answers = colleagues.map((c) => answerOf(c.checklists[cl.id]?.[item.id]));
    return {
      pageId: page.pageId,
      checklistId: cl.id,
      itemId: item.id,
      number,
      text: item.text,
      mode: cl.mode,
      answers,
      counts: tally(answers),
      agreed: answers.every((a) => a === answers[0]),
      majority: majorityOf(answers),
    };
  });
}

/** The states a team assessment takes when the majority is taken for every item that has one. */
export function majorityStates(
  items: readonly TeamItem[],
  current: Readonly<Record<string, Readonly<Record<string, ItemState>> | undefined>>,
): Record<string, Record<string, ItemState>> {
  const out: Record<string, Record<string, ItemState>> = {};
  for (const [id, states] of Object.entries(current)) out[id] = { ...states };
  for (const item of items) {
    if (item.majority === null) continue;
    const list = (out[item.checklistId] ??= {});
    if (item.majority === 'open') delete list[item.itemId];
    else list[item.itemId] = item.majority;
  }
  return out;
}

/**
 * Notes of each note key, gathered under each colleague's name in the colleagues' order:
 * "Anna:\n…\n\nBen:\n…". Keys no colleague wrote under are absent.
 */
export function gatherNotes(colleagues: readonly Colleague[], heading: (name: string) => string = (n) => `${n}:`): Record<string, string> {
  const keys = [...new Set(colleagues.flatMap((c) => Object.keys(c.notes)))];
  const out: Record<string, string> = {};
  for (const key of keys) {
    const parts = colleagues.flatMap((c) => {
      const text = c.notes[key]?.text.trim();
      return text ? [`${heading(c.name)}\n${text}`] : [];
    });
    if (parts.length) out[key] = parts.join('\n\n');
  }
  return out;
}
