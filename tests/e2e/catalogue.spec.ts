import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { collectErrors } from './helpers';

/** The practices as their content files say, to compute what each filter must show. */
interface PracticeData {
  id: string;
  title: string;
  summary: string;
  city?: string;
  years?: string;
  organisation?: string;
  nationalSociety?: string;
  countries: string[];
  keyAreas: string[];
  sources: string[];
  assessment?: { dimensions: { dimension: string; questions: { question: string; criteria: Record<string, string> }[] }[] };
}

function frontMatter(file: string): any {
  const text = readFileSync(file, 'utf8');
  return parse(text.match(/^---\r?\n([\s\S]*?)\r?\n---/)![1]!);
}

const PRACTICES: PracticeData[] = readdirSync('content/practices')
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const d = frontMatter(join('content/practices', f));
    return {
      ...d,
      id: f.slice(0, -3),
      keyAreas: [...(d.examples ?? []).map((e: { chapter: string }) => e.chapter), ...(d.keyAreas ?? [])],
    };
  });
const COUNTRY_NAMES: Record<string, string> = Object.fromEntries(
  readdirSync('content/countries').map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join('content/countries', f), 'utf8')).name]),
);
const ALL = PRACTICES.map((p) => p.id).sort();
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Ids of the practices whose card the reader can see (each once, though a card may be in several groups). */
async function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('section[data-group] .card-list > li', (els) =>
    [...new Set(els.filter((el) => el.checkVisibility()).map((el) => el.querySelector('a')!.getAttribute('href')!.split('/').filter(Boolean).pop()!))].sort(),
  );
}

const country = (page: Page) => page.getByLabel('Country', { exact: true });
const keyArea = (page: Page) => page.getByLabel('Key area', { exact: true });
const words = (page: Page) => page.getByLabel('Words in the name, place or summary');
const count = (page: Page) => page.getByRole('status');

const POLAND_COORDINATE = PRACTICES.filter((p) => p.countries.includes('poland') && p.keyAreas.includes('coordinate')).map((p) => p.id).sort();
const POLAND = PRACTICES.filter((p) => p.countries.includes('poland')).map((p) => p.id).sort();

test('a country and a key area show exactly the practices with both, in an address that can be shared', async ({ page, browser }) => {
  expect(POLAND_COORDINATE.length).toBeGreaterThan(0);
  expect(POLAND.length).toBeGreaterThan(POLAND_COORDINATE.length);
  const errors = collectErrors(page);
  await page.goto('/practices/');
  await expect(page.locator('#catalogue-filter')).toBeVisible();
  await expect(count(page)).toHaveText(`${ALL.length} of ${ALL.length} practices`);

  await country(page).selectOption('poland');
  await keyArea(page).selectOption('coordinate');
  await expect(page).toHaveURL(/\/practices\/\?country=poland&keyArea=coordinate$/);
  await expect(count(page)).toHaveText(`${POLAND_COORDINATE.length} of ${ALL.length} practices`);
  expect(await visibleIds(page)).toEqual(POLAND_COORDINATE);
  // Only the chosen key area's group is left, and the groups list agrees.
  await expect(page.locator('section[data-group]:visible')).toHaveCount(1);
  await expect(page.locator('section[data-group="coordinate"]')).toBeVisible();
  await expect(page.locator('li[data-group-link]:visible')).toHaveText([new RegExp(`^Key area 6: .*\\(${POLAND_COORDINATE.length}\\)$`)]);

  // The address alone restores the view, in a fresh page and after a reload.
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(country(other)).toHaveValue('poland');
  await expect(keyArea(other)).toHaveValue('coordinate');
  await expect(count(other)).toHaveText(`${POLAND_COORDINATE.length} of ${ALL.length} practices`);
  expect(await visibleIds(other)).toEqual(POLAND_COORDINATE);
  await other.close();
  await page.reload();
  await expect(keyArea(page)).toHaveValue('coordinate');
  expect(await visibleIds(page)).toEqual(POLAND_COORDINATE);
  expect(errors).toEqual([]);
});

