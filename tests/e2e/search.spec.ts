import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { SEARCH_RANKING } from '../../src/lib/search-options';
import { PAGE_TYPES } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the handbook' });
const dialogField = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the handbook' });
const dialogResults = (page: Page) => dialog(page).locator('[data-results-list] a');

test('the header search opens a dialog that shows results as the reader types, without a page load, loading Pagefind only then', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await page.evaluate(() => ((window as any).samePage = true));
  // "ReadSpeaker" appears only in the description of MyIntegration.fi.
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(dialog(page)).toBeVisible();
  await dialogField(page).pressSequentially('ReadSpeaker');
  await expect(dialogResults(page).first()).toContainText('MyIntegration.fi');
  await expect(dialog(page).getByRole('status')).toContainText('for “ReadSpeaker”');
  expect(pagefindRequests.length).toBeGreaterThan(0);
  // The type filter.
  await dialogField(page).fill('refugees');
  await dialog(page).getByLabel('Show').selectOption('Chapters');
  await expect.poll(async () => new Set(await dialog(page).locator('.search-dialog__kind').allTextContents())).toEqual(new Set(['Chapters']));
  // Every result names its page and its type.
  await dialog(page).getByLabel('Show').selectOption('');
  await dialogField(page).fill('housing');
  await expect(dialogResults(page)).toHaveCount(8);
  for (const text of await dialog(page).locator('.search-dialog__title').allTextContents()) expect(text.trim()).not.toBe('');
  for (const text of await dialog(page).locator('.search-dialog__kind').allTextContents()) expect(text.trim()).not.toBe('');
  // "See all results" leads to the search page with the same words.
  await expect(dialog(page).getByRole('link', { name: 'See all results and more filters' })).toHaveAttribute('href', '/search/?q=housing');
  expect(await page.evaluate(() => (window as any).samePage)).toBe(true);
});

test('the search dialog works by keyboard alone and passes axe while open', async ({ page }) => {
  await page.goto('/handbook/know-the-needs/');
  // Tab to the header's search button and open it with Enter.
  const button = page.locator('.site-header').getByRole('button', { name: 'Search' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(dialogField(page)).toBeFocused();
  await page.keyboard.type('mentoring');
  await expect(dialogResults(page).nth(2)).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('#search-dialog').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Arrow keys move through the results and back to the field.
  await page.keyboard.press('ArrowDown');
  await expect(dialogResults(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialogResults(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialogField(page)).toBeFocused();
  // Escape closes it; focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
  // "/" and Ctrl+K open it again, with the words kept; Enter on a result opens it.
  await page.locator('main h1').click();
  await page.keyboard.press('/');
  await expect(dialogField(page)).toBeFocused();
  await expect(dialogField(page)).toHaveValue('mentoring');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(dialogField(page)).toBeFocused();
  await expect(dialogResults(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const href = await dialogResults(page).first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('"/" typed into a field stays in the field', async ({ page }) => {
  await page.goto('/practices/');
  await expect(page.locator('#catalogue-q')).toBeEnabled();
  await page.locator('#catalogue-q').fill('a/b');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('#catalogue-q')).toHaveValue('a/b');
});

test('without JavaScript the header search submits to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/glossary/');
  await page.locator('.site-header').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\??$/);
  await context.close();
});

test('the search page: the query from the address, results first on a phone, the filters in a closed panel', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/search/?q=ReadSpeaker');
  const results = page.locator('.search__result');
  await expect(results.first().getByRole('link')).toHaveText(/MyIntegration\.fi/);
  expect((await results.first().boundingBox())!.y + 40).toBeLessThan(812);
  await expect(page.getByRole('radio', { name: /^Chapters/ })).toBeHidden();
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Search', { exact: true }).fill('refugees');
  await page.getByRole('radio', { name: /^Chapters/ }).check();
  await expect(page).toHaveURL(/type=Chapters/);
  await expect(page.getByText('Filters (1)', { exact: true })).toBeVisible();
  await expect.poll(async () => new Set(await page.locator('.search__result-type').allTextContents())).toEqual(new Set(['Chapters']));
  await context.close();
});

/** The first results' addresses for a query, ranked as the site's search ranks them. */
async function topUrls(page: Page, q: string, n = 3): Promise<string[]> {
  return page.evaluate(async ([q, n, ranking]) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    await pf.options({ ranking });
    const search = await pf.search(q);
    return Promise.all(search.results.slice(0, n).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
  }, [q, n, SEARCH_RANKING] as const);
}

test('relevance: each of these queries has the page it is about among the first three results', async ({ page }) => {
  const practices = readdirSync('content/practices').map((f) => ({ id: f.replace(/\.md$/, ''), head: readFileSync(join('content/practices', f), 'utf8').split(/^---$/m)[1]! }));
  const about = (word: RegExp) => practices.filter((p) => /^(title|summary):.*$/m.test(p.head) && p.head.split('\n').some((l) => /^(title|summary):/.test(l) && word.test(l))).map((p) => `/practices/${p.id}/`);
  const expected: [string, string[]][] = [
    ['Karditsa', ['/practices/anka-karditsa-focus-groups/']],
    ['interpreters', about(/interpret/i)],
    ['housing', ['/sectors/housing/']],
    ['mentoring', about(/mentor/i)],
    ['ESOL', ['/glossary/esol/']],
    ['durable solutions', ['/glossary/durable-solutions/']],
  ];
  await page.goto('/search/');
  for (const [q, pages] of expected) {
    expect(pages.length, q).toBeGreaterThan(0);
    const top = await topUrls(page, q);
    expect(top.some((u) => pages.includes(u)), `"${q}": ${top.join(', ')}`).toBe(true);
  }
});

test('relevance in general: a glossary term finds its own entry in the first five, and a sector guide its page in the first three', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/search/');
  const terms = readdirSync('content/glossary').map((f) => ({ id: f.replace(/\.yaml$/, ''), term: String(parse(readFileSync(join('content/glossary', f), 'utf8')).term) }));
  const misses: string[] = [];
  for (const { id, term } of terms) if (!(await topUrls(page, term, 5)).includes(`/glossary/${id}/`)) misses.push(term);
  // A few terms are words that many practices carry in their titles ("Integration", "Refugee"): at most one in twenty may miss.
  expect(misses.length, misses.join(', ')).toBeLessThanOrEqual(Math.floor(terms.length / 20));
  for (const f of readdirSync('content/sectors')) {
    const id = f.replace(/\.mdx$/, '');
    const { title } = parse(readFileSync(join('content/sectors', f), 'utf8').split(/^---$/m)[1]!);
    expect(await topUrls(page, title), title).toContain(`/sectors/${id}/`);
  }
});

/** Pagefind's record of a page: its indexed text, and the excerpt for a query. */
async function record(page: Page, url: string, q: string): Promise<{ content: string; excerpt: string } | undefined> {
  return page.evaluate(async ([url, q]) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    const search = await pf.search(q);
    for (const r of search.results) {
      const d = await r.data();
      if (d.url === url) return { content: d.content as string, excerpt: d.excerpt as string };
    }
    return undefined;
  }, [url, q] as const);
}

/** Pairs of words that end one block of the page's indexed part and begin the next: run together, they would read as one. */
async function joins(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const body = document.querySelector('[data-pagefind-body]')!;
    const blocks = [...body.querySelectorAll('p, li, dt, dd, h1, h2, h3, h4, td, th, figcaption, blockquote, summary, label')]
      .filter((el) => !el.closest('[data-pagefind-ignore]') && !el.querySelector('p, li, dt, dd, td'))
      .map((el) => (el.textContent ?? '').trim())
      .filter(Boolean);
    const out: string[] = [];
    for (let i = 1; i < blocks.length; i++) {
      const last = blocks[i - 1]!.split(/\s+/).pop()!;
      const first = blocks[i]!.split(/\s+/)[0]!;
      out.push(last + first);
    }
    return out;
  });
}

