import { expect, test } from '@playwright/test';
import { NOT_LIVE, doneBox, hydrated, naBox, savedAssessment, summaryRow, twoTabs } from './helpers';

const CHAPTER = '/handbook/know-the-needs/';
const LIST = 'know-the-needs';

test('a tick survives a reload and shows on the summary', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  const first = doneBox(page, LIST, 'needs-analyse-information');
  await first.check();
  await naBox(page, LIST, 'needs-remove-documentation').check();
  await expect(page.getByTestId('checklist-progress').first()).toHaveText('1 of 9 done, 1 not applicable');

  await page.reload();
  await hydrated(page);
  await expect(first).toBeChecked();
  await expect(naBox(page, LIST, 'needs-remove-documentation')).toBeChecked();
  await expect(page.getByTestId('chapter-progress').nth(0)).toContainText('1 of 9 done');

  await page.goto('/summary/');
  await hydrated(page);
  const row = await summaryRow(page, `handbook/${LIST}`);
  await expect(row.locator(`[data-group="done"] [data-item="${LIST}/needs-analyse-information"]`)).toHaveCount(1);
  await expect(row.locator(`[data-group="na"] [data-item="${LIST}/needs-remove-documentation"]`)).toHaveCount(1);
  // Still to do links back to the chapter's item, once.
  const todo = page.locator('[data-group="open"] a[href$="#know-the-needs--needs-identify-challenges"]');
  await expect(todo).toHaveCount(1);
});

test('unticking and switching to not applicable keep one state per item', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  const done = doneBox(page, LIST, 'needs-analyse-information');
  const na = naBox(page, LIST, 'needs-analyse-information');
  await done.check();
  await na.check();
  await expect(done).not.toBeChecked();
  expect((await savedAssessment(page)).checklists[LIST]).toEqual({ 'needs-analyse-information': 'na' });
  await na.uncheck();
  expect((await savedAssessment(page)).checklists[LIST]).toEqual({});
});

test('a tick made before the checklist script runs is kept', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  // Hold back every script so the checklist stays server-rendered HTML while we tick.
  await page.route('**/_astro/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold back DOMContentLoaded too: take the page as soon as it arrives.
  await page.goto(CHAPTER, { waitUntil: 'commit' });
  const box = doneBox(page, LIST, 'needs-identify-challenges');
  await box.check();
  expect(await page.locator(NOT_LIVE).count()).toBeGreaterThan(0);
  release();
  await hydrated(page);
  await expect(box).toBeChecked();
  await expect.poll(async () => (await savedAssessment(page))?.checklists?.[LIST]).toEqual({ 'needs-identify-challenges': 'done' });
  await page.unroute('**/_astro/**/*.js');
  await page.reload();
  await hydrated(page);
  await expect(box).toBeChecked();
});

test('another tab sees a tick at once', async ({ context }) => {
  const [a, b] = await twoTabs(context, CHAPTER);
  await doneBox(a, LIST, 'needs-build-on-capacities').check();
  await expect(doneBox(b, LIST, 'needs-build-on-capacities')).toBeChecked();
});

test('keyboard only: reach the first item and tick it with the space bar', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  const target = doneBox(page, LIST, 'needs-analyse-information');
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  // Focus is visible: the outline style applies.
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  expect((await savedAssessment(page)).checklists[LIST]['needs-analyse-information']).toBe('done');
});

test('without JavaScript the checklist is a list of checkboxes and says saving needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.locator(`[data-checklist="${LIST}"] input[type=checkbox][data-mark=done]`)).toHaveCount(10);
  await expect(page.locator('noscript').first()).toBeAttached();
  expect(await page.content()).toContain('which needs JavaScript');
  await context.close();
});
