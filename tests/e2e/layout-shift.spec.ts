/**
 * Issue 17: no layout shift on load on any page type. Each page loads as on a slow phone (4x CPU
 * throttling, a slow network: see layoutShiftOnLoad), at a phone's and a desktop's width, and its
 * total layout shift stays at most 0.01. What fills in later has its space in the HTML already.
 */
import { expect, test, type Page } from '@playwright/test';
import { VIEWPORTS, hydrated, layoutShiftOnLoad } from './helpers';
import { savedWith } from './saved-fixtures';

const searchResults = async (page: Page) => { await expect(page.locator('.search__result').first()).toBeVisible({ timeout: 20_000 }); };

const PAGES: { type: string; path: string; saved?: unknown; ready?: (page: Page) => Promise<void> }[] = [
  { type: 'home', path: '/' },
  { type: 'chapter', path: '/handbook/know-the-needs/', ready: hydrated },
  { type: 'sector guide', path: '/sectors/employment/', ready: hydrated },
  { type: 'practice', path: '/practices/sofia-information-bureau/' },
  { type: 'glossary', path: '/glossary/' },
  { type: 'catalogue', path: '/practices/' },
  // A shared link with filters: the chips, counts and results come from the address.
  { type: 'filtered catalogue', path: '/practices/?country=greece&sector=housing&sector=employment' },
  // The summary with a reader's progress saved: 100 items ticked and 10 notes.
  { type: 'summary', path: '/summary/', saved: savedWith(100, 10), ready: hydrated },
  { type: 'scorecard', path: '/scorecard/', ready: hydrated },
  { type: 'search page', path: '/search/?q=housing', ready: searchResults },
];

test.describe.configure({ timeout: 60_000 });

for (const { type, path, saved, ready } of PAGES) {
  for (const viewport of VIEWPORTS) {
    test(`the ${type} does not shift on load at ${viewport.width} px on a slow phone (CLS at most 0.01)`, async ({ browser }) => {
      const { total, shifts } = await layoutShiftOnLoad(browser, path, { viewport, saved, ready });
      // The shifts themselves, so a failure names what moved.
      expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(0.01);
    });
  }
}

test('controls that need a script are in the HTML from the start, and hidden when scripting is off', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/handbook/know-the-needs/');
    await expect(page.locator('[data-print]').first()).toBeVisible({ visible: javaScriptEnabled });
    await page.goto('/glossary/');
    await expect(page.getByLabel('Filter the glossary')).toBeVisible({ visible: javaScriptEnabled });
    await context.close();
  }
});