test('a clean index: the record of a sector guide is its own text, and words of separate elements never run together', async ({ page }) => {
  await page.goto('/sectors/housing/');
  const cards = await page.locator('.practice-card p:not(.meta)').allTextContents();
  expect(cards.length).toBeGreaterThan(0);
  const housingJoins = await joins(page);
  await page.goto('/practices/defense-movement-greece/');
  const practiceJoins = await joins(page);
  await page.goto('/search/');
  const housing = (await record(page, '/sectors/housing/', 'housing'))!;
  expect(housing).toBeTruthy();
  // No practice card shown on the guide is part of its record, so none can be its excerpt.
  for (const summary of cards) expect(housing.content).not.toContain(summary.trim());
  const practice = (await record(page, '/practices/defense-movement-greece/', 'Defense Movement'))!;
  expect(practice).toBeTruthy();
  for (const [content, pairs] of [[housing.content, housingJoins], [practice.content, practiceJoins]] as const) {
    const runTogether = pairs.filter((w) => w.length > 3 && content.includes(w));
    expect(runTogether).toEqual([]);
  }
  expect(practice.content).toContain('Organisation Defense Movement');
});

test('navigation chrome is outside the indexed part of every page', async ({ page }) => {
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    const leaks = await page.evaluate(() => {
      const body = document.querySelector('[data-pagefind-body]');
      if (!body) return [];
      return ['.site-header', '.site-footer', '.skip-link', '.sidebar', '.toc', '.pagination', '.notes-section']
        .filter((sel) => [...body.querySelectorAll(sel)].some((el) => !el.closest('[data-pagefind-ignore]')));
    });
    expect(leaks, path).toEqual([]);
  }
});

test('search finds every chapter by the key words of its title', async ({ page }) => {
  test.setTimeout(120_000);
  const { readdirSync, readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  await page.goto('/search/');
  for (const file of readdirSync('content/handbook')) {
    const id = file.replace(/\.mdx$/, '');
    const { title } = parse(readFileSync(`content/handbook/${file}`, 'utf8').split(/^---$/m)[1]!);
    const urls = await page.evaluate(async (q) => {
      const pf = await import('/pagefind/pagefind.js' as string);
      const search = await pf.search(q, { filters: { type: 'Chapters' } });
      return Promise.all(search.results.slice(0, 5).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
    }, title);
    expect(urls, `"${title}" finds its chapter in the first five results`).toContain(`/handbook/${id}/`);
  }
});

test('search filters by country, key area and source, in the address', async ({ page }) => {
  await page.goto('/search/?q=refugees&country=Poland&keyArea=6.%20Coordinate');
  await expect(page.getByLabel('Country')).toHaveValue('Poland');
  const results = page.locator('.search__result');
  await expect(results.first()).toBeVisible();
  const urls = await results.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  for (const u of urls) expect(u).toMatch(/^\/practices\//);
  // Every result is a Polish practice illustrating key area 6.
  for (const u of urls.slice(0, 5)) {
    await page.goto(u);
    await expect(page.locator('.facts')).toContainText('Poland');
    await page.goBack();
  }
  await page.getByLabel('Source document').selectOption({ index: 1 });
  await expect(page).toHaveURL(/source=/);
});
