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
