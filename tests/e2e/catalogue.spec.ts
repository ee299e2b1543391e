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
  sectors?: string[];
  kind: string;
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

/** Ids of the practices whose card the reader can see, in the order shown, once the list is filled. */
async function visibleIds(page: Page): Promise<string[]> {
  await expect(page.locator('#catalogue-list')).not.toHaveAttribute('aria-busy', /./);
  return page.$$eval('#catalogue-list .catalogue__item', (els) =>
    els.filter((el) => el.checkVisibility()).map((el) => el.querySelector('a')!.getAttribute('href')!.split('/').filter(Boolean).pop()!),
  );
}
const sorted = async (page: Page) => (await visibleIds(page)).sort();

/** A facet's checkbox, found as the reader finds it: in the group named by its legend. */
const box = (page: Page, facet: string, value: string) => page.getByRole('group', { name: facet, exact: true }).locator(`input[value="${value}"]`);
const words = (page: Page) => page.getByLabel('Words in the name, place or summary');
const count = (page: Page) => page.getByTestId('catalogue-count');
const ready = (page: Page) => expect(page.locator('#catalogue-q')).toBeEnabled();

const ids = (f: (p: PracticeData) => boolean) => PRACTICES.filter(f).map((p) => p.id).sort();
const HOUSING_OR_EMPLOYMENT = ids((p) => (p.sectors ?? []).some((s) => s === 'housing' || s === 'employment'));
const GREECE_HOUSING_OR_EMPLOYMENT = ids((p) => p.countries.includes('greece') && (p.sectors ?? []).some((s) => s === 'housing' || s === 'employment'));
const POLAND = ids((p) => p.countries.includes('poland'));
const POLAND_COORDINATE = ids((p) => p.countries.includes('poland') && p.keyAreas.includes('coordinate'));

