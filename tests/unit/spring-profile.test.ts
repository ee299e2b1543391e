import { describe, expect, it } from 'vitest';
import { springProfile, type SpringDimensionDefinition } from '../../src/lib/spring-profile';

const definition: SpringDimensionDefinition[] = [
  {
    id: 'ip',
    title: 'Inclusivity and participation',
    questions: [
      { id: 'q1', text: 'Question one?', criteria: [{ id: 'c1', text: 'One' }, { id: 'c2', text: 'Two' }] },
      { id: 'q2', text: 'Question two?', criteria: [{ id: 'c3', text: 'Three' }] },
    ],
  },
  { id: 'ef', title: 'Effectiveness', questions: [{ id: 'q3', text: 'Question three?', criteria: [{ id: 'c4', text: 'Four' }] }] },
];

describe('springProfile', () => {
  it('counts criteria per dimension in the definition order, with the record’s marks, summaries and tools', () => {
    const profile = springProfile(definition, [
      { dimension: 'ef', questions: [{ question: 'q3', summary: 'Did well.', criteria: { c4: 'met' } }] },
      { dimension: 'ip', questions: [{ question: 'q1', summary: 'Mixed.', tools: ['A toolkit'], criteria: { c1: 'met', c2: 'not-met' } }] },
    ]);
    expect(profile.map((d) => [d.id, d.met, d.notMet, d.notAssessed, d.total])).toEqual([
      ['ip', 1, 1, 1, 3],
      ['ef', 1, 0, 0, 1],
    ]);
    expect(profile[0]!.questions[0]).toEqual({
      id: 'q1', text: 'Question one?', summary: 'Mixed.', tools: ['A toolkit'],
      criteria: [{ id: 'c1', text: 'One', mark: 'met' }, { id: 'c2', text: 'Two', mark: 'not-met' }],
    });
  });

  it('marks a question the record skips, and a dimension it lacks, as not assessed', () => {
    const profile = springProfile(definition, []);
    expect(profile[0]!.questions[1]).toEqual({ id: 'q2', text: 'Question two?', summary: undefined, tools: [], criteria: [{ id: 'c3', text: 'Three', mark: 'not-assessed' }] });
    expect(profile.every((d) => d.met === 0 && d.notAssessed === d.total)).toBe(true);
  });
});
