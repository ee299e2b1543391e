import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, collectErrors, hydrated } from './helpers';

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type}: no axe violations (WCAG 2.2 AA), no console error, no request to another origin`, async ({ page, baseURL }) => {
    const errors = collectErrors(page);
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(baseURL!).origin) foreign.push(r.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('dark colour scheme passes axe on a chapter', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(PAGE_TYPES.chapter!);
  await hydrated(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('at 320 px the menu opens and closes by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/handbook/');
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.locator('#site-menu');
  await expect(nav).toBeHidden();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await menu.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Handbook' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  // Nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

for (const path of [PAGE_TYPES.chapter!, PAGE_TYPES.summary!, PAGE_TYPES.practice!]) {
  test(`no horizontal scrolling at 320 px (as at 400% zoom): ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await hydrated(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(PAGE_TYPES.chapter!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('every handbook chapter passes axe and has its notes and, where it has one, its checklist', async ({ page }) => {
  test.setTimeout(120_000);
  const { readdirSync } = await import('node:fs');
  for (const file of readdirSync('content/handbook')) {
    const id = file.replace(/\.mdx$/, '');
    await page.goto(`/handbook/${id}/`);
    await hydrated(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${id}: ${v.id}`)).toEqual([]);
    await expect(page.locator('.notes__field').first()).toBeVisible();
  }
});