test('two sectors give the union, a country with them the intersection, each practice once, in an address that can be shared', async ({ page, browser }) => {
  expect(GREECE_HOUSING_OR_EMPLOYMENT.length).toBeGreaterThan(1);
  expect(HOUSING_OR_EMPLOYMENT.length).toBeGreaterThan(GREECE_HOUSING_OR_EMPLOYMENT.length);
  const errors = collectErrors(page);
  await page.goto('/practices/');
  await ready(page);
  await expect(count(page)).toHaveText(`${ALL.length} of ${ALL.length} practices`);
  // Every practice is listed once: as many cards as practices, no link twice.
  const hrefs = await page.$$eval('#catalogue-list a', (as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBe(ALL.length);
  expect(new Set(hrefs).size).toBe(ALL.length);

  await box(page, 'Sector', 'housing').check();
  await box(page, 'Sector', 'employment').check();
  await expect(count(page)).toHaveText(`${HOUSING_OR_EMPLOYMENT.length} of ${ALL.length} practices`);
  expect(await sorted(page)).toEqual(HOUSING_OR_EMPLOYMENT);
  await box(page, 'Country', 'greece').check();
  await expect(page).toHaveURL(/\/practices\/\?country=greece&sector=employment&sector=housing$/);
  await expect(count(page)).toHaveText(`${GREECE_HOUSING_OR_EMPLOYMENT.length} of ${ALL.length} practices`);
  const shown = await visibleIds(page);
  expect(shown.length).toBe(GREECE_HOUSING_OR_EMPLOYMENT.length);
  expect([...shown].sort()).toEqual(GREECE_HOUSING_OR_EMPLOYMENT);
  // The choices as chips, and the number of them on the panel's button.
  await expect(page.locator('[data-chip-list] button')).toHaveText(['Greece ×', 'Employment ×', 'Housing ×']);
  await expect(page.locator('[data-active-count]')).toHaveText(' (3)');

  // The address alone restores the view, in a fresh page and after a reload.
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(box(other, 'Country', 'greece')).toBeChecked();
  await expect(box(other, 'Sector', 'housing')).toBeChecked();
  await expect(count(other)).toHaveText(`${GREECE_HOUSING_OR_EMPLOYMENT.length} of ${ALL.length} practices`);
  expect(await sorted(other)).toEqual(GREECE_HOUSING_OR_EMPLOYMENT);
  await other.close();
  await page.reload();
  await expect(box(page, 'Sector', 'employment')).toBeChecked();
  expect(await sorted(page)).toEqual(GREECE_HOUSING_OR_EMPLOYMENT);
  expect(errors).toEqual([]);
});

test('each option counts what it would give with the other choices, and options giving none stay, marked 0', async ({ page }) => {
  await page.goto('/practices/?country=greece');
  await ready(page);
  const label = (facet: string, value: string) => page.getByRole('group', { name: facet, exact: true }).locator('label').filter({ has: page.locator(`input[value="${value}"]`) });
  // Sector counts with Greece chosen: the Greek practices of each sector.
  for (const sector of ['housing', 'employment', 'health']) {
    const n = ids((p) => p.countries.includes('greece') && (p.sectors ?? []).includes(sector)).length;
    await expect(label('Sector', sector).locator('[data-n]')).toHaveText(`(${n})`);
  }
  // Country counts are not narrowed by the chosen country (choosing Italy too adds Italy's).
  await expect(label('Country', 'italy').locator('[data-n]')).toHaveText(`(${ids((p) => p.countries.includes('italy')).length})`);
  // Adding a sector narrows the other facets' counts.
  await box(page, 'Sector', 'housing').check();
  const greekHousing = ids((p) => p.countries.includes('greece') && (p.sectors ?? []).includes('housing'));
  await expect(label('Kind', 'project').locator('[data-n]')).toHaveText(`(${PRACTICES.filter((p) => greekHousing.includes(p.id) && p.kind === 'project').length})`);
  // A country with no Greek… practice about housing shows 0, stays visible and is marked.
  const zeroCountry = Object.keys(COUNTRY_NAMES).find((c) => PRACTICES.some((p) => p.countries.includes(c)) && !PRACTICES.some((p) => p.countries.includes(c) && (p.sectors ?? []).includes('housing')))!;
  expect(zeroCountry).toBeTruthy();
  await expect(label('Country', zeroCountry)).toBeVisible();
  await expect(label('Country', zeroCountry).locator('[data-n]')).toHaveText('(0)');
  await expect(label('Country', zeroCountry)).toHaveAttribute('data-zero', '');
});

test('back and forward step through the filters without loading the page', async ({ page }) => {
  await page.goto('/practices/');
  await ready(page);
  await page.evaluate(() => ((window as any).samePage = true));
  await box(page, 'Country', 'poland').check();
  await box(page, 'Key area', 'coordinate').check();
  await expect(page).toHaveURL(/keyArea=coordinate/);

  await page.goBack();
  await expect(page).toHaveURL(/\/practices\/\?country=poland$/);
  await expect(box(page, 'Key area', 'coordinate')).not.toBeChecked();
  await expect(count(page)).toHaveText(`${POLAND.length} of ${ALL.length} practices`);
  expect(await sorted(page)).toEqual(POLAND);

  await page.goBack();
  await expect(page).toHaveURL(/\/practices\/$/);
  await expect(box(page, 'Country', 'poland')).not.toBeChecked();
  expect(await sorted(page)).toEqual(ALL);

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/country=poland&keyArea=coordinate$/);
  await expect(box(page, 'Key area', 'coordinate')).toBeChecked();
  expect(await sorted(page)).toEqual(POLAND_COORDINATE);
  expect(await page.evaluate(() => (window as any).samePage)).toBe(true);
});

test('the text filter needs every word, ignores accents, and typing makes one history entry', async ({ page }) => {
  const text = (p: PracticeData) =>
    fold([p.title, p.city, ...p.countries.map((c) => COUNTRY_NAMES[c]), p.years, p.summary, p.organisation, p.nationalSociety].filter(Boolean).join(' '));
  const gdansk = ids((p) => text(p).includes('gdansk'));
  const gdanskCouncil = ids((p) => text(p).includes('gdansk') && text(p).includes('council'));
  expect(gdansk.length).toBeGreaterThan(gdanskCouncil.length);
  expect(gdanskCouncil.length).toBeGreaterThan(0);

  await page.goto('/practices/');
  await ready(page);
  await words(page).pressSequentially('gdansk');
  await expect(page).toHaveURL(/\?q=gdansk$/);
  expect(await sorted(page)).toEqual(gdansk);
  await words(page).pressSequentially(' council');
  await expect(page).toHaveURL(/\?q=gdansk\+council$/);
  await expect(count(page)).toHaveText(`${gdanskCouncil.length} of ${ALL.length} practices`);
  expect(await sorted(page)).toEqual(gdanskCouncil);
  await expect(page.locator('[data-chip-list] button')).toHaveText(['Words: gdansk council ×']);

  // Twelve keystrokes, one step back.
  await page.goBack();
  await expect(page).toHaveURL(/\/practices\/$/);
  await expect(words(page)).toHaveValue('');
  expect(await sorted(page)).toEqual(ALL);

  await page.goto('/practices/?q=Gda%C5%84sk');
  await expect(words(page)).toHaveValue('Gdańsk');
  expect(await sorted(page)).toEqual(gdansk);

  await words(page).fill('nothing-matches-this');
  await expect(count(page)).toContainText(`0 of ${ALL.length} practices. No practice matches`);
  expect(await visibleIds(page)).toEqual([]);
});

test('a chip removes its filter, "Clear all" removes them all and empties the address', async ({ page }) => {
  await page.goto('/practices/?country=poland&keyArea=coordinate&q=council');
  await ready(page);
  await expect(box(page, 'Country', 'poland')).toBeChecked();
  await page.getByRole('button', { name: 'Remove filter: 6. Coordinate' }).click();
  await expect(page).toHaveURL(/\/practices\/\?country=poland&q=council$/);
  await expect(box(page, 'Key area', 'coordinate')).not.toBeChecked();
  // Focus moves to the next chip, not to the top of the page.
  await expect(page.getByRole('button', { name: 'Remove filter: Words: council' })).toBeFocused();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/practices\/$/);
  await expect(box(page, 'Country', 'poland')).not.toBeChecked();
  await expect(words(page)).toHaveValue('');
  await expect(count(page)).toHaveText(`${ALL.length} of ${ALL.length} practices`);
  await expect(page.locator('[data-chips]')).toBeHidden();
  expect(await sorted(page)).toEqual(ALL);
  await page.goBack();
  await expect(box(page, 'Country', 'poland')).toBeChecked();
});

