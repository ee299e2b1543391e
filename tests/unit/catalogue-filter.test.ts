import { describe, expect, it } from 'vitest';
import { emptyFilter, facetOptions, foldText, isEmptyFilter, matches, parseFilter, serialiseFilter, type CatalogueEntry } from '../../src/lib/catalogue-filter';

const entry = (over: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  country: ['poland'],
  keyArea: ['coordinate', 'know-the-needs'],
  sector: ['housing'],
  source: ['unhcr-mpg-handbook'],
  kind: ['project'],
  text: foldText('Welcome centre in Gdańsk, Poland. Housing advice for refugees.'),
  ...over,
});

describe('parseFilter and serialiseFilter', () => {
  it('reads every facet and the words from the address', () => {
    expect(parseFilter('?country=poland&keyArea=coordinate&sector=housing&source=unhcr-mpg-handbook&kind=project&q=welcome+centre')).toEqual({
      country: 'poland', keyArea: 'coordinate', sector: 'housing', source: 'unhcr-mpg-handbook', kind: 'project', q: 'welcome centre',
    });
  });

  it('ignores unknown parameters and values that are not options', () => {
    const known = { country: new Set(['poland']), keyArea: new Set(['coordinate']) };
    expect(parseFilter('?country=atlantis&keyArea=coordinate&page=2', known)).toEqual({ ...emptyFilter(), keyArea: 'coordinate' });
  });

  it('round-trips, in a fixed order, and gives "" for no filter', () => {
    const f = { ...emptyFilter(), q: '  gdańsk   housing ', kind: 'project', country: 'poland' };
    const s = serialiseFilter(f);
    expect(s).toBe('?country=poland&kind=project&q=gda%C5%84sk+housing');
    expect(parseFilter(s)).toEqual({ ...f, q: 'gdańsk housing' });
    expect(serialiseFilter(emptyFilter())).toBe('');
    expect(serialiseFilter({ ...emptyFilter(), q: '   ' })).toBe('');
  });

  it('knows an empty filter', () => {
    expect(isEmptyFilter(emptyFilter())).toBe(true);
    expect(isEmptyFilter({ ...emptyFilter(), q: ' ' })).toBe(true);
    expect(isEmptyFilter({ ...emptyFilter(), sector: 'housing' })).toBe(false);
  });
});

describe('matches', () => {
  it('lets everything through an empty filter', () => {
    expect(matches(entry(), emptyFilter())).toBe(true);
  });

  it('combines facets with AND', () => {
    expect(matches(entry(), { ...emptyFilter(), country: 'poland', keyArea: 'coordinate' })).toBe(true);
    expect(matches(entry(), { ...emptyFilter(), country: 'poland', keyArea: 'serve-everyone' })).toBe(false);
    expect(matches(entry(), { ...emptyFilter(), country: 'czechia', keyArea: 'coordinate' })).toBe(false);
    expect(matches(entry({ country: ['czechia', 'poland'] }), { ...emptyFilter(), country: 'poland' })).toBe(true);
  });

  it('needs every word, ignoring case and accents', () => {
    expect(matches(entry(), { ...emptyFilter(), q: 'GDANSK housing' })).toBe(true);
    expect(matches(entry(), { ...emptyFilter(), q: 'gdańsk' })).toBe(true);
    expect(matches(entry(), { ...emptyFilter(), q: 'gdansk employment' })).toBe(false);
    expect(matches(entry(), { ...emptyFilter(), q: 'hous', country: 'poland' })).toBe(true);
  });
});

describe('foldText', () => {
  it('folds accents, case and spaces', () => {
    expect(foldText('  Malmö\n  ŁÓDŹ  Gdańsk ')).toBe('malmo lodz gdansk');
  });
});

describe('facetOptions', () => {
  it('counts each practice once per value, keeps the given order and drops unused choices', () => {
    const entries = [entry(), entry({ country: ['czechia', 'poland'] }), entry({ country: ['czechia', 'czechia'] })];
    const choices = [
      { value: 'austria', label: 'Austria' },
      { value: 'poland', label: 'Poland' },
      { value: 'czechia', label: 'Czechia' },
    ];
    expect(facetOptions(entries, 'country', choices)).toEqual([
      { value: 'poland', label: 'Poland', count: 2 },
      { value: 'czechia', label: 'Czechia', count: 2 },
    ]);
  });
});
