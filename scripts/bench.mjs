#!/usr/bin/env node
/**
 * Benchmark: build time, Pagefind index size, per page type the HTML, CSS and JavaScript a
 * browser loads (raw and gzip bytes) and its request count, the catalogue's filter timings (today's
 * practices and a tenfold set) and the search dialog's time to its first result, both at 4x CPU
 * throttling, and Lighthouse's mobile figures per page type (scripts/bench-lighthouse.mjs).
 * BENCH_ONLY=catalogue runs the catalogue part alone.
 * Prints figures; asserts nothing (the byte budgets are tests in tests/e2e/links-and-budgets.spec.ts,
 * the layout shift and the filters in tests/e2e/).
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { lighthousePages, lighthouseTable } from './bench-lighthouse.mjs';
import { summaryLongTasks } from './bench-longtasks.mjs';

const PORT = Number(process.env.BENCH_PORT || 4399);
/** The build folder (OUT_DIR, as astro.config.mjs reads it), so a bench can run beside other builds. */
const DIST = process.env.OUT_DIR || 'dist';
const PAGES = {
  home: '/',
  contents: '/handbook/',
  chapter: '/handbook/know-the-needs/',
  worksheet: '/handbook/know-the-needs/worksheet/',
  catalogue: '/practices/',
  'catalogue (filtered)': '/practices/?country=poland',
  practice: '/practices/sofia-information-bureau/',
  sector: '/sectors/employment/',
  country: '/countries/poland/',
  glossary: '/glossary/',
  summary: '/summary/',
  scorecard: '/scorecard/',
  search: '/search/?q=housing',
};
/** Lighthouse runs on each page type (BENCH_LIGHTHOUSE=0 skips it, BENCH_LH_RUNS=n sets the runs). */
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS || 3));
/** BENCH_ONLY=catalogue measures only the catalogue's filter (no page sizes, search dialog, summary or Lighthouse). */
const onlyCatalogue = process.env.BENCH_ONLY === 'catalogue';
const withLighthouse = process.env.BENCH_LIGHTHOUSE !== '0' && !onlyCatalogue;

/** BENCH_SKIP_BUILD=1 measures the build already in the folder (build times then read 0). */
const skipBuild = Boolean(process.env.BENCH_SKIP_BUILD);
/**
 * The steps of `npm run build`, each timed, run as npm runs them (the project's own binaries, no
 * npx lookup): Astro, Pagefind, the CSP by hash, then the service worker. The service worker step
 * also gives the precache figures, so it runs even on a skipped build.
 */
const BUILD_STEPS = [
  ['astro', 'node_modules/.bin/astro build'],
  ['pagefind', `node_modules/.bin/pagefind --site ${DIST}`],
  ['security headers', 'node scripts/security-headers.mjs'],
  ['service worker', 'node scripts/service-worker.mjs'],
];
const buildMs = {};
let offline = '';
for (const [step, command] of BUILD_STEPS) {
  if (skipBuild && step !== 'service worker') { buildMs[step] = 0; continue; }
  const t = performance.now();
  const out = execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  buildMs[step] = skipBuild ? 0 : performance.now() - t;
  // The service worker and its precache (the figures a first visit downloads when the page is idle).
  if (step === 'service worker') offline = out.trim();
}
const buildTotalMs = Object.values(buildMs).reduce((a, b) => a + b, 0);

function dirSize(dir) {
  let bytes = 0, files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) { const s = dirSize(p); bytes += s.bytes; files += s.files; } else { bytes += st.size; files++; }
  }
  return { bytes, files };
}
const htmlCount = (function count(dir) { return readdirSync(dir).reduce((n, name) => { const p = join(dir, name); return n + (statSync(p).isDirectory() ? count(p) : p.endsWith('.html') ? 1 : 0); }, 0); })(DIST);
const index = onlyCatalogue ? null : dirSize(join(DIST, 'pagefind'));

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
for (let i = 0; i < 50; i++) {
  try { await fetch(`http://127.0.0.1:${PORT}/`); break; } catch { await new Promise((r) => setTimeout(r, 200)); }
}
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const rows = [];
for (const [type, path] of onlyCatalogue ? [] : Object.entries(PAGES)) {
  const page = await browser.newPage();
  const sizes = { document: [0, 0], stylesheet: [0, 0], script: [0, 0] };
  let requests = 0;
  const pending = [];
  page.on('response', (r) => {
    requests++;
    const kind = r.request().resourceType();
    if (kind in sizes) pending.push(r.body().then((b) => { sizes[kind][0] += b.length; sizes[kind][1] += gzipSync(b).length; }).catch(() => {}));
  });
  const start = performance.now();
  await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
  const loadMs = performance.now() - start;
  await Promise.all(pending);
  rows.push({ type, ...sizes, requests, loadMs });
  await page.close();
}