test('a value that is not an option is ignored, not turned into an empty list', async ({ page }) => {
  await page.goto('/practices/?country=atlantis&keyArea=coordinate');
  await ready(page);
  await expect(page.locator('[data-facet=country] input:checked')).toHaveCount(0);
  expect(await sorted(page)).toEqual(ids((p) => p.keyAreas.includes('coordinate')));
});

test('options list every country, key area and source used, with their counts', async ({ page }) => {
  await page.goto('/practices/');
  await expect(page.getByRole('group', { name: 'Country', exact: true }).locator('label').filter({ has: page.locator('input[value=poland]') })).toHaveText(`Poland (${POLAND.length})`);
  const sourceIds = [...new Set(PRACTICES.flatMap((p) => p.sources))].sort();
  const shown = await page.locator('[data-facet=source] input').evaluateAll((os) => os.map((o) => (o as HTMLInputElement).value));
  expect(shown.sort()).toEqual(sourceIds);
});

test('sorting by country or source and grouping by key area reorder the same cards, each practice once', async ({ page }) => {
  await page.goto('/practices/?country=poland');
  await ready(page);
  const names = (list: string[]) => list.map((id) => PRACTICES.find((p) => p.id === id)!.title);
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
  const byName = await visibleIds(page);
  expect(names(byName)).toEqual([...names(byName)].sort(collator.compare));
  const firstCard = page.locator('#catalogue-list .catalogue__item').first();
  await firstCard.evaluate((el) => ((el as any).marked = true));

  await page.getByLabel('Sort by').selectOption('source');
  await expect(page).toHaveURL(/country=poland&sort=source$/);
  // The same card elements, moved: none is rebuilt.
  expect(await page.$$eval('#catalogue-list .catalogue__item', (els) => els.some((el) => (el as any).marked))).toBe(true);
  await page.goto('/practices/?sort=country');
  await ready(page);
  const byCountry = await visibleIds(page);
  const countryOf = (id: string) => COUNTRY_NAMES[PRACTICES.find((p) => p.id === id)!.countries[0]!]!;
  expect(byCountry.map(countryOf)).toEqual([...byCountry.map(countryOf)].sort(collator.compare));

  await page.getByLabel('Group by key area').check();
  await expect(page).toHaveURL(/sort=country&group=keyArea$/);
  const headings = page.locator('#catalogue-list > .catalogue__group:visible h2');
  await expect(headings.first()).toContainText('Key area 1');
  expect(await headings.count()).toBeGreaterThan(5);
  const grouped = await visibleIds(page);
  expect(grouped.length).toBe(ALL.length);
  expect(new Set(grouped).size).toBe(ALL.length);
  // Choosing one key area leaves one group, whose heading counts its practices.
  await box(page, 'Key area', 'coordinate').check();
  const coordinate = ids((p) => p.keyAreas.includes('coordinate'));
  await expect(headings).toHaveCount(1);
  await expect(headings).toContainText(`Key area 6`);
  await expect(headings).toContainText(`(${coordinate.length})`);
  expect(await sorted(page)).toEqual(coordinate);
});

