import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './helpers';

const PHONE = { width: 375, height: 812 };

test('on a 375 px phone the header is one row at most 64 px tall on every page type, with search behind a button', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height, path).toBeLessThanOrEqual(64);
    // No search field in the header: a button opens search.
    await expect(header.getByRole('searchbox'), path).toHaveCount(0);
    await expect(header.getByRole('button', { name: 'Search' }), path).toBeVisible();
    await expect(header.getByRole('button', { name: 'Menu' }), path).toBeVisible();
  }
  await context.close();
});

test('the header stays at the top of the window while the page scrolls, and the menu opens from there', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(PAGE_TYPES.chapter!);
  await page.evaluate(() => window.scrollTo(0, 4000));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
  const box = (await page.locator('.site-header').boundingBox())!;
  expect(box.y).toBe(0);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.locator('#site-menu').getByRole('link', { name: 'Glossary' })).toBeVisible();
  await page.locator('#site-menu').getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await context.close();
});

test('an anchored heading stops below the sticky header, not under it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${PAGE_TYPES.chapter!}#checklist`);
  const heading = page.locator('#checklist');
  await expect(heading).toBeVisible();
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThanOrEqual(header);
});

test('without JavaScript the menu is still a working popover', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const nav = page.locator('#site-menu');
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Practices' }).click();
  await expect(page).toHaveURL(/\/practices\/$/);
  await context.close();
});

test('on a wide screen the navigation and the search button share one row', async ({ page }) => {
  await page.goto(PAGE_TYPES.chapter!);
  const header = page.locator('.site-header');
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  await expect(page.locator('#site-menu').getByRole('link', { name: 'Handbook' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(header.getByRole('button', { name: 'Search' })).toBeVisible();
});
