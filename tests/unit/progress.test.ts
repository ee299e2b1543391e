import { describe, expect, it } from 'vitest';
import { checklistProgress, isStarted, percentDone, sumProgress, verdict } from '../../src/lib/progress';

const ids = ['a', 'b', 'c', 'd'];

describe('checklistProgress', () => {
  it('counts nothing done when nothing is saved', () => {
    expect(checklistProgress(ids, undefined)).toEqual({ total: 4, done: 0, planned: 0, notApplicable: 0, open: 4 });
  });

  it('leaves not-applicable items out of the total', () => {
    const p = checklistProgress(ids, { a: 'done', b: 'na', c: 'planned' });
    expect(p).toEqual({ total: 3, done: 1, planned: 1, notApplicable: 1, open: 1 });
  });

  it('ignores saved states of items that are no longer in the checklist', () => {
    expect(checklistProgress(['a'], { a: 'done', gone: 'done' })).toMatchObject({ total: 1, done: 1 });
  });
});

describe('sumProgress, percentDone, verdict', () => {
  const half = checklistProgress(ids, { a: 'done', b: 'done' });
  const all = checklistProgress(['x'], { x: 'done' });
  const none = checklistProgress(['x', 'y'], {});
  const empty = checklistProgress(['x'], { x: 'na' });

  it('adds progresses', () => {
    expect(sumProgress([half, all])).toEqual({ total: 5, done: 3, planned: 0, notApplicable: 0, open: 2 });
    expect(sumProgress([])).toEqual({ total: 0, done: 0, planned: 0, notApplicable: 0, open: 0 });
  });

  it('gives a whole percentage, and 0 when nothing counts', () => {
    expect(percentDone(half)).toBe(50);
    expect(percentDone(checklistProgress(['a', 'b', 'c'], { a: 'done', b: 'done' }))).toBe(66);
    expect(percentDone(empty)).toBe(0);
  });

  it('reads results as the handbook does', () => {
    expect(verdict(all)).toBe('all');
    expect(verdict(half)).toBe('some');
    expect(verdict(none)).toBe('none');
    expect(verdict(empty)).toBe('empty');
  });

  it('knows whether a checklist was started', () => {
    expect(isStarted(none)).toBe(false);
    expect(isStarted(empty)).toBe(true);
  });
});
