import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';

export const STORAGE_KEY = 'inclusion-handbook';

/** One address per page type: every type gets axe, console, request and print checks. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  contents: '/handbook/',
  chapter: '/handbook/know-the-needs/',
  worksheet: '/handbook/know-the-needs/worksheet/',
  sectorWorksheet: '/sectors/employment/worksheet/',
  workshopPack: '/handbook/workshop-pack/',
  wholeHandbook: '/handbook/print/',
  catalogue: '/practices/',
  practice: '/practices/sofia-information-bureau/',
  sources: '/sources/',
  sectors: '/sectors/',
  sector: '/sectors/employment/',
  countries: '/countries/',
  country: '/countries/italy/',
  glossary: '/glossary/',
  glossaryTerm: '/glossary/subsidiary-protection/',
  scorecard: '/scorecard/',
  scorecardWorksheet: '/scorecard/worksheet/',
  summary: '/summary/',
  search: '/search/?q=housing',
  notFound: '/404.html',
  offline: '/offline/',
};

/**
 * What is not live yet: an island Astro has not hydrated (it removes `ssr` then), or a part
 * rendered at build time that its script has not taken over (src/scripts/enhance.ts removes
 * `data-enhance` then).
 */
export const NOT_LIVE = 'astro-island[ssr], [data-enhance]';

/** Resolves once every island on the page has hydrated and every enhanced part is live. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, NOT_LIVE);
}

/** The saved document as the page's localStorage holds it. */
export function savedDocument(page: Page): Promise<any> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
}

/** The active assessment of the saved document (checklists, notes, actions). */
export async function savedAssessment(page: Page): Promise<any> {
  const doc = await savedDocument(page);
  return doc?.assessments.find((a: { id: string }) => a.id === doc.active);
}

/** Chapter checklist item checkbox by checklist and item id. */
export const doneBox = (page: Page, checklist: string, item: string) => page.locator(`#${checklist}--${item}-done`);
export const naBox = (page: Page, checklist: string, item: string) => page.locator(`#${checklist}--${item}-na`);

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** From the next load on, the browser refuses (quota exceeded) to write our saved document. */
export async function refuseWrites(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  }, STORAGE_KEY);
}

/** Two tabs of one browser on the same page, both hydrated. */
export async function twoTabs(context: BrowserContext, path: string): Promise<[Page, Page]> {
  const a = await context.newPage();
  const b = await context.newPage();
  await Promise.all([a.goto(path), b.goto(path)]);
  await Promise.all([hydrated(a), hydrated(b)]);
  return [a, b];
}

/** On the summary, opens the row of a page ("handbook/<id>" or "sectors/<id>") and returns it. */
export async function summaryRow(page: Page, pageId: string) {
  const row = page.locator(`[data-page="${pageId}"]`);
  if (!(await row.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await row.locator('summary').click();
  await row.locator('.task__detail').waitFor();
  return row;
}

/**
 * Fills this origin's localStorage with filler keys until about `leave` characters (±1 K) are
 * left, measured by writing until the browser refuses, then freeing that much again.
 */
export async function fillStorage(page: Page, leave: number): Promise<void> {
  await page.evaluate((leave) => {
    let n = 0;
    for (const size of [256 * 1024, 16 * 1024, 1024]) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, 'f'.repeat(size));
          n++;
        } catch {
          break;
        }
      }
    }
    // Free `leave` characters by shortening the first (largest) filler.
    localStorage.setItem('filler-0', 'f'.repeat(256 * 1024 - leave));
  }, leave);
}

/** The text of a download the page offers when `click` runs. */
export async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}
