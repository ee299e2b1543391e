import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GAP_BELOW, STRENGTH_AT, roundScore, scoreScorecard, springRatings, type Rating, type ScoringDimension } from '../../src/lib/scoring';
import { scorecardDefinition, scoringDimensions, type QualityEntry } from '../../src/lib/scorecard';

const DIMS: ScoringDimension[] = [
  { id: 'a', criteria: ['a1', 'a2', 'a3', 'a4'] },
  { id: 'b', criteria: ['b1', 'b2'] },
  { id: 'c', criteria: ['c1'] },
];

describe('scoreScorecard', () => {
  it('counts met 1, partly 0.5, not met 0, and leaves out not applicable and unrated', () => {
    const r = scoreScorecard(DIMS, { a1: 'met', a2: 'partly', a3: 'not-met', a4: 'na', b1: 'partly' });
    const a = r.dimensions[0]!;
    expect(a).toEqual({ id: 'a', total: 4, rated: 3, points: 1.5, score: 50, counts: { met: 1, partly: 1, notMet: 1, na: 1, unrated: 0 } });
    const b = r.dimensions[1]!;
    expect(b.rated).toBe(1);
    expect(b.score).toBe(50);
    expect(b.counts.unrated).toBe(1);
    expect(r.dimensions[2]!.score).toBeNull();
  });

  it('gives the overall score as the mean of the rated dimensions only', () => {
    const r = scoreScorecard(DIMS, { a1: 'met', a2: 'met', a3: 'met', a4: 'not-met', b1: 'not-met', b2: 'partly' });
    expect(r.dimensions.map((d) => d.score)).toEqual([75, 25, null]);
    expect(r.overall).toBe(50);
  });

  it('names strengths at 75% or more and gaps below 50%, in the dimensions’ order', () => {
    expect(STRENGTH_AT).toBe(75);
    expect(GAP_BELOW).toBe(50);
    // a: 3 of 4 = 75 (a strength, exactly at the line); b: 1 of 2 = 50 (not a gap); c: 0 (a gap).
    const r = scoreScorecard(DIMS, { a1: 'met', a2: 'met', a3: 'met', a4: 'not-met', b1: 'met', b2: 'not-met', c1: 'not-met' });
    expect(r.strengths).toEqual(['a']);
    expect(r.gaps).toEqual(['c']);
    const just = scoreScorecard(DIMS, { a1: 'met', a2: 'met', a3: 'partly', a4: 'not-met', b1: 'partly', b2: 'not-met' });
    expect(just.dimensions[0]!.score).toBe(62.5);
    expect(just.dimensions[1]!.score).toBe(25);
    expect(just.strengths).toEqual([]);
    expect(just.gaps).toEqual(['b']);
  });

  it('scores nothing when nothing counts: empty, all not applicable, or ids that are not criteria', () => {
    for (const ratings of [{}, { a1: 'na', b1: 'na', c1: 'na' }, { gone: 'met', other: 'not-met' }] as Record<string, Rating>[]) {
      const r = scoreScorecard(DIMS, ratings);
      expect(r.overall).toBeNull();
      expect(r.strengths).toEqual([]);
      expect(r.gaps).toEqual([]);
      expect(r.dimensions.every((d) => d.score === null && d.rated === 0)).toBe(true);
    }
  });

  it('ignores an unknown rating value and inherited keys', () => {
    const r = scoreScorecard([{ id: 'x', criteria: ['constructor', 'x1'] }], { x1: 'bogus' as Rating });
    expect(r.dimensions[0]!.counts.unrated).toBe(2);
  });

  it('rounds scores for display and keeps "not rated" apart from 0', () => {
    expect(roundScore(200 / 3)).toBe(67);
    expect(roundScore(0)).toBe(0);
    expect(roundScore(null)).toBeNull();
  });
});

describe('springRatings', () => {
  it('maps met to met, not met to not met, and leaves not assessed out', () => {
    const profile = springRatings({
      dimensions: [
        { questions: [{ criteria: { c1: 'met', c2: 'not-met', c3: 'not-assessed' } }] },
        { questions: [] },
      ],
    });
    expect(profile).toEqual({ c1: 'met', c2: 'not-met' });
  });
});

const ROOT = join(__dirname, '../..');

function qualityEntries(): QualityEntry[] {
  const dir = join(ROOT, 'content/quality');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), file: `content/quality/${f}`, data: parse(readFileSync(join(dir, f), 'utf8')) }));
}