// Applying a catalogue filter in the browser, at 4x CPU throttling (Chromium's CDP): from the
// control's change to the updated count (synchronous), to the end of the next rendered frame, and
// until every card is in line (the list is aria-busy while cards below the first screen follow).
// Worst of the steps, with today's practices and with a set ten times as large, which the bench
// makes from the built page (the cards repeated ten times) and serves in place of /practices/.
const catalogueHtml = readFileSync(join(DIST, 'practices', 'index.html'), 'utf8');
function tenfold(html) {
  const cards = html.match(/<li class="catalogue__item"[\s\S]*?<\/li>/g) ?? [];
  const copies = cards.flatMap((card) => Array.from({ length: 10 }, (_, k) => (k ? card.replace(/href="([^"]+)"/, `href="$1#copy-${k}"`) : card)));
  // In chunks as the page has them (src/lib/catalogue-filter.ts: CHUNK cards a list).
  const open = html.match(/<ul class="catalogue__chunk"[^>]*>/)[0];
  const size = html.slice(html.indexOf(open)).split('</ul>')[0].match(/<li class="catalogue__item"/g).length;
  const chunks = [];
  for (let k = 0; k < copies.length; k += size) chunks.push(`${open}${copies.slice(k, k + size).join('')}</ul>`);
  const first = html.indexOf(open);
  const last = html.lastIndexOf(cards.at(-1)) + cards.at(-1).length + '</ul>'.length;
  return html.slice(0, first) + chunks.join('') + html.slice(last);
}
async function benchCatalogue(html) {
  const page = await browser.newPage();
  if (html) await page.route(`http://127.0.0.1:${PORT}/practices/`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`http://127.0.0.1:${PORT}/practices/`, { waitUntil: 'networkidle' });
  // A first visit starts the service worker's download of the offline copy (680 files, 6-7 s here),
  // which competes for the CPU: measured while it ran, every step took about half as long again. The
  // filters are timed once it is over, as every later visit has them.
  await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 30_000))]));
  // The worker's first moments active (its caches written, the page's offline status) pass first.
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const result = await page.evaluate(async () => {
    const form = document.querySelector('#catalogue-filter');
    const status = form.querySelector('[role=status]');
    const box = (facet, value) => form.querySelector(`[data-facet="${facet}"] input[value="${value}"]`);
    const steps = [
      ['country greece', () => { box('country', 'greece').checked = true; box('country', 'greece').dispatchEvent(new Event('change', { bubbles: true })); }],
      ['+ sector housing', () => { box('sector', 'housing').checked = true; box('sector', 'housing').dispatchEvent(new Event('change', { bubbles: true })); }],
      ['+ sector employment', () => { box('sector', 'employment').checked = true; box('sector', 'employment').dispatchEvent(new Event('change', { bubbles: true })); }],
      ['clear all', () => form.querySelector('button[type=reset]').click()],
      ['key area coordinate', () => { box('keyArea', 'coordinate').checked = true; box('keyArea', 'coordinate').dispatchEvent(new Event('change', { bubbles: true })); }],
      ['clear all', () => form.querySelector('button[type=reset]').click()],
      ['words "council"', () => { const q = form.querySelector('[name=q]'); q.value = 'council'; q.dispatchEvent(new Event('input', { bubbles: true })); }],
      ['clear all', () => form.querySelector('button[type=reset]').click()],
    ];
    const rows = [];
    for (const [name, act] of steps) {
      await new Promise((r) => setTimeout(r, 100));
      const before = status.textContent;
      const t = performance.now();
      act();
      const count = performance.now() - t;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const frame = performance.now() - t;
      while (document.querySelector('#catalogue-list[aria-busy]')) await new Promise((r) => setTimeout(r, 5));
      rows.push({ name, count, frame, filled: performance.now() - t, changed: status.textContent !== before });
    }
    return { rows, cards: document.querySelectorAll('#catalogue-list .catalogue__item').length };
  });
  await page.close();
  return result;
}
// Timings on a shared machine vary from run to run: each set runs BENCH_CATALOGUE_RUNS times (5 unless
// told), and the figures are the minimum and the median of each run's worst step.
const catalogueRuns = Math.max(1, Number(process.env.BENCH_CATALOGUE_RUNS) || 5);
const filter1 = [];
const filter10 = [];
for (let run = 0; run < catalogueRuns; run++) {
  filter1.push(await benchCatalogue());
  filter10.push(await benchCatalogue(tenfold(catalogueHtml)));
}

