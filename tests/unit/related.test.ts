import { describe, expect, it } from 'vitest';
import { rankRelated, type RelatedKeys } from '../../src/lib/related';

const p = (id: string, over: Partial<RelatedKeys> = {}): RelatedKeys => ({
  id, factors: [], areas: [], sectors: [], countries: [], sources: ['s1'], kind: 'project', ...over,
});

describe('rankRelated', () => {
  const target = p('t', { factors: ['coordinate/f1'], areas: ['coordinate'], sectors: ['housing'], countries: ['poland'], sources: ['s1'], kind: 'service' });

  it('ranks shared success factors above key areas and sectors, and those above country; never the practice itself', () => {
    const candidates = [
      target,
      p('country', { countries: ['poland'] }),
      p('area', { areas: ['coordinate'] }),
      p('factor', { factors: ['coordinate/f1'], areas: ['coordinate'] }),
      p('sector-area', { sectors: ['housing'], areas: ['coordinate'] }),
    ];
    expect(rankRelated(target, candidates)).toEqual(['factor', 'sector-area', 'area', 'country']);
  });

  it('gives at most max, ties in the order given', () => {
    const candidates = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => p(id, { areas: ['coordinate'] }));
    expect(rankRelated(target, candidates)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(rankRelated(target, candidates, { max: 4 })).toHaveLength(4);
  });

  it('fills up to min from the same source and kind when too few share more', () => {
    const candidates = [
      p('other', { sources: ['s9'], kind: 'law' }),
      p('kind-only', { sources: ['s9'], kind: 'service' }),
      p('source-only', { sources: ['s1'], kind: 'law' }),
      p('source-and-kind', { sources: ['s1'], kind: 'service' }),
      p('country', { countries: ['poland'], sources: ['s9'], kind: 'law' }),
    ];
    expect(rankRelated(target, candidates)).toEqual(['country', 'source-and-kind', 'source-only']);
    expect(rankRelated(target, candidates, { min: 5 })).toEqual(['country', 'source-and-kind', 'source-only', 'kind-only']);
  });
});
