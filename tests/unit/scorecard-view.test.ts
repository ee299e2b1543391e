import { describe, expect, it } from 'vitest';
import { addressWith, cardName, newestCard, openFromAddress, profileSeries } from '../../src/lib/scorecard-view';
import { scoreScorecard } from '../../src/lib/scoring';
import type { Scorecard } from '../../src/lib/saved-format';

const card = (id: string, updated: string, name = ''): Scorecard => ({ id, name, created: updated, updated, ratings: {}, evidence: {} });
const cards = [card('scorecard-1', '2026-01-01T00:00:00Z', 'Desk'), card('scorecard-2', '2026-03-01T00:00:00Z'), card('scorecard-3', '2026-02-01T00:00:00Z')];

describe('newestCard and cardName', () => {
  it('finds the card changed last, none in an empty list', () => {
    expect(newestCard(cards)?.id).toBe('scorecard-2');
    expect(newestCard([])).toBeUndefined();
  });
  it('names a card without a name as unnamed', () => {
    expect(cardName(cards[0]!, 'Unnamed')).toBe('Desk');
    expect(cardName({ name: '  ' }, 'Unnamed')).toBe('Unnamed');
  });
});

describe('openFromAddress', () => {
  it('opens the card and comparison the address names', () => {
    expect(openFromAddress('?card=scorecard-3&compare=warsaw', cards, ['warsaw'])).toEqual({ card: 'scorecard-3', compare: 'warsaw' });
  });
  it('falls back to the newest card, and to no comparison for an unknown practice', () => {
    expect(openFromAddress('?card=gone&compare=nowhere', cards, ['warsaw'])).toEqual({ card: 'scorecard-2', compare: '' });
    expect(openFromAddress('', [], [])).toEqual({ card: null, compare: '' });
  });
});

describe('addressWith', () => {
  it('sets and removes the card and the comparison, keeping the rest', () => {
    expect(addressWith('https://x.test/scorecard/?a=1', 'scorecard-1', 'warsaw')).toBe('https://x.test/scorecard/?a=1&card=scorecard-1&compare=warsaw');
    expect(addressWith('https://x.test/scorecard/?card=scorecard-1&compare=warsaw#p', null, '')).toBe('https://x.test/scorecard/#p');
  });
});

describe('profileSeries', () => {
  it('rounds each dimension score and the overall, and words the rated counts', () => {
    const dims = [{ id: 'a', criteria: ['a1', 'a2', 'a3'] }, { id: 'b', criteria: ['b1'] }];
    const s = profileSeries('Ours', scoreScorecard(dims, { a1: 'met', a2: 'partly', a3: 'not-met' }), (r, t) => `${r}/${t}`);
    expect(s).toEqual({ label: 'Ours', scores: [50, null], rated: ['3/3', '0/1'], overall: 50 });
  });
});
