/**
 * The content holds everything its sources hold: these counts come from the source documents
 * (see the issues' tables), so a lost benefit, item, example or indicator fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(__dirname, '../../content');
const frontMatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!);
const yamlFile = (file: string) => parse(readFileSync(file, 'utf8'));
const entries = (dir: string, read: (f: string) => any) =>
  Object.fromEntries(readdirSync(join(root, dir)).filter((f) => /\.(ya?ml|mdx?)$/.test(f)).map((f) => [f.replace(/\.\w+$/, ''), read(join(root, dir, f))]));

const chapters = entries('handbook', frontMatter);
const checklists = entries('checklists', yamlFile);
const practices = entries('practices', frontMatter);
const sectors = entries('sectors', frontMatter);
const quality = entries('quality', yamlFile);
const glossary = entries('glossary', yamlFile);

const examplesIn = (chapter: string) =>
  Object.values(practices).reduce((n: number, p: any) => n + (p.examples ?? []).filter((e: any) => e.chapter === chapter).length, 0);
const itemsOf = (chapter: string) =>
  Object.values(checklists).filter((c: any) => c.chapter === chapter).map((c: any) => c.items.length);

describe('the handbook (source 000)', () => {
  it.each([
    ['know-the-needs', 5, 5, [10], 9, 5],
    ['serve-everyone', 8, 4, [15], 12, 10],
    ['think-long-term', 6, 5, [17], 7, 7],
    ['work-with-refugees', 9, 5, [14, 5], 13, 6],
    ['involve-the-community', 7, 7, [9], 7, 6],
    ['coordinate', 5, 4, [10], 14, 8],
  ])('%s has %i benefits, %i success factors, its checklist items, examples and references', (id, benefits, factors, items, examples, refs) => {
    const c = chapters[id];
    expect(c.benefits).toHaveLength(benefits);
    expect(c.successFactors).toHaveLength(factors);
    expect(itemsOf(id).sort((a, b) => b - a)).toEqual(items);
    expect(examplesIn(id)).toBe(examples);
    expect(c.references).toHaveLength(refs);
  });

  it('has 8 checklists in 7 chapters with 93 items, the overarching one with 13', () => {
    const handbookLists = Object.values(checklists).filter((c: any) => c.chapter);
    expect(handbookLists).toHaveLength(8);
    expect(new Set(handbookLists.map((c: any) => c.chapter)).size).toBe(7);
    expect(handbookLists.reduce((n: number, c: any) => n + c.items.length, 0)).toBe(93);
    expect(itemsOf('overarching-checklist')).toEqual([13]);
  });

  it('has the three testimonials of section 9, quoted and attributed in the introduction', () => {
    const q = chapters.introduction.quotations;
    expect(q).toHaveLength(3);
    expect(q.map((x: any) => x.author.split(',')[0])).toEqual(['Katharina Bamberg', 'Irena Guidikova', 'Antje Grotheer']);
  });

  it('splits key area 4’s 13 examples as the source does: 8 by local authorities, 5 by NGOs and service providers', () => {
    const audiences = Object.values(practices).flatMap((p: any) => (p.examples ?? []).filter((e: any) => e.chapter === 'work-with-refugees').map((e: any) => e.audience));
    expect(audiences).toHaveLength(13);
    expect(audiences.filter((a: string) => a === 'local-authorities')).toHaveLength(8);
    expect(audiences.filter((a: string) => a === 'ngos-service-providers')).toHaveLength(5);
    expect(chapters['work-with-refugees'].audiences.map((a: any) => a.id)).toEqual(['local-authorities', 'ngos-service-providers']);
  });

  it('has all 62 examples, an example cited twice being one entry', () => {
    const total = ['know-the-needs', 'serve-everyone', 'think-long-term', 'work-with-refugees', 'involve-the-community', 'coordinate'].reduce((n, c) => n + examplesIn(c), 0);
    expect(total).toBe(62);
  });

  it('has the five quality dimensions with 12 questions and 34 indicators, and SPRING’s 12 questions and 40 criteria', () => {
    const dims = Object.values(quality) as any[];
    expect(dims).toHaveLength(5);
    expect(dims.flatMap((d) => d.questions)).toHaveLength(12);
    expect(dims.flatMap((d) => d.questions.flatMap((q: any) => q.indicators))).toHaveLength(34);
    expect(dims.flatMap((d) => d.spring)).toHaveLength(12);
    expect(dims.flatMap((d) => d.spring.flatMap((q: any) => q.criteria))).toHaveLength(40);
  });
});

describe('the catalogue (sources 001 to 004)', () => {
  const from = (source: string) => Object.values(practices).filter((p: any) => p.sources.includes(source));

  it('holds the ten SPRING practices, each with a full assessment', () => {
    const spring = from('spring-good-practice-criteria');
    expect(spring).toHaveLength(10);
    for (const p of spring as any[]) expect(p.assessment.dimensions).toHaveLength(5);
  });

  it('holds nine MIEUX+ practices, three per lesson country', () => {
    const mieux = from('mieux-knowledge-sheet') as any[];
    expect(mieux).toHaveLength(9);
    for (const c of ['italy', 'estonia', 'czechia']) expect(mieux.filter((p) => p.countries.includes(c))).toHaveLength(3);
  });

  it('holds the 29 IFRC good practices', () => {
    expect(from('ifrc-integration-framework')).toHaveLength(29);
  });

  it('holds entries of the Erasmus+ report for its five countries', () => {
    const erasmus = from('erasmus-social-exclusion-report') as any[];
    for (const c of ['poland', 'united-kingdom', 'greece', 'portugal', 'belgium']) expect(erasmus.some((p) => p.countries.includes(c))).toBe(true);
  });
});

describe('the sector guides (source 004)', () => {
  const of = (kind: string) => Object.values(sectors).filter((s: any) => s.kind === kind) as any[];

  it('has 4 pillars, 9 elements and 4 enablers', () => {
    expect(of('pillar')).toHaveLength(4);
    expect(of('element')).toHaveLength(9);
    expect(of('enabler')).toHaveLength(4);
  });

  it('has 127 potential activities, 61 indicators, 42 practical tips and 23 resources across elements and the participation pillar', () => {
    const pages = [...of('element'), sectors.participation];
    const activities = Object.values(checklists).filter((c: any) => c.sector).reduce((n: number, c: any) => n + c.items.length, 0);
    expect(activities).toBe(127);
    expect(pages.flatMap((p) => p.indicators ?? [])).toHaveLength(61);
    expect(pages.flatMap((p) => p.tips ?? [])).toHaveLength(42);
    expect(pages.flatMap((p) => p.resources ?? [])).toHaveLength(23);
  });

  it('gives the participation pillar its five key characteristics', () => {
    expect(sectors.participation.characteristics.map((c: any) => c.id)).toHaveLength(5);
  });
});

describe('the glossary (sources 000 and 004)', () => {
  it('has the handbook’s 19 terms and the IFRC’s 17 acronyms', () => {
    const names = new Set(Object.values(glossary).flatMap((g: any) => [g.term, ...(g.aliases ?? [])].map((n: string) => n.toLowerCase())));
    const terms = ['asylum-seeker', 'beneficiaries of international protection', 'beneficiaries of subsidiary protection', 'complementary pathways', 'durable solutions', 'focus group discussion', 'foreigner', 'good practice', 'inclusion', 'integration', 'migrants', 'minors', 'participatory approach', 'persons of concern', 'protection', 'refugee', 'resettlement', 'unhcr mandate', 'vulnerable'];
    expect(terms.filter((t) => !names.has(t))).toEqual([]);
    const acronyms = ['CEA', 'CBMHPSS', 'CRM', 'DAPS', 'DEH', 'HD', 'ICRC', 'IFRC', 'IHL', 'MHPSS', 'MoU', 'PFA', 'PGI', 'RCRC', 'RFL', 'SGBV', 'UNHCR'];
    const have = new Set(Object.values(glossary).filter((g: any) => g.kind === 'acronym').map((g: any) => g.term));
    expect(acronyms.filter((a) => !have.has(a))).toEqual([]);
  });

  it('defines the acronyms that the IFRC framework (TRC, ESSN) and the Erasmus+ report (PAR) spell out in their text', () => {
    expect(glossary.trc).toMatchObject({ term: 'TRC', expansion: 'Turkish Red Crescent Society' });
    expect(glossary.essn).toMatchObject({ term: 'ESSN', expansion: 'Emergency Social Safety Net' });
    expect(glossary.par).toMatchObject({ term: 'PAR', english: 'Refugee Support Platform' });
    for (const id of ['trc', 'essn', 'par']) expect(glossary[id].definitions).toHaveLength(1);
  });
});