test('the next frame after a change already shows the right cards on screen, wherever the reader has scrolled; the rest follow', async ({ browser }) => {
  /** Checks a box, then returns the practices on screen after the next frame and once the list is complete. */
  const onScreenAfterChange = (page: Page, facet: string, value: string) => page.evaluate(async ({ facet, value }) => {
    const list = document.querySelector('#catalogue-list')!;
    const onScreen = () => [...list.querySelectorAll<HTMLElement>('.catalogue__item')]
      .filter((el) => { const r = el.getBoundingClientRect(); return el.checkVisibility() && r.bottom > 0 && r.top < innerHeight; })
      .map((el) => `${el.dataset[facet]} ${el.querySelector('a')!.getAttribute('href')}`);
    document.querySelector<HTMLInputElement>(`[data-facet="${facet}"] input[value="${value}"]`)!.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const first = onScreen();
    const busy = list.hasAttribute('aria-busy');
    while (list.hasAttribute('aria-busy')) await new Promise((r) => setTimeout(r, 10));
    return { first, complete: onScreen(), busy };
  }, { facet, value });
  const projects = ids((p) => p.kind === 'project');
  expect(projects.length).toBeGreaterThan(20);

  // A phone at the top of the list: only the first screen is written at once.
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
  let page = await phone.newPage();
  await page.goto('/practices/');
  await ready(page);
  let seen = await onScreenAfterChange(page, 'kind', 'project');
  expect(seen.busy).toBe(true);
  expect(seen.first.length).toBeGreaterThan(0);
  expect(seen.first.every((c) => c.startsWith('project '))).toBe(true);
  expect(seen.first).toEqual(seen.complete);
  expect(await sorted(page)).toEqual(projects);
  await phone.close();

  // A wide screen scrolled well down the list, choosing in the sticky side panel.
  page = await browser.newPage();
  await page.goto('/practices/');
  await ready(page);
  await page.evaluate(() => scrollTo(0, document.querySelector('#catalogue-list')!.getBoundingClientRect().top + scrollY + 1500));
  seen = await onScreenAfterChange(page, 'kind', 'project');
  expect(seen.first.length).toBeGreaterThan(0);
  expect(seen.first.every((c) => c.startsWith('project '))).toBe(true);
  expect(seen.first).toEqual(seen.complete);
  expect(await sorted(page)).toEqual(projects);
  await page.close();
});

