import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDocument, exportFileName } from '../../src/lib/backup';
import { MAX_IMPORT_BYTES, assessmentContents, extraSpaceNeeded, planAdd, planReplace, readImport } from '../../src/lib/transfer';
import { isOverdue, localDate, sortPlan, type PlanRow } from '../../src/lib/action-plan';
import { reportCsv, reportMarkdown } from '../../src/lib/report';
import { emptyDocument, newAssessment, type SavedDocument } from '../../src/lib/saved-format';
import type { AssessablePage } from '../../src/lib/pages';

const now = new Date('2026-11-24T12:00:00Z');
const a = {
  ...newAssessment('a1', 'Housing team', now),
  checklists: { kn: { i1: 'done' as const, i2: 'na' as const } },
  notes: { 'handbook/kn': { text: 'Call "Ana", then\nwrite', updated: now.toISOString() } },
  actions: { 'kn/i3': { action: '=SUM(A1) survey', owner: 'Ana, Ben', due: '2026-12-01' } },
};
const b = newAssessment('a2', 'Team B', now);
const doc: SavedDocument = { ...emptyDocument(now), active: 'a1', assessments: [a, b], scorecards: [] };
const pages: AssessablePage[] = [
  {
    pageId: 'handbook/kn',
    name: 'Key area 1: Know the needs',
    shortName: 'Key area 1: Know',
    title: 'Know the needs',
    shortTitle: 'Know',
    noteKeys: ['handbook/kn'],
    href: '/handbook/kn/',
    checklists: [{ id: 'kn', title: 'Checklist', mode: 'assess', items: [{ id: 'i1', text: 'One' }, { id: 'i2', text: 'Two' }, { id: 'i3', text: 'Three' }] }],
  },
];

