import { describe, expect, it } from 'vitest';
import { byInitial } from '../../src/lib/glossary';
import { indicatorsAsText } from '../../src/lib/indicators';

describe('byInitial', () => {
  it('groups under initial letters A to Z, accents folded, others last under #', () => {
    const groups = byInitial(['refugee', 'Asylum-seeker', 'Österreich', '2-way', 'AMIF', 'resettlement'], (x) => x);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'O', 'R', '#']);
    expect(groups[0]!.entries).toEqual(['AMIF', 'Asylum-seeker']);
    expect(groups[2]!.entries).toEqual(['refugee', 'resettlement']);
    expect(groups[3]!.entries).toEqual(['2-way']);
  });
});

describe('indicatorsAsText', () => {
  it('gives a header row and one tab-separated row per indicator, with empty baseline and target', () => {
    expect(indicatorsAsText('Indicators: Housing', [{ text: '# of households' }, { text: '% housed' }])).toBe(
      'Indicators: Housing\tBaseline\tTarget\n# of households\t\t\n% housed\t\t',
    );
  });
});
