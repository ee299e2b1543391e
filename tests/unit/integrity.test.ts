import { describe, expect, it } from 'vitest';
import { brokenReferences, checkIntegrity, type IntegrityInput } from '../../src/lib/integrity';

function input(over: Partial<IntegrityInput> = {}): IntegrityInput {
  return {
    chapters: [{ id: 'know-the-needs', file: 'content/handbook/know-the-needs.mdx', successFactors: [{ id: 'assess' }] }],
    checklists: [{ id: 'know-the-needs', file: 'content/checklists/know-the-needs.yaml', page: 'handbook/know-the-needs', order: 1, itemIds: ['a'] }],
    practices: [{ id: 'p', file: 'content/practices/p.md', examples: [{ chapter: 'know-the-needs', successFactor: 'assess' }] }],
    quality: [
      { id: 'effectiveness', file: 'content/quality/effectiveness.yaml', questionIds: ['ef-q'], indicatorIds: ['ef-i'], spring: [{ id: 'sq', criteria: [{ id: 'c1' }, { id: 'c2' }] }] },
    ],
    glossary: [{ id: 'refugee', file: 'content/glossary/refugee.yaml', names: ['Refugee', 'refugees'] }],
    ...over,
  };
}

describe('checkIntegrity', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(checkIntegrity(input())).toEqual([]);
  });

  it('names the file of a practice that cites an unknown success factor', () => {
    const problems = checkIntegrity(input({ practices: [{ id: 'p', file: 'content/practices/p.md', examples: [{ chapter: 'know-the-needs', successFactor: 'nope' }] }] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/practices\/p\.md: success factor "nope"/);
  });

  it('names the file of a practice that cites an audience its chapter does not group by', () => {
    const chapters = [{ id: 'know-the-needs', file: 'content/handbook/know-the-needs.mdx', successFactors: [{ id: 'assess' }], audiences: [{ id: 'local-authorities' }] }];
    const example = (audience: string) => [{ id: 'p', file: 'content/practices/p.md', examples: [{ chapter: 'know-the-needs', successFactor: 'assess', audience }] }];
    expect(checkIntegrity(input({ chapters, practices: example('local-authorities') }))).toEqual([]);
    const problems = checkIntegrity(input({ chapters, practices: example('funders') }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/practices\/p\.md: audience "funders" does not exist in chapter "know-the-needs" \(it has: local-authorities\)/);
  });

  it('refuses two checklists in the same position on a page', () => {
    const base = input();
    const twin = { ...base.checklists[0]!, id: 'other', file: 'content/checklists/other.yaml' };
    expect(checkIntegrity(input({ checklists: [...base.checklists, twin] }))[0]).toMatch(/other\.yaml: has the same order/);
  });

  it('refuses an id used twice across quality dimensions', () => {
    const base = input();
    const other = { id: 'sustainability', file: 'content/quality/sustainability.yaml', questionIds: ['ef-q'], indicatorIds: [], spring: [] };
    expect(checkIntegrity(input({ quality: [...base.quality, other] }))[0]).toMatch(/sustainability\.yaml: id "ef-q" is also used/);
  });

  it('checks SPRING assessments against the criteria', () => {
    const assessed = (criteria: Record<string, string>, dimension = 'effectiveness', question = 'sq') => ({
      id: 'p', file: 'content/practices/p.md', examples: [], assessment: [{ dimension, questions: [{ question, criteria }] }],
    });
    expect(checkIntegrity(input({ practices: [assessed({ c1: 'met', c2: 'not-met' })] }))).toEqual([]);
    expect(checkIntegrity(input({ practices: [assessed({ c1: 'met' })] }))[0]).toMatch(/criterion "c2" .* has no mark/);
    expect(checkIntegrity(input({ practices: [assessed({ c1: 'met', c2: 'met', c3: 'met' })] }))[0]).toMatch(/"c3" is not a criterion/);
    expect(checkIntegrity(input({ practices: [assessed({}, 'effectiveness', 'unknown')] }))[0]).toMatch(/question "unknown" does not exist/);
    expect(checkIntegrity(input({ practices: [assessed({ c1: 'met', c2: 'met' }, 'sustainability')] }))[0]).toMatch(/belongs to dimension "effectiveness"/);
  });

  it('refuses a word that links to two glossary entries', () => {
    const base = input();
    const twin = { id: 'refugees', file: 'content/glossary/refugees.yaml', names: ['REFUGEES'] };
    expect(checkIntegrity(input({ glossary: [...base.glossary, twin] }))[0]).toMatch(/refugees\.yaml: "REFUGEES" is also a name of glossary entry "refugee"/);
  });
});

describe('brokenReferences', () => {
  const entries = [
    { collection: 'countries', id: 'poland', file: 'content/countries/poland.yaml', data: { name: 'Poland' } },
    {
      collection: 'practices',
      id: 'p',
      file: 'content/practices/p.md',
      data: { countries: [{ collection: 'countries', id: 'poland' }, { collection: 'countries', id: 'netherlands' }], examples: [{ chapter: { collection: 'handbook', id: 'gone' }, successFactor: 'x' }] },
    },
  ];

  it('names the file and the field of every reference to a missing entry', () => {
    expect(brokenReferences(entries)).toEqual([
      'content/practices/p.md: countries[1] refers to "netherlands", which is not an entry of countries',
      'content/practices/p.md: examples[0].chapter refers to "gone", which is not an entry of handbook',
    ]);
  });

  it('accepts references that resolve', () => {
    expect(brokenReferences(entries.slice(0, 1))).toEqual([]);
  });
});