test('on a 375 × 812 phone the count and the first result are on the first screen, and the filters open in a panel', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/practices/');
  await ready(page);
  const firstCard = page.locator('#catalogue-list .catalogue__item').first();
  const cardTop = (await firstCard.boundingBox())!.y;
  const countBottom = await count(page).evaluate((el) => el.getBoundingClientRect().bottom);
  expect(countBottom).toBeLessThan(812);
  expect(cardTop + 80).toBeLessThan(812);
  // The filter panel starts closed; "Filters" opens it, a choice shows in its name, "Show N practices" closes it.
  await expect(page.locator('#catalogue-panel')).toBeHidden();
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await expect(page.locator('#catalogue-panel')).toBeVisible();
  await box(page, 'Country', 'greece').check();
  await box(page, 'Sector', 'housing').check();
  await page.getByRole('button', { name: `Show ${ids((p) => p.countries.includes('greece') && (p.sectors ?? []).includes('housing')).length} practices` }).click();
  await expect(page.locator('#catalogue-panel')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await context.close();
});

test('without JavaScript the page lists every practice, once, and its filter controls are disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/practices/?country=poland');
  await expect(page.locator('#catalogue-q')).toBeDisabled();
  await expect(page.locator('[data-facet=country] input').first()).toBeDisabled();
  // Playwright's switch parses <noscript> as if scripts ran, so check the markup, not its rendering.
  expect(await page.locator('noscript').evaluateAll((els) => els.map((e) => e.textContent).join(' '))).toContain('Filtering needs JavaScript');
  const shown = await visibleIds(page);
  expect(shown.length).toBe(ALL.length);
  expect(shown.sort()).toEqual(ALL);
  await context.close();
});

test('with filters applied the catalogue passes axe (WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/practices/?country=poland&keyArea=coordinate&q=council&group=keyArea');
  await ready(page);
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

for (const viewport of [{ width: 412, height: 823 }, { width: 320, height: 640 }, { width: 1280, height: 900 }]) {
  test(`off-screen cards never run into each other at ${viewport.width} px: every card below the one before, and axe finds no small targets, at the top and scrolled`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: viewport.width < 1000 ? 1.75 : 1 });
    const page = await context.newPage();
    await page.goto('/practices/');
    await ready(page);
    for (const scroll of [0, 0.5]) {
      // As a reader lands there (a link, a search): the card halfway down put at the top, below the sticky header.
      await page.evaluate((f) => {
        const cards = document.querySelectorAll('#catalogue-list .catalogue__item');
        if (f) cards[Math.floor(cards.length * f)]!.scrollIntoView();
      }, scroll);
      // Two frames: the drawn chunks are measured after a layout.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // Reading a card's box lays out an off-screen chunk's cards at their real height, inside the chunk's estimated one.
      const overlaps = await page.$$eval('#catalogue-list .catalogue__item:not([hidden])', (els) => {
        const boxes = els.map((el) => el.getBoundingClientRect());
        return boxes.slice(1).flatMap((b, i) => (b.top < boxes[i]!.bottom - 0.5 ? [`${els[i]!.querySelector('a')!.textContent} runs ${Math.round(boxes[i]!.bottom - b.top)} px into the next`] : []));
      });
      expect(overlaps, `${viewport.width} px, scrolled ${scroll}`).toEqual([]);
      const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), `${viewport.width} px, scrolled ${scroll}`).toEqual([]);
    }
    await context.close();
  });
}
