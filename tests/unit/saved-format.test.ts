import { describe, expect, it } from 'vitest';
import {
  FORMAT,
  VERSION,
  emptyDocument,
  readSaved,
  serialise,
  withItemState,
  withNote,
  type SavedDocument,
} from '../../src/stores/saved-format';

const doc: SavedDocument = {
  format: FORMAT,
  version: VERSION,
  checklists: { 'know-the-needs': { 'needs-analyse-information': 'done', 'removed-item': 'na' } },
  notes: { 'handbook/know-the-needs': { text: 'Ask the housing team', updated: '2026-11-24T10:00:00.000Z' } },
};

describe('readSaved', () => {
  it('gives an empty document when nothing is saved', () => {
    expect(readSaved(null)).toEqual({ status: 'empty', doc: emptyDocument() });
    expect(readSaved('')).toEqual({ status: 'empty', doc: emptyDocument() });
  });

  it('reads back what serialise wrote, keeping ids no longer in the content', () => {
    const result = readSaved(serialise(doc));
    expect(result).toEqual({ status: 'ok', doc });
  });

  it('refuses text that is not JSON', () => {
    const r = readSaved('{"format": "inclusion-handbook", ');
    expect(r.status).toBe('corrupt');
    expect(r.status === 'corrupt' && r.reason).toMatch(/not valid JSON/);
    expect(r.doc).toEqual(emptyDocument());
  });

  it.each([
    ['a number', '42'],
    ['an array', '[]'],
    ['another tool’s data', JSON.stringify({ format: 'other-app', version: 1 })],
    ['data without a format', JSON.stringify({ version: 1, checklists: {} })],
  ])('refuses %s as not ours', (_, raw) => {
    const r = readSaved(raw);
    expect(r.status).toBe('corrupt');
    expect(r.status === 'corrupt' && r.reason).toMatch(/not written by this handbook/);
  });

  it('refuses a document without a usable version', () => {
    for (const version of [undefined, 0, 1.5, '1']) {
      const r = readSaved(JSON.stringify({ ...doc, version }));
      expect(r.status === 'corrupt' && r.reason).toMatch(/version/);
    }
  });

  it('names where the shape is wrong', () => {
    const r = readSaved(JSON.stringify({ ...doc, checklists: { a: { b: 'maybe' } } }));
    expect(r.status).toBe('corrupt');
    expect(r.status === 'corrupt' && r.reason).toContain('checklists.a.b');
  });

  it('refuses a note without text', () => {
    const r = readSaved(JSON.stringify({ ...doc, notes: { x: { updated: 'now' } } }));
    expect(r.status).toBe('corrupt');
  });

  it('recognises data from a newer version and does not read it', () => {
    const r = readSaved(JSON.stringify({ ...doc, version: VERSION + 1, assessments: [] }));
    expect(r).toEqual({ status: 'newer', version: VERSION + 1, doc: emptyDocument() });
  });
});

describe('changes', () => {
  it('sets and clears an item state without touching other checklists', () => {
    const ticked = withItemState(doc, 'serve-everyone', 'all-1', 'done');
    expect(ticked.checklists['serve-everyone']).toEqual({ 'all-1': 'done' });
    expect(ticked.checklists['know-the-needs']).toBe(doc.checklists['know-the-needs']);
    const cleared = withItemState(ticked, 'serve-everyone', 'all-1', undefined);
    expect(cleared.checklists['serve-everyone']).toEqual({});
    expect(doc.checklists['serve-everyone']).toBeUndefined();
  });

  it('stores a note with its time and removes an emptied one', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const noted = withNote(emptyDocument(), 'handbook/coordinate', 'Call the city', now);
    expect(noted.notes['handbook/coordinate']).toEqual({ text: 'Call the city', updated: '2026-11-24T12:00:00.000Z' });
    expect(withNote(noted, 'handbook/coordinate', '   ', now).notes).toEqual({});
  });
});
