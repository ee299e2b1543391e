import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';

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

/** A phone and a desktop window, for checks that must hold at both widths. */
export const VIEWPORTS = [{ width: 375, height: 812 }, { width: 1280, height: 900 }] as const;

/**
 * Total layout shift while a page loads on a slow phone: 4x CPU throttling and a slow network
 * (150 ms latency, 1.6 Mbps down), so Chromium paints the half-parsed page early, as a phone
 * would. Shifts right after input do not count (hadRecentInput). Reads the total once the page
 * has loaded, `ready` (if given) has resolved and a second has passed without input.
 */
export async function layoutShiftOnLoad(
  browser: Browser,
  path: string,
  { viewport, saved, ready }: { viewport: { width: number; height: number }; saved?: unknown; ready?: (page: Page) => Promise<void> },
): Promise<{ total: number; shifts: { value: number; at: number; nodes: string[] }[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // The saved document is in place before the page's first script runs (no visit before, so caches stay cold).
  if (saved) await page.addInitScript(([key, doc]) => { if (!localStorage.getItem(key!)) localStorage.setItem(key!, doc!); }, [STORAGE_KEY, JSON.stringify(saved)]);
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; at: number; nodes: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; startTime: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
        if (e.hadRecentInput) continue;
        const nodes = e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}${s.node.className ? `.${String(s.node.className).trim().replace(/\s+/g, '.')}` : ''}` : String(s.node?.nodeName)));
        w.shifts.push({ value: e.value, at: Math.round(e.startTime), nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(path, { waitUntil: 'load', timeout: 40_000 });
  if (ready) await ready(page);
  await page.waitForTimeout(1000);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; at: number; nodes: string[] }[] }).shifts);
  await context.close();
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}
