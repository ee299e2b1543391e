import { describe, expect, it } from 'vitest';
import { SLUG, duplicateIds } from '../../src/lib/ids';
import { neighbours, tableOfContents } from '../../src/lib/pages';
import { joinBase } from '../../src/lib/url';

describe('ids', () => {
  it('accepts kebab-case slugs only', () => {
    for (const ok of ['needs-multisource-data', 'a1', 'x']) expect(SLUG.test(ok)).toBe(true);
    for (const bad of ['Needs', 'a--b', '-a', 'a-', 'a b', 'a_b', '']) expect(SLUG.test(bad)).toBe(false);
  });

  it('lists each repeated id once', () => {
    expect(duplicateIds(['a', 'b', 'a', 'c', 'a', 'b'])).toEqual(['a', 'b']);
    expect(duplicateIds(['a', 'b'])).toEqual([]);
  });
});

describe('pages', () => {
  it('finds neighbours at the ends and in the middle', () => {
    expect(neighbours([1, 2, 3], 0)).toEqual({ previous: undefined, next: 2 });
    expect(neighbours([1, 2, 3], 1)).toEqual({ previous: 1, next: 3 });
    expect(neighbours([1, 2, 3], 2)).toEqual({ previous: 2, next: undefined });
    expect(neighbours([1], -1)).toEqual({ previous: undefined, next: undefined });
  });

  it('builds the on-page contents from level 2 and 3 headings, then the added sections that show', () => {
    const body = [
      { depth: 1, slug: 't', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'b', text: 'B' },
      { depth: 4, slug: 'c', text: 'C' },
    ];
    const added = [
      { slug: 'benefits', text: 'Benefits', show: false },
      { slug: 'notes', text: 'Notes', show: true },
    ];
    expect(tableOfContents(body, added).map((h) => h.slug)).toEqual(['a', 'b', 'notes']);
    expect(tableOfContents(body, added).at(-1)).toEqual({ depth: 2, slug: 'notes', text: 'Notes' });
  });

  it('joins a base path and a path with one slash', () => {
    expect(joinBase('/', '/handbook/')).toBe('/handbook/');
    expect(joinBase('/some/path', '/handbook/')).toBe('/some/path/handbook/');
    expect(joinBase('/some/path/', 'handbook/')).toBe('/some/path/handbook/');
  });
});
