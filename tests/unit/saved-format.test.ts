import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSESSMENT_ID,
  FORMAT,
  VERSION,
  activeAssessment,
  emptyDocument,
  newAssessment,
  readSaved,
  readValue,
  serialise,
  updateActive,
  withAction,
  withItemState,
  withNote,
  type SavedDocument,
} from '../../src/lib/saved-format';

const now = new Date('2026-11-24T12:00:00Z');
const doc: SavedDocument = {
  ...emptyDocument(now),
  assessments: [
    {
      ...newAssessment(DEFAULT_ASSESSMENT_ID, 'Housing team 2026', now),
      checklists: { 'know-the-needs': { 'needs-analyse-information': 'done', 'removed-item': 'na' } },
      notes: { 'handbook/know-the-needs': { text: 'Ask the housing team', updated: '2026-11-24T10:00:00.000Z' } },
      actions: { 'know-the-needs/needs-adapt-services': { action: 'Survey', owner: 'Ana', due: '2027-01-31' } },
    },
  ],
  scorecards: [{ id: 's1', name: 'Our centre', created: now.toISOString(), updated: now.toISOString(), ratings: { c1: 'partly' }, evidence: { q1: 'minutes' } }],
};

describe('readSaved', () => {
  it('gives an empty document with one assessment when nothing is saved', () => {
    const r = readSaved(null);
    expect(r.status).toBe('empty');
    expect(r.doc.assessments).toHaveLength(1);
    expect(readSaved('').status).toBe('empty');
  });

  it('reads back what serialise wrote, keeping ids no longer in the content', () => {
    expect(readSaved(serialise(doc))).toEqual({ status: 'ok', doc });
  });

  it('refuses text that is not JSON', () => {
    const r = readSaved('{"format": "inclusion-handbook", ');
    expect(r.status === 'corrupt' && r.reason).toMatch(/not valid JSON/);
    expect(r.doc.assessments[0]!.checklists).toEqual({});
  });

  it.each([
    ['a number', '42'],
    ['an array', '[]'],
    ['another tool’s data', JSON.stringify({ format: 'other-app', version: 1 })],
    ['data without a format', JSON.stringify({ version: 1, checklists: {} })],
  ])('refuses %s as not ours', (_, raw) => {
    const r = readSaved(raw);
    expect(r.status === 'corrupt' && r.reason).toMatch(/not written by this handbook/);
  });

  it('refuses a document without a usable version', () => {
    for (const version of [undefined, 0, 1.5, '1']) {
      const r = readSaved(JSON.stringify({ ...doc, version }));
      expect(r.status === 'corrupt' && r.reason).toMatch(/version/);
    }
  });

  it.each([
    ['an unknown item state', (d: any) => (d.assessments[0].checklists.a = { b: 'maybe' }), 'assessments.0.checklists.a.b'],
    ['a note without text', (d: any) => (d.assessments[0].notes.x = { updated: 'now' }), 'assessments.0.notes.x'],
    ['an action without owner', (d: any) => (d.assessments[0].actions.x = { action: 'a', due: '' }), 'assessments.0.actions.x'],
    ['no assessment', (d: any) => (d.assessments = []), 'assessments'],
    ['an active id that does not exist', (d: any) => (d.active = 'nope'), 'active'],
    ['two assessments with one id', (d: any) => d.assessments.push(d.assessments[0]), 'assessments (two with the same id)'],
    ['an unknown rating', (d: any) => (d.scorecards[0].ratings.c1 = 'great'), 'scorecards.0.ratings.c1'],
  ])('names where the shape is wrong: %s', (_, spoil, where) => {
    const copy = JSON.parse(serialise(doc));
    spoil(copy);
    const r = readValue(copy);
    expect(r.status === 'corrupt' && r.reason).toBe(`the data does not have the expected shape at ${where}`);
  });

  it('recognises data from a newer version and does not read it', () => {
    const r = readSaved(JSON.stringify({ ...doc, version: VERSION + 1 }));
    expect(r.status).toBe('newer');
    expect(r.status === 'newer' && r.version).toBe(VERSION + 1);
  });
});

describe('migration from version 1', () => {
  const raw = readFileSync(new URL('../fixtures/saved-v1.json', import.meta.url), 'utf8');
  const v1 = JSON.parse(raw);

  it('moves everything of a version 1 document into a first assessment, losing nothing', () => {
    const r = readSaved(raw);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.migratedFrom).toBe(1);
    expect(r.doc.format).toBe(FORMAT);
    expect(r.doc.version).toBe(VERSION);
    expect(r.doc.assessments).toHaveLength(1);
    const a = activeAssessment(r.doc);
    expect(a.checklists).toEqual(v1.checklists);
    expect(a.notes).toEqual(v1.notes);
    expect(a.actions).toEqual({});
    expect(a.created).toBe('2026-11-20T09:15:00.000Z');
    expect(r.doc.scorecards).toEqual([]);
  });

  it('refuses a version 1 document whose content is broken, rather than migrating it', () => {
    const r = readSaved(JSON.stringify({ ...v1, checklists: { x: { y: 'maybe' } } }));
    expect(r.status).toBe('corrupt');
  });
});

describe('changes', () => {
  it('sets and clears an item state in the active assessment only', () => {
    const two: SavedDocument = { ...doc, assessments: [...doc.assessments, newAssessment('b', 'Other', now)], active: 'b' };
    const ticked = updateActive(two, (a) => withItemState(a, 'serve-everyone', 'all-1', 'done'));
    expect(ticked.assessments[1]!.checklists['serve-everyone']).toEqual({ 'all-1': 'done' });
    expect(ticked.assessments[0]).toBe(two.assessments[0]);
    const cleared = updateActive(ticked, (a) => withItemState(a, 'serve-everyone', 'all-1', undefined));
    expect(cleared.assessments[1]!.checklists['serve-everyone']).toEqual({});
  });

  it('stores a note with its time and removes an emptied one', () => {
    const a = newAssessment('a', 'A', now);
    const noted = withNote(a, 'handbook/coordinate', 'Call the city', now);
    expect(noted.notes['handbook/coordinate']).toEqual({ text: 'Call the city', updated: '2026-11-24T12:00:00.000Z' });
    expect(withNote(noted, 'handbook/coordinate', '   ', now).notes).toEqual({});
  });

  it('stores a planned action and removes an emptied one', () => {
    const a = newAssessment('a', 'A', now);
    const planned = withAction(a, 'c/i', { action: 'Ask', owner: '', due: '' });
    expect(planned.actions['c/i']).toEqual({ action: 'Ask', owner: '', due: '' });
    expect(withAction(planned, 'c/i', { action: ' ', owner: '', due: '' }).actions).toEqual({});
  });
});