// The header's search dialog at 4x CPU throttling: from the click on the search button, with a
// word typed at once, to the first result on screen (the dialog's code and Pagefind load then);
// and, with both loaded, from a keystroke to the new results.
async function benchDialog() {
  const home = await browser.newPage();
  await home.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'networkidle' });
  await (await home.context().newCDPSession(home)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const dialog = await home.evaluate(async () => {
    const list = document.querySelector('#search-dialog [data-results-list]');
    const input = document.querySelector('#search-dialog input[name=q]');
    const firstResult = (start) => new Promise((resolve) => {
      const seen = () => { if (list.querySelector('a')) { observer.disconnect(); requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start))); return true; } return false; };
      const observer = new MutationObserver(seen);
      observer.observe(list, { childList: true });
    });
    const t0 = performance.now();
    const cold = firstResult(t0);
    document.querySelector('[data-search-open] button').click();
    input.value = 'housing';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const coldMs = await cold;
    list.replaceChildren();
    const t1 = performance.now();
    const warm = firstResult(t1);
    input.value = 'mentoring';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return { coldMs, warmMs: await warm };
  });
  await home.close();
  return dialog;
}
const dialog = onlyCatalogue ? null : await benchDialog();
const summaryTasks = onlyCatalogue ? null : await summaryLongTasks(browser, `http://127.0.0.1:${PORT}`);
await browser.close();
// Lighthouse on the same preview server, after the browser above has closed (one Chromium at a time).
const lighthouse = withLighthouse ? await lighthousePages(`http://127.0.0.1:${PORT}`, PAGES, { runs: LH_RUNS, log: console.error }) : null;
// npx starts astro as a child: end the whole process group.
process.kill(-server.pid);

const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`Build (npm run build): ${sec(buildTotalMs)} for ${htmlCount} HTML pages (target 15 s): ${BUILD_STEPS.map(([step]) => `${step} ${sec(buildMs[step])}`).join(', ')}`);
console.log(`Machine load (1-minute average) at the end: ${loadavg()[0].toFixed(1)}; timings on a busy machine run long`);
if (index) console.log(`Pagefind index: ${kb(index.bytes)} KB in ${index.files} files`);
console.log(offline.replaceAll('service worker: ', 'Offline: '));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
for (const [label, runs] of [['today', filter1], ['10x', filter10]]) {
  const worst = (k) => runs.map((f) => Math.max(...f.rows.map((r) => r[k])));
  const figure = (k) => `${Math.min(...worst(k)).toFixed(1)} ms (median ${median(worst(k)).toFixed(1)})`;
  const unchanged = runs[0].rows.filter((r) => !r.changed).length;
  console.log(
    `Catalogue filter, ${label} (${runs[0].cards} cards, 4x CPU throttling, offline copy downloaded, best of ${runs.length} runs): worst change to updated count ${figure('count')}, to next frame ${figure('frame')} (target ${label === 'today' ? 50 : 150} ms)${unchanged ? `; ${unchanged} steps left the count unchanged` : ''}`,
  );
  const step = (k, i) => median(runs.map((f) => f.rows[i][k])).toFixed(1);
  runs[0].rows.forEach((r, i) => console.log(`  ${r.name.padEnd(22)} count ${step('count', i).padStart(6)} ms   next frame ${step('frame', i).padStart(6)} ms   every card in place ${step('filled', i).padStart(7)} ms (medians)`));
}
if (dialog) console.log(`Search dialog (4x CPU throttling): click and a word to the first result ${dialog.coldMs.toFixed(0)} ms (code and index loading); a new word to its results ${dialog.warmMs.toFixed(0)} ms (debounce 120 ms included)`);
if (summaryTasks) console.log(`Summary with 100 ticks and 10 notes (4x CPU throttling), longest task: best ${summaryTasks.best} ms, median ${summaryTasks.median} ms of ${summaryTasks.loads.length} loads (target: none over 50 ms); tasks over 50 ms per load: ${summaryTasks.loads.map((l) => `[${l.join(', ')}]`).join(' ')}`);
if (rows.length) {
  console.log('');
  console.log('page type              HTML raw/gzip KB     CSS raw/gzip KB      JS raw/gzip KB   requests  load ms');
  for (const r of rows) {
    console.log(
      `${r.type.padEnd(22)}${kb(r.document[0])} /${kb(r.document[1])}  ${kb(r.stylesheet[0])} /${kb(r.stylesheet[1])}  ${kb(r.script[0])} /${kb(r.script[1])}  ${String(r.requests).padStart(6)}  ${r.loadMs.toFixed(0).padStart(7)}`,
    );
  }
}
if (lighthouse) {
  console.log('');
  console.log(lighthouseTable(lighthouse, LH_RUNS));
}
