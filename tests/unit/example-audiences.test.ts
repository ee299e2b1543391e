import { describe, expect, it } from 'vitest';
import { groupByAudience } from '../../src/lib/example-audiences';

const audiences = [
  { id: 'local-authorities', name: 'Local authorities' },
  { id: 'ngos-service-providers', name: 'NGOs and service providers' },
];
const p = (id: string, audience?: string) => ({ id, audience });
const of = (x: { audience?: string }) => x.audience;

describe('groupByAudience', () => {
  it('keeps one group, in order, when the chapter has no audiences', () => {
    expect(groupByAudience([p('a', 'x'), p('b')], of, [])).toEqual([{ practices: [p('a', 'x'), p('b')] }]);
    expect(groupByAudience([], of, [])).toEqual([]);
  });

  it('groups by the chapter’s audiences in their order, leaving empty ones out', () => {
    const groups = groupByAudience([p('ngo', 'ngos-service-providers'), p('city', 'local-authorities'), p('town', 'local-authorities')], of, audiences);
    expect(groups.map((g) => [g.audience?.name, g.practices.map((x) => x.id)])).toEqual([
      ['Local authorities', ['city', 'town']],
      ['NGOs and service providers', ['ngo']],
    ]);
    expect(groupByAudience([p('city', 'local-authorities')], of, audiences)).toHaveLength(1);
  });

  it('puts examples without a known audience last, in a group of their own', () => {
    const groups = groupByAudience([p('none'), p('city', 'local-authorities'), p('odd', 'funders')], of, audiences);
    expect(groups.map((g) => [g.audience?.id, g.practices.map((x) => x.id)])).toEqual([
      ['local-authorities', ['city']],
      [undefined, ['none', 'odd']],
    ]);
  });
});