test('back and forward step through the filters without loading the page', async ({ page }) => {
  await page.goto('/practices/');
  await expect(page.locator('#catalogue-filter')).toBeVisible();
  await page.evaluate(() => ((window as any).samePage = true));
  await country(page).selectOption('poland');
  await keyArea(page).selectOption('coordinate');
  await expect(page).toHaveURL(/keyArea=coordinate/);

  await page.goBack();
  await expect(page).toHaveURL(/\/practices\/\?country=poland$/);
  await expect(keyArea(page)).toHaveValue('');
  await expect(count(page)).toHaveText(`${POLAND.length} of ${ALL.length} practices`);
  expect(await visibleIds(page)).toEqual(POLAND);

  await page.goBack();
  await expect(page).toHaveURL(/\/practices\/$/);
  await expect(country(page)).toHaveValue('');
  expect(await visibleIds(page)).toEqual(ALL);

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/country=poland&keyArea=coordinate$/);
  await expect(keyArea(page)).toHaveValue('coordinate');
  expect(await visibleIds(page)).toEqual(POLAND_COORDINATE);
  expect(await page.evaluate(() => (window as any).samePage)).toBe(true);
});

test('the text filter needs every word, ignores accents, and typing makes one history entry', async ({ page }) => {
  const text = (p: PracticeData) =>
    fold([p.title, p.city, ...p.countries.map((c) => COUNTRY_NAMES[c]), p.years, p.summary, p.organisation, p.nationalSociety].filter(Boolean).join(' '));
  const gdansk = PRACTICES.filter((p) => text(p).includes('gdansk')).map((p) => p.id).sort();
  const gdanskCouncil = PRACTICES.filter((p) => text(p).includes('gdansk') && text(p).includes('council')).map((p) => p.id).sort();
  expect(gdansk.length).toBeGreaterThan(gdanskCouncil.length);
  expect(gdanskCouncil.length).toBeGreaterThan(0);

  await page.goto('/practices/');
  await expect(page.locator('#catalogue-filter')).toBeVisible();
  await words(page).pressSequentially('gdansk');
  await expect(page).toHaveURL(/\?q=gdansk$/);
  expect(await visibleIds(page)).toEqual(gdansk);
  await words(page).pressSequentially(' council');
  await expect(page).toHaveURL(/\?q=gdansk\+council$/);
  await expect(count(page)).toHaveText(`${gdanskCouncil.length} of ${ALL.length} practices`);
  expect(await visibleIds(page)).toEqual(gdanskCouncil);

  // Twelve keystrokes, one step back.
  await page.goBack();
  await expect(page).toHaveURL(/\/practices\/$/);
  await expect(words(page)).toHaveValue('');
  expect(await visibleIds(page)).toEqual(ALL);

  await page.goto('/practices/?q=Gda%C5%84sk');
  await expect(words(page)).toHaveValue('Gdańsk');
  expect(await visibleIds(page)).toEqual(gdansk);

  await words(page).fill('nothing-matches-this');
  await expect(count(page)).toContainText(`0 of ${ALL.length} practices. No practice matches`);
  await expect(page.locator('section[data-group]:visible')).toHaveCount(0);
});

test('"Clear filters" shows everything again and empties the address', async ({ page }) => {
  await page.goto('/practices/?country=poland&keyArea=coordinate&q=council');
  await expect(country(page)).toHaveValue('poland');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/practices\/$/);
  await expect(country(page)).toHaveValue('');
  await expect(keyArea(page)).toHaveValue('');
  await expect(words(page)).toHaveValue('');
  await expect(count(page)).toHaveText(`${ALL.length} of ${ALL.length} practices`);
  expect(await visibleIds(page)).toEqual(ALL);
  await page.goBack();
  await expect(country(page)).toHaveValue('poland');
});

