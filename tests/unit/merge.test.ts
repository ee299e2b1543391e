import { describe, expect, it } from 'vitest';
import { changesBetween, mergeDocuments, undoesChanges } from '../../src/lib/merge';
import { emptyDocument, newAssessment, withItemState, withNote, type SavedDocument, type Scorecard } from '../../src/lib/saved-format';

const t0 = new Date('2026-12-01T10:00:00Z');
const t1 = new Date('2026-12-01T10:05:00Z');
const card: Scorecard = { id: 's1', name: 'Desk', created: t0.toISOString(), updated: t0.toISOString(), ratings: { a1: 'met' }, evidence: {} };
const base: SavedDocument = {
  ...emptyDocument(t0),
  assessments: [{ ...newAssessment('assessment-1', 'My assessment', t0), checklists: { kn: { i1: 'done' } }, notes: { 'handbook/kn': { text: 'old', updated: t0.toISOString() } } }],
  scorecards: [card],
};
const change = (doc: SavedDocument, f: (a: SavedDocument['assessments'][number]) => SavedDocument['assessments'][number]): SavedDocument => ({ ...doc, assessments: doc.assessments.map(f) });

describe('three-way merge of two tabs’ writes', () => {
  it('keeps two notes written at the same time on two pages', () => {
    const mine = change(base, (a) => withNote(a, 'handbook/one', 'typed in tab A', t1));
    const theirs = change(base, (a) => withNote(a, 'handbook/two', 'typed in tab B', t1));
    const merged = mergeDocuments(base, mine, theirs);
    expect(Object.keys(merged.assessments[0]!.notes).sort()).toEqual(['handbook/kn', 'handbook/one', 'handbook/two']);
    expect(merged.assessments[0]!.notes['handbook/two']!.text).toBe('typed in tab B');
  });

  it('never undoes another tab’s change to a field this tab did not change', () => {
    // The other tab unticked i1 and deleted the old note; this tab ticked i2.
    const theirs = change(base, (a) => withNote(withItemState(a, 'kn', 'i1', undefined), 'handbook/kn', '', t1));
    const mine = change(base, (a) => withItemState(a, 'kn', 'i2', 'na'));
    const merged = mergeDocuments(base, mine, theirs).assessments[0]!;
    expect(merged.checklists.kn).toEqual({ i2: 'na' });
    expect(merged.notes).toEqual({});
  });

  it('lets this tab’s newer value win where both changed the same field', () => {
    const mine = change(base, (a) => withNote(a, 'handbook/kn', 'mine', t1));
    const theirs = change(base, (a) => withNote(a, 'handbook/kn', 'theirs', t1));
    expect(mergeDocuments(base, mine, theirs).assessments[0]!.notes['handbook/kn']!.text).toBe('mine');
  });

  it('merges scorecard ratings and evidence field by field, and keeps assessments both tabs added', () => {
    const mine: SavedDocument = { ...base, scorecards: [{ ...card, ratings: { ...card.ratings, b1: 'partly' } }], assessments: [...base.assessments, newAssessment('a-mine', 'Mine', t1)] };
    const theirs: SavedDocument = { ...base, scorecards: [{ ...card, evidence: { q1: 'minutes of the meeting' } }], assessments: [...base.assessments, newAssessment('a-theirs', 'Theirs', t1)] };
    const merged = mergeDocuments(base, mine, theirs);
    expect(merged.scorecards[0]).toMatchObject({ ratings: { a1: 'met', b1: 'partly' }, evidence: { q1: 'minutes of the meeting' } });
    expect(merged.assessments.map((a) => a.id)).toEqual(['assessment-1', 'a-mine', 'a-theirs']);
  });

  it('drops what one tab deleted and the other left alone, and keeps the active assessment valid', () => {
    const two: SavedDocument = { ...base, assessments: [...base.assessments, newAssessment('a2', 'Second', t0)], active: 'a2' };
    const theirs: SavedDocument = { ...two, assessments: [two.assessments[0]!], active: 'assessment-1' };
    const mine = change(two, (a) => (a.id === 'assessment-1' ? withItemState(a, 'kn', 'i3', 'done') : a));
    const merged = mergeDocuments(two, mine, theirs);
    expect(merged.assessments.map((a) => a.id)).toEqual(['assessment-1']);
    expect(merged.active).toBe('assessment-1');
    expect(merged.assessments[0]!.checklists.kn).toEqual({ i1: 'done', i3: 'done' });
  });

  it('returns this tab’s document unchanged in content when the other tab changed nothing', () => {
    const mine = change(base, (a) => withItemState(a, 'kn', 'i2', 'done'));
    expect(mergeDocuments(base, mine, base)).toEqual(mine);
  });
});

describe('a write from a tab that had not received this tab’s change yet', () => {
  it('has this tab’s recent change applied again, and is recognised as undoing it', () => {
    const mine = change(base, (a) => withNote(a, 'handbook/one', 'typed in tab A', t1));
    const kept = new Map([...changesBetween(base, mine)].map(([key, [was, value]]) => [key, { replaced: [was], value }]));
    // The other tab wrote its own note over the stored copy it had, which lacked tab A's note.
    const stale = change(base, (a) => withNote(a, 'handbook/two', 'typed in tab B', t1));
    expect(undoesChanges(stale, kept)).toBe(true);
    const merged = mergeDocuments(mine, mine, stale, kept);
    expect(Object.keys(merged.assessments[0]!.notes).sort()).toEqual(['handbook/kn', 'handbook/one', 'handbook/two']);
    expect(undoesChanges(merged, kept)).toBe(false);
    // Without the kept changes, a three-way merge alone would take the stale write's value.
    expect(mergeDocuments(mine, mine, stale).assessments[0]!.notes['handbook/one']).toBeUndefined();
  });
});
