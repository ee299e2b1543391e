import { describe, expect, it } from 'vitest';
import { nextPage, pagesInScope, progressOf, taskStatus } from '../../src/lib/progress';
import { hasActivity, isBlank, matchesFilter, pageResult, visibleGroups } from '../../src/lib/summary';
import { labelledName, noteKeys, type AssessablePage } from '../../src/lib/pages';

const page = (pageId: string, lists: { id: string; items: string[]; mode?: 'assess' | 'plan'; audience?: string }[]): AssessablePage => ({
  pageId,
  name: pageId,
  shortName: pageId,
  title: pageId,
  shortTitle: pageId,
  href: `/${pageId}/`,
  checklists: lists.map((l) => ({ id: l.id, title: l.id, audience: l.audience, mode: l.mode ?? 'assess', items: l.items.map((id) => ({ id, text: `Text ${id}` })) })),
  noteKeys: noteKeys(pageId, lists.map((l) => l.id)),
});
const k1 = page('handbook/k1', [{ id: 'k1', items: ['a', 'b', 'c', 'd'] }]);
const k4 = page('handbook/k4', [{ id: 'k4a', items: ['x', 'y'], audience: 'authorities' }, { id: 'k4b', items: ['z'], audience: 'providers' }]);
const s1 = page('sectors/s1', [{ id: 's1', items: ['p', 'q', 'r'], mode: 'plan' }]);
const pages = [k1, k4, s1];

describe('one progress function', () => {
  const states = { k1: { a: 'done' as const, b: 'na' as const }, s1: { p: 'done' as const, q: 'planned' as const } };
  it('counts every scope the same way, leaving not-applicable items out of the total', () => {
    expect(progressOf([k1], states)).toEqual({ total: 3, done: 1, planned: 0, notApplicable: 1, open: 2 });
    expect(progressOf(pagesInScope(pages, 'handbook'), states)).toMatchObject({ total: 6, done: 1 });
    expect(progressOf(pagesInScope(pages, 'all'), states)).toMatchObject({ total: 9, done: 2, planned: 1 });
  });
  it('reads a status as the task list does', () => {
    expect(taskStatus(progressOf([k4], states))).toBe('not-started');
    expect(taskStatus(progressOf([k1], states))).toBe('in-progress');
    expect(taskStatus(progressOf([k1], { k1: { a: 'done', b: 'na', c: 'done', d: 'done' } }))).toBe('completed');
  });
  it('continues with the first page begun and not finished, else the first not begun', () => {
    expect(nextPage(pages, states)).toBe(k1);
    expect(nextPage(pages, { k1: { a: 'done', b: 'done', c: 'done', d: 'done' } })).toBe(k4);
    expect(nextPage([k1], { k1: { a: 'done', b: 'done', c: 'done', d: 'done' } })).toBeUndefined();
  });
});

describe('names and note keys', () => {
  it('puts the key-area number beside every name', () => {
    expect(labelledName('Key area 2', 'Serve everyone')).toBe('Key area 2: Serve everyone');
    expect(labelledName(undefined, 'Introduction')).toBe('Introduction');
  });
  it('keeps the page id for the first note, so notes saved before stay in place', () => {
    expect(noteKeys('handbook/k1', ['k1'])).toEqual(['handbook/k1']);
    expect(noteKeys('handbook/intro', [])).toEqual(['handbook/intro']);
    expect(noteKeys('handbook/k4', ['k4a', 'k4b'])).toEqual(['handbook/k4', 'handbook/k4/k4b']);
  });
});

describe('a page in the summary', () => {
  const a = {
    checklists: { k4a: { x: 'done' as const }, k4b: { z: 'na' as const } },
    notes: { 'handbook/k4/k4b': { text: 'Ask the providers', updated: '2026-12-01T10:00:00.000Z' } },
    actions: { 'k4a/y': { action: 'Survey', owner: 'Ana', due: '' }, 'k4a/x': { action: 'Kept, but done', owner: '', due: '' } },
  };
  const r = pageResult(k4, a);
  it('groups every item once, by state, with its notes and actions', () => {
    expect(r.groups.done.map((i) => i.key)).toEqual(['k4a/x']);
    expect(r.groups.na.map((i) => i.key)).toEqual(['k4b/z']);
    expect(r.groups.open.map((i) => i.key)).toEqual(['k4a/y']);
    expect(r.withAction.map((i) => i.key)).toEqual(['k4a/y']);
    expect(r.notes).toEqual([{ key: 'handbook/k4/k4b', checklist: k4.checklists[1], text: 'Ask the providers', updated: '2026-12-01T10:00:00.000Z' }]);
    expect(r.readings.map((x) => x.verdict)).toEqual(['some', 'empty']);
    expect(r.groups.done[0]!.href).toBe('/handbook/k4/#k4a--x');
  });
  it('filters to one kind of item, and tells which pages match', () => {
    expect(visibleGroups(r, 'all').map((g) => g.group)).toEqual(['done', 'na', 'open']);
    expect(visibleGroups(r, 'action').map((g) => g.items.length)).toEqual([1]);
    expect(matchesFilter(pageResult(k1, a), 'done')).toBe(false);
    expect(matchesFilter(pageResult(k1, a), 'open')).toBe(true);
    expect(hasActivity(r)).toBe(true);
    expect(hasActivity(pageResult(k1, a))).toBe(false);
  });
});

describe('isBlank (nothing saved: the summary shows its rows at once)', () => {
  const none = { checklists: {}, notes: {}, actions: {} };
  it('is true with no ticks, notes or actions, or only empty records', () => {
    expect(isBlank(none)).toBe(true);
    expect(isBlank({ checklists: { k1: {} }, notes: { x: undefined }, actions: {} })).toBe(true);
  });
  it('is false as soon as anything is saved', () => {
    expect(isBlank({ ...none, checklists: { k1: { a: 'done' } } })).toBe(false);
    expect(isBlank({ ...none, notes: { 'handbook/k1': { text: 'A note', updated: '2026-12-01' } } })).toBe(false);
    expect(isBlank({ ...none, actions: { 'k1/a': { action: 'Call', owner: '', due: '' } } })).toBe(false);
  });
});
