import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './helpers';

test('search finds a practice by a word of its description, and filters by type', async ({ page }) => {
  // "ReadSpeaker" appears only in the description of MyIntegration.fi.
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('ReadSpeaker');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ReadSpeaker/);
  const results = page.locator('.search__result');
  await expect(results.first()).toBeVisible();
  await expect(results.first().getByRole('link')).toHaveText(/MyIntegration\.fi/);
  await expect(page.getByRole('status')).toContainText('for “ReadSpeaker”');

  await page.getByLabel('Search', { exact: true }).fill('refugees');
  await page.getByRole('radio', { name: /^Chapters/ }).check();
  await expect(page).toHaveURL(/type=Chapters/);
  await expect.poll(async () => new Set(await page.locator('.search__result-type').allTextContents())).toEqual(new Set(['Chapters']));
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