type Mark = 'met' | 'not-met' | 'not-assessed';
interface PracticeFile {
  id: string;
  title: string;
  assessment: { dimensions: { dimension: string; questions: { question: string; criteria: Record<string, Mark> }[] }[] };
}

function assessedPractices(): PracticeFile[] {
  const dir = join(ROOT, 'content/practices');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
      return { id: f.replace(/\.md$/, ''), ...parse(front) };
    })
    .filter((p) => p.assessment);
}

describe('the scorecard definition from content/quality', () => {
  const dimensions = scorecardDefinition(qualityEntries());

  it('has the five dimensions in order, the 12 SPRING questions and the 40 criteria', () => {
    expect(dimensions.map((d) => d.id)).toEqual(['inclusivity-participation', 'relevance-complementarity', 'effectiveness', 'sustainability', 'partnership-cooperation']);
    expect(dimensions.flatMap((d) => d.questions)).toHaveLength(12);
    expect(dimensions.flatMap((d) => d.questions.flatMap((q) => q.criteria))).toHaveLength(40);
  });

  it('shows handbook indicators as guidance under every SPRING question', () => {
    for (const q of dimensions.flatMap((d) => d.questions)) expect(q.guidance.length, q.id).toBeGreaterThan(0);
    const accessible = dimensions[0]!.questions.find((q) => q.id === 'spring-ip-accessible')!;
    // A handbook question id stands for all of its indicators.
    expect(accessible.guidance.map((g) => g.id)).toEqual([
      'ip-accessible-equal-opportunities',
      'ip-accessible-inclusive-approach',
      'ip-accessible-equality-diversity',
      'ip-accessible-information',
      'ip-accessible-adjustments',
    ]);
  });

  it('refuses a guidance id that is neither a question nor an indicator, naming the file', () => {
    const entries = qualityEntries();
    const broken = structuredClone(entries);
    broken[0]!.data.spring[0]!.guidance = ['no-such-indicator'];
    expect(() => scorecardDefinition(broken)).toThrow(/content\/quality\/.*\.yaml: guidance "no-such-indicator"/);
  });
});

describe('the profiles of the ten SPRING practices', () => {
  const scoring = scoringDimensions(scorecardDefinition(qualityEntries()));
  const practices = assessedPractices();

  it('finds the ten assessed practices', () => {
    expect(practices).toHaveLength(10);
    expect(practices.map((p) => p.id)).toContain('warsaw-multicultural-centre');
  });

  it('match the marks in the catalogue, counted independently', () => {
    for (const p of practices) {
      const result = scoreScorecard(scoring, springRatings(p.assessment));
      for (const dim of result.dimensions) {
        // Count the marks straight from the file: met and not-met count, anything else is left out.
        const marks = p.assessment.dimensions
          .filter((d) => d.dimension === dim.id)
          .flatMap((d) => d.questions.flatMap((q) => Object.values(q.criteria)));
        const met = marks.filter((m) => m === 'met').length;
        const notMet = marks.filter((m) => m === 'not-met').length;
        expect(dim.counts.met, `${p.id} ${dim.id} met`).toBe(met);
        expect(dim.counts.notMet, `${p.id} ${dim.id} not met`).toBe(notMet);
        expect(dim.counts.partly).toBe(0);
        expect(dim.score, `${p.id} ${dim.id}`).toBe(met + notMet ? (met / (met + notMet)) * 100 : null);
      }
    }
  });

  it('gives the Multicultural Centre in Warsaw the profile its marks add up to', () => {
    const warsaw = practices.find((p) => p.id === 'warsaw-multicultural-centre')!;
    const result = scoreScorecard(scoring, springRatings(warsaw.assessment));
    // 9 of 9; 9 of 10 (one not assessed); 7 of 10; 3 of 3 (funding not assessed); 2 of 2 (policy not assessed).
    expect(result.dimensions.map((d) => d.score)).toEqual([100, 90, 70, 100, 100]);
    expect(result.dimensions.map((d) => d.rated)).toEqual([9, 10, 10, 3, 2]);
    expect(result.overall).toBe(92);
    expect(result.strengths).toEqual(['inclusivity-participation', 'relevance-complementarity', 'sustainability', 'partnership-cooperation']);
    expect(result.gaps).toEqual([]);
  });
});
