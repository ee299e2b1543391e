import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';

// Render as the browser does after hydration (the server pass shows nothing saved).
vi.mock('../../src/islands/useHydrated', () => ({ useHydrated: () => true }));

const { saved } = await import('../../src/stores/assessment');
const { emptyDocument } = await import('../../src/lib/saved-format');
const { default: SummaryScorecards } = await import('../../src/islands/SummaryScorecards');

const dimensions = [
  { id: 'inclusivity-participation', title: 'Inclusivity and participation', criteria: ['a1', 'a2'] },
  { id: 'effectiveness', title: 'Effectiveness', criteria: ['e1'] },
];
const render = () => renderToString(h(SummaryScorecards, { dimensions, scorecardHref: '/scorecard/' }));

describe('SummaryScorecards', () => {
  it('invites the reader to the scorecard when there is none', () => {
    saved.set(emptyDocument());
    expect(render()).toContain('No scorecards yet. <a href="/scorecard/">');
  });

  it('lists every scorecard with its overall and dimension scores and a link that opens it', () => {
    const card = (id: string, name: string, ratings: Record<string, 'met' | 'partly' | 'not-met' | 'na'>) => ({
      id, name, created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z', ratings, evidence: {},
    });
    saved.set({ ...emptyDocument(), scorecards: [card('sc-1', 'Welcome desk', { a1: 'met', a2: 'partly', e1: 'not-met' }), card('sc-2', ' ', {})] });
    const html = render();
    expect(html).toContain('<a href="/scorecard/?card=sc-1">Welcome desk</a>');
    // Inclusivity 75%, effectiveness 0%, overall their mean: 38% (37.5 rounded).
    expect(html).toMatch(/data-dimension="overall"><th scope="row">Overall<\/th><td>38%/);
    expect(html).toMatch(/data-dimension="inclusivity-participation"><th scope="row">Inclusivity and participation<\/th><td>75%/);
    expect(html).toMatch(/data-dimension="effectiveness"><th scope="row">Effectiveness<\/th><td>0%/);
    // A card with no name and nothing rated.
    expect(html).toContain('<a href="/scorecard/?card=sc-2">Unnamed practice</a>');
    expect(html.match(/not rated/g)).toHaveLength(3);
  });
});
