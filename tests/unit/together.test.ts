import { describe, expect, it } from 'vitest';
import { compareItems, comparePages, keyAreaProgress, signed } from '../../src/lib/compare';
import { gatherNotes, majorityOf, majorityStates, teamItems } from '../../src/lib/team';
import { agreedText, roomLine, withRoomLine } from '../../src/lib/room';
import type { AssessablePage } from '../../src/lib/pages';

const pages: AssessablePage[] = [
  {
    pageId: 'handbook/a',
    title: 'Key area 1',
    name: 'Key area 1: A',
    shortName: 'Key area 1: A',
    noteKeys: ['handbook/a'],
    shortTitle: 'A',
    href: '/handbook/a/',
    checklists: [{ id: 'a', title: 'A', mode: 'assess', items: ['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, text: `Item ${id}` })) }],
  },
  { pageId: 'handbook/intro', title: 'Introduction', name: 'Introduction', shortName: 'Introduction', noteKeys: ['handbook/intro'], shortTitle: 'Intro', href: '/handbook/intro/', checklists: [] },
  {
    pageId: 'sectors/s',
    title: 'Sector',
    name: 'Sector',
    shortName: 'Sector',
    noteKeys: ['sectors/s'],
    shortTitle: 'S',
    href: '/sectors/s/',
    checklists: [{ id: 's', title: 'S', mode: 'plan', items: [{ id: 's1', text: 'S one' }, { id: 's2', text: 'S two' }] }],
  },
];

const y2025 = { name: '2025', checklists: { a: { a1: 'done' as const }, s: { s1: 'planned' as const } } };
const y2026 = { name: '2026', checklists: { a: { a1: 'done' as const, a2: 'done' as const, a3: 'na' as const }, s: { s1: 'done' as const } } };

describe('compare', () => {
  it('gives each assessment its progress per page, the change and the count of differences', () => {
    const rows = comparePages(pages, [y2025, y2026]);
    expect(rows.map((r) => r.pageId)).toEqual(['handbook/a', 'sectors/s']);
    const [a, s] = rows;
    expect(a!.progress.map((p) => [p.done, p.total])).toEqual([[1, 4], [2, 3]]);
    expect(a!.changeDone).toBe(1);
    expect(a!.changePoints).toBe(66 - 25);
    expect(a!.differences).toBe(2);
    expect(s!.differences).toBe(1);
  });

  it('lists items with their states and marks those that differ', () => {
    const items = compareItems(pages, [y2025, y2026]);
    expect(items).toHaveLength(6);
    expect(items.filter((i) => i.differs).map((i) => `${i.checklistId}/${i.itemId}`)).toEqual(['a/a2', 'a/a3', 's/s1']);
    expect(items.find((i) => i.itemId === 'a3')!.states).toEqual([undefined, 'na']);
    expect(items.find((i) => i.itemId === 'a4')!.number).toBe(4);
  });

  it('figures progress per key area, only for key areas with checklists', () => {
    const rows = keyAreaProgress(pages, [{ pageId: 'handbook/a', label: 'Key area 1' }, { pageId: 'handbook/intro', label: 'x' }], [y2025, y2026]);
    expect(rows).toEqual([expect.objectContaining({ label: 'Key area 1', percents: [25, 66] })]);
  });

  it('writes changes with a sign', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '\u22122', '0']);
  });
});

describe('team answers', () => {
  const anna = { name: 'Anna', checklists: { a: { a1: 'done' as const, a2: 'done' as const } }, notes: { 'handbook/a': { text: 'We share data.' } } };
  const ben = { name: 'Ben', checklists: { a: { a1: 'done' as const, a2: 'na' as const } }, notes: { 'handbook/a': { text: '  ' }, 'sectors/s': { text: 'Housing is short.' } } };
  const cleo = { name: 'Cleo', checklists: { a: { a1: 'done' as const, a2: 'done' as const, a3: 'na' as const } }, notes: { 'handbook/a': { text: 'Data is old.' } } };

  it('counts the answers per item and finds the disagreements', () => {
    const items = teamItems(pages, [anna, ben, cleo]);
    const a1 = items.find((i) => i.itemId === 'a1')!;
    expect(a1.counts).toEqual({ done: 3, na: 0, planned: 0, open: 0 });
    expect(a1.agreed).toBe(true);
    const a2 = items.find((i) => i.itemId === 'a2')!;
    expect(a2.counts).toEqual({ done: 2, na: 1, planned: 0, open: 0 });
    expect(a2.agreed).toBe(false);
    expect(a2.majority).toBe('done');
    expect(items.filter((i) => !i.agreed).map((i) => i.itemId)).toEqual(['a2', 'a3']);
  });

  it('takes a majority only when more than half gave it', () => {
    expect(majorityOf(['done', 'na', 'open'])).toBeNull();
    expect(majorityOf(['done', 'na'])).toBeNull();
    expect(majorityOf(['open', 'open', 'done'])).toBe('open');
    expect(majorityOf([])).toBeNull();
  });

  it('sets the majority of every item that has one, keeping the others as they were', () => {
    const items = teamItems(pages, [anna, ben, { ...cleo, checklists: { a: { a1: 'done', a2: 'done', a3: 'na', a4: 'na' } } }]);
    const states = majorityStates(items, { a: { a4: 'done' }, s: { s2: 'done' } });
    // a3 and a4: open, open, na → open (cleared); s2: open three times → cleared.
    expect(states).toEqual({ a: { a1: 'done', a2: 'done' }, s: {} });
    // Two colleagues who disagree on a2: no majority, so the team's answer stays.
    const tie = majorityStates(teamItems(pages, [anna, ben]), { a: { a2: 'na' } });
    expect(tie.a).toEqual({ a1: 'done', a2: 'na' });
  });

  it('gathers the notes of each page under each colleague, leaving out empty ones', () => {
    expect(gatherNotes([anna, ben, cleo])).toEqual({
      'handbook/a': 'Anna:\nWe share data.\n\nCleo:\nData is old.',
      'sectors/s': 'Ben:\nHousing is short.',
    });
  });
});

describe('room counts in a note', () => {
  it('sets, replaces and removes one line per item, keeping the rest of the note', () => {
    let note = withRoomLine('Our own words.', 'Room, item 2', '12 of 15 agreed');
    expect(note).toBe('Our own words.\nRoom, item 2: 12 of 15 agreed');
    note = withRoomLine(note, 'Room, item 2', '14 of 15 agreed');
    note = withRoomLine(note, 'Room, item 3', '9 agreed');
    expect(roomLine(note, 'Room, item 2')).toBe('14 of 15 agreed');
    expect(note.split('\n')).toHaveLength(3);
    expect(withRoomLine(withRoomLine(note, 'Room, item 2', ''), 'Room, item 3', '')).toBe('Our own words.');
    expect(withRoomLine('', 'Room, item 1', '')).toBe('');
  });

  it('words the count', () => {
    expect(agreedText(12, 15)).toBe('12 of 15 agreed');
    expect(agreedText(12, null)).toBe('12 agreed');
    expect(agreedText(null, 15)).toBe('');
  });
});
