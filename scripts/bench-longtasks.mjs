/**
 * The summary's long tasks for the bench: with 100 ticks and 10 notes saved (the same document as
 * tests/e2e/saved-fixtures.ts makes), at 4x CPU throttling, every task over 50 ms from navigation
 * to a second after load, over `runs` loads. The test (tests/e2e/summary-long-tasks.spec.ts)
 * asserts how the work is split; the timing, noisy on a shared machine, is printed here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A saved document with `ticks` items done (key area 2 first, then in file order) and notes on the first `notes` pages. */
export function savedWith(ticks, notes) {
  const lists = readdirSync('content/checklists')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const d = parse(readFileSync(join('content/checklists', f), 'utf8'));
      return { id: f.replace(/\.yaml$/, ''), page: d.chapter ? `handbook/${d.chapter}` : `sectors/${d.sector}`, items: d.items };
    });
  const k2 = lists.find((l) => l.id === 'serve-everyone');
  const order = [k2, ...lists.filter((l) => l !== k2)];
  const checklists = {};
  let n = 0;
  for (const l of order) for (const it of l.items) if (n < ticks) { (checklists[l.id] ??= {})[it.id] = 'done'; n++; }
  const pages = [...new Set(order.map((l) => l.page))].slice(0, notes);
  const noteMap = Object.fromEntries(pages.map((p) => [p, { text: `What we found on ${p}: ask the housing office for last year’s figures.`, updated: '2026-12-01T10:00:00.000Z' }]));
  return { format: 'inclusion-handbook', version: 2, active: 'a', assessments: [{ id: 'a', name: 'Town hall', created: '2026-12-01T09:00:00.000Z', checklists, notes: noteMap, actions: {} }], scorecards: [] };
}

/** Per load, the long tasks (ms) of the summary; with the longest task's best and median over the loads. */
export async function summaryLongTasks(browser, origin, { runs = 3 } = {}) {
  const doc = JSON.stringify(savedWith(100, 10));
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(([key, value]) => {
      localStorage.setItem(key, value);
      window.longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
    }, ['inclusion-handbook', doc]);
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${origin}/summary/`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    loads.push(await page.evaluate(() => window.longTasks));
    await context.close();
  }
  const longest = loads.map((l) => Math.max(0, ...l)).sort((a, b) => a - b);
  return { loads, best: longest[0], median: longest[Math.floor(longest.length / 2)] };
}