test('a value that is not an option is ignored, not turned into an empty list', async ({ page }) => {
  await page.goto('/practices/?country=atlantis&keyArea=coordinate');
  await expect(country(page)).toHaveValue('');
  expect(await visibleIds(page)).toEqual(
    PRACTICES.filter((p) => p.keyAreas.includes('coordinate')).map((p) => p.id).sort(),
  );
});

test('options list every country, key area and source used, with their counts', async ({ page }) => {
  await page.goto('/practices/');
  const polandOption = country(page).locator('option[value="poland"]');
  await expect(polandOption).toHaveText(`Poland (${POLAND.length})`);
  const sourceIds = [...new Set(PRACTICES.flatMap((p) => p.sources))].sort();
  const shown = await page.getByLabel('Source document').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(shown.sort()).toEqual(sourceIds);
});

test('without JavaScript the page lists every practice, grouped, and hides the filter form', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/practices/?country=poland');
  await expect(page.locator('#catalogue-filter')).toBeHidden();
  // Playwright's switch parses <noscript> as if scripts ran, so check the markup, not its rendering.
  expect(await page.locator('noscript').evaluateAll((els) => els.map((e) => e.textContent).join(' '))).toContain('Filtering needs JavaScript');
  expect(await visibleIds(page)).toEqual(ALL);
  expect(await page.locator('section[data-group]:visible').count()).toBeGreaterThan(5);
  await context.close();
});

