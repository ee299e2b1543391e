import { describe, expect, it } from 'vitest';
import { cssString, listsParam, runningHeadsCss, selectedLists } from '../../src/lib/print';

describe('cssString', () => {
  it('quotes plain text', () => {
    expect(cssString('Worksheet: Know the needs')).toBe('"Worksheet: Know the needs"');
  });

  it('escapes quotes, backslashes, line breaks and anything that could close the style element', () => {
    expect(cssString('Who we mean by "refugees"')).toBe('"Who we mean by \\"refugees\\""');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('one\ntwo')).toBe('"one two"');
    expect(cssString('</style><script>')).not.toContain('<');
  });
});

describe('runningHeadsCss', () => {
  const heads = { title: 'Glossary | Inclusion handbook', address: 'https://example.org/glossary/' };

  it('puts the title top left, the address bottom left and "Page n of m" bottom right', () => {
    const css = runningHeadsCss(heads);
    expect(css).toMatch(/^@page\{/);
    expect(css).toContain('@top-left{content:"Glossary | Inclusion handbook"}');
    expect(css).toContain('@bottom-left{content:"https://example.org/glossary/"}');
    expect(css).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages)}');
  });

  it('gives a named page only its own title', () => {
    expect(runningHeadsCss({ ...heads, title: '3. Know the needs' }, 'chapter-3')).toBe('@page chapter-3{@top-left{content:"3. Know the needs"}}');
  });
});

describe('workshop pack selection', () => {
  const all = ['know-the-needs', 'coordinate', 'sector-housing'];

  it('selects every checklist without a parameter, or with one naming no known id', () => {
    expect(selectedLists(null, all)).toEqual(all);
    expect(selectedLists('', all)).toEqual(all);
    expect(selectedLists('nothing-here', all)).toEqual(all);
  });

  it('keeps the known ids it names, in the pack order, ignoring spaces and unknown ids', () => {
    expect(selectedLists('sector-housing, know-the-needs,unknown', all)).toEqual(['know-the-needs', 'sector-housing']);
  });

  it('writes a parameter only for a partial selection, in the pack order', () => {
    expect(listsParam(['sector-housing', 'know-the-needs'], all)).toBe('know-the-needs,sector-housing');
    expect(listsParam(all, all)).toBeUndefined();
    expect(listsParam([], all)).toBeUndefined();
  });

  it('round-trips a selection through the parameter', () => {
    const chosen = ['coordinate'];
    expect(selectedLists(listsParam(chosen, all), all)).toEqual(chosen);
  });
});