describe('export and import', () => {
  it('round-trips everything, or one assessment', () => {
    const all = readImport(exportDocument(doc, undefined, now), 100);
    expect(all).toEqual({ ok: true, assessments: [a, b], scorecards: [], active: 'a1', migratedFrom: undefined });
    const one = readImport(exportDocument(doc, ['a2'], now), 100);
    expect(one.ok && one.assessments.map((x) => x.name)).toEqual(['Team B']);
  });

  it('imports a version 1 file by migrating it', () => {
    const v1 = readFileSync(new URL('../fixtures/saved-v1.json', import.meta.url), 'utf8');
    const r = readImport(v1, v1.length);
    expect(r.ok && r.migratedFrom).toBe(1);
    expect(r.ok && assessmentContents(r.assessments[0]!)).toEqual({ ticked: 4, notes: 2, actions: 0 });
  });

  it.each([
    ['malformed JSON', '{"format":', 10, /not a valid JSON file/],
    ['a file from another tool', JSON.stringify({ name: 'budget', rows: [] }), 10, /not made by this handbook/],
    ['a newer version', JSON.stringify({ format: 'inclusion-handbook', version: 99 }), 10, /newer version of this handbook \(format version 99\)/],
    ['a damaged backup', JSON.stringify({ ...doc, assessments: [{ id: 'x' }] }), 10, /cannot be imported: the data does not have the expected shape at assessments\.0\.name/],
    ['a file over the limit', '{}', MAX_IMPORT_BYTES + 1, /too large \(2\.0 MB\)/],
  ])('refuses %s with a message that says why', (_, text, size, message) => {
    const r = readImport(text, size);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  it('names files with a slug and the date', () => {
    expect(exportFileName('Équipe Logement 2026!', now)).toBe('inclusion-handbook-equipe-logement-2026-2026-11-24.json');
    expect(exportFileName('', now, 'csv')).toBe('inclusion-handbook-2026-11-24.csv');
  });
});

describe('action plan', () => {
  const row = (key: string, due: string, pageOrder: number): PlanRow => ({ key, due, pageOrder, action: '', owner: '', pageTitle: '', itemText: '', href: '', overdue: false });

  it('marks dates before today as overdue, never an empty date', () => {
    expect(isOverdue('2026-11-23', '2026-11-24')).toBe(true);
    expect(isOverdue('2026-11-24', '2026-11-24')).toBe(false);
    expect(isOverdue('', '2026-11-24')).toBe(false);
    expect(localDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('sorts by date with undated last, or by chapter', () => {
    const rows = [row('x', '', 1), row('y', '2026-12-01', 2), row('z', '2026-11-01', 3)];
    expect(sortPlan(rows, 'date').map((r) => r.key)).toEqual(['z', 'y', 'x']);
    expect(sortPlan(rows, 'chapter').map((r) => r.key)).toEqual(['x', 'y', 'z']);
  });
});

describe('report', () => {
  it('writes Markdown with progress, ticks, the plan and the notes', () => {
    const md = reportMarkdown(a, pages, '2026-11-24');
    expect(md).toContain('# Housing team');
    expect(md).toContain('Inclusion handbook self-assessment, 24 November 2026.');
    expect(md).toContain('1 of 2 handbook items done (50%).');
    expect(md).toContain('Overall: 1 of 2 items in the handbook and sector guides done (50%).');
    expect(md).toContain('## Key area 1: Know the needs');
    expect(md).toContain('- [x] One');
    expect(md).toContain('- [ ] Two (not applicable)');
    expect(md).toContain('| Three | =SUM(A1) survey | Ana, Ben | 2026-12-01 |');
    expect(md).toContain('Call "Ana", then\nwrite');
  });

  it('writes CSV with quoting and no formula injection', () => {
    const csv = reportCsv(a, pages).split('\r\n');
    expect(csv[0]).toBe('Assessment,Page,Checklist,Item id,Item,State,Action,Responsible,Target date');
    expect(csv[1]).toBe('Housing team,Key area 1: Know the needs,Checklist,i1,One,Done,,,');
    expect(csv[3]).toBe(`Housing team,Key area 1: Know the needs,Checklist,i3,Three,Not yet,"'=SUM(A1) survey","Ana, Ben",2026-12-01`);
  });
});

describe('import planning', () => {
  const file = readImport(exportDocument(doc, undefined, now), 100);
  if (!file.ok) throw new Error('the test file must import');

  it('takes the place of the untouched default assessment in a browser with nothing saved', () => {
    const plan = planAdd(emptyDocument(now), file);
    expect(plan.replacedEmpty).toBe(true);
    expect(plan.doc.assessments.map((x) => x.id)).toEqual(['a1', 'a2']);
    expect(plan.doc.active).toBe('a1');
  });

  it('does not add again what is already here with the same id and content, and says so', () => {
    const current: SavedDocument = { ...doc, assessments: [a, { ...b, name: 'Team B, renamed' }] };
    const plan = planAdd(current, file);
    expect(plan.alreadyHere.assessments).toEqual(['Housing team']);
    // Same id, other content: added beside it under a fresh id, nothing overwritten.
    expect(plan.added.assessments).toHaveLength(1);
    expect(plan.added.assessments[0]).not.toBe('a2');
    expect(plan.doc.assessments.map((x) => x.name)).toEqual(['Housing team', 'Team B, renamed', 'Team B']);
    expect(planAdd(plan.doc, file).added.assessments).toEqual([]);
  });

  it('keeps the replaced content as an assessment of its own', () => {
    const plan = planReplace(doc, 'a1', b, 'Housing team (before import)');
    expect(plan?.doc.assessments.map((x) => [x.name, assessmentContents(x).ticked])).toEqual([['Housing team', 0], ['Team B', 0], ['Housing team (before import)', 2]]);
  });

  it('counts the space an import needs as the growth of the saved text', () => {
    const text = JSON.stringify(doc);
    expect(extraSpaceNeeded(doc, text.length)).toBe(0);
    expect(extraSpaceNeeded(doc, 0)).toBe(text.length);
  });
});