test('with filters applied the catalogue passes axe (WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/practices/?country=poland&keyArea=coordinate&q=council');
  await expect(page.locator('#catalogue-filter')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('search indexes practices with country, key area, source, kind and sector filters', async ({ page }) => {
  await page.goto('/search/');
  const found = await page.evaluate(async () => {
    const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const filters = await pf.filters();
    const search = await pf.search(null, { filters: { country: 'Poland', keyArea: '6. Coordinate' } });
    const pages = await Promise.all(search.results.map((r: any) => r.data()));
    return { filters, urls: pages.map((d: any) => d.url as string) };
  });
  const ids = found.urls.map((u) => u.match(/\/practices\/([^/]+)\/$/)?.[1]).sort();
  expect(ids).toEqual(POLAND_COORDINATE);
  const spring = PRACTICES.filter((p) => p.sources.includes('spring-good-practice-criteria')).length;
  expect(found.filters.source['SPRING good practice criteria']).toBe(spring);
  expect(Object.keys(found.filters.kind).length).toBeGreaterThan(2);
  expect(Object.keys(found.filters.sector).length).toBeGreaterThan(2);
});

test('a practice page shows its SPRING profile and the full list of criteria', async ({ page }) => {
  const assessed = PRACTICES.find((p) => p.assessment)!;
  const dims = readdirSync('content/quality').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join('content/quality', f), 'utf8')) }));
  dims.sort((a, b) => a.order - b.order);
  const marks = (dim: string) => assessed.assessment!.dimensions.find((d) => d.dimension === dim)?.questions.flatMap((q) => Object.values(q.criteria)) ?? [];
  await page.goto(`/practices/${assessed.id}/`);
  const section = page.getByTestId('spring-assessment');
  const expected = dims.map((d) => {
    const total = d.spring.reduce((n: number, q: { criteria: unknown[] }) => n + q.criteria.length, 0);
    return `${d.title} ${marks(d.id).filter((m) => m === 'met').length} of ${total} criteria met`;
  });
  const rows = (await section.locator('.spring__profile li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(rows).toEqual(expected);
  // Closed on screen, printed open.
  await expect(section.locator('[data-criterion]').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(section.locator('[data-criterion]').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // Every criterion is listed once, with its mark in words.
  await section.getByText('All criteria, with what the assessment found').click();
  const allCriteria = dims.flatMap((d) => d.spring.flatMap((q: { criteria: { id: string }[] }) => q.criteria.map((c) => c.id)));
  await expect(section.locator('[data-criterion]')).toHaveCount(allCriteria.length);
  const firstMet = assessed.assessment!.dimensions[0]!.questions[0]!;
  const [criterion, mark] = Object.entries(firstMet.criteria)[0]!;
  await expect(section.locator(`[data-criterion="${criterion}"]`)).toBeVisible();
  await expect(section.locator(`[data-criterion="${criterion}"]`)).toContainText({ met: 'Met:', 'not-met': 'Not met:', 'not-assessed': 'Not assessed:' }[mark]!);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('every practice page links three to five related practices, and only assessed ones have a SPRING section', () => {
  const root = resolve(process.env.OUT_DIR ?? 'dist');
  const counts: Record<string, number> = {};
  for (const p of PRACTICES) {
    const html = readFileSync(join(root, 'practices', p.id, 'index.html'), 'utf8');
    const related = html.split('id="related"')[1]?.split('</section>')[0] ?? '';
    counts[p.id] = (related.match(/class="card practice-card"/g) ?? []).length;
    expect(html.includes('data-testid="spring-assessment"'), p.id).toBe(Boolean(p.assessment));
  }
  expect(Object.entries(counts).filter(([, n]) => n < 3 || n > 5)).toEqual([]);
});

test('a practice page quotes testimony in its speaker’s words, attributed, and passes axe', async ({ page }) => {
  await page.goto('/practices/avail-voices-network/');
  const section = page.getByRole('region', { name: 'In their own words' });
  await expect(section.locator('figure blockquote')).toHaveText(/^Before I was screaming and nobody could hear me, now I whisper and people listen$/);
  await expect(section.locator('figure figcaption')).toHaveText('Lora, VOICES Ambassador');
  // A page without quotations has no such section.
  await page.goto('/practices/estonia-vao-kitchen/');
  await expect(page.getByRole('region', { name: 'In their own words' })).toHaveCount(0);
  await page.goto('/practices/avail-voices-network/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the introduction quotes the handbook’s three testimonials, each with its speaker', async ({ page }) => {
  await page.goto('/handbook/introduction/');
  const quotes = page.locator('figure.quotation');
  await expect(quotes).toHaveCount(3);
  await expect(quotes.locator('figcaption')).toHaveText([/^Katharina Bamberg, /, /^Irena Guidikova, /, /^Antje Grotheer, /]);
  await expect(quotes.first().locator('blockquote')).toContainText('useful tool to guide local authorities');
});

test('key area 4 groups its examples under each success factor by audience, as the source does', async ({ page }) => {
  await page.goto('/handbook/work-with-refugees/');
  const factor = page.getByRole('region', { name: 'Representativeness', exact: true });
  const groups = factor.locator('[data-audience]');
  await expect(groups).toHaveCount(2);
  await expect(groups.locator('h4')).toHaveText(['Local authorities', 'NGOs and service providers']);
  const ids = (i: number) => groups.nth(i).locator('.practice-card h5 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).pop()));
  expect((await ids(0)).sort()).toEqual(['ravenna-focus-groups-world-cafes', 'ravenna-intercultural-network']);
  expect((await ids(1)).sort()).toEqual(['for-the-earth-association', 'foundation-for-somalia']);
  // Every one of the chapter's 13 examples sits in an audience group.
  const examples = page.locator('section[aria-labelledby="examples"]');
  await expect(examples.locator('.practice-card')).toHaveCount(13);
  await expect(examples.locator('[data-audience] .practice-card')).toHaveCount(13);
  const results = await new AxeBuilder({ page }).include('section[aria-labelledby="examples"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // A chapter whose source does not group its examples shows no audience headings.
  await page.goto('/handbook/know-the-needs/');
  await expect(page.locator('[data-audience]')).toHaveCount(0);
});
