#!/usr/bin/env node
/**
 * Benchmark: build time, Pagefind index size, and per page type the HTML, CSS and JavaScript a
 * browser loads (raw and gzip bytes) and its request count. Prints figures; asserts nothing
 * (the byte budgets are tests in tests/e2e/links-and-budgets.spec.ts).
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

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
  search: '/search/?q=housing',
};

const t0 = performance.now();
execSync('npx astro build', { stdio: 'ignore' });
const astroMs = performance.now() - t0;
const t1 = performance.now();
execSync(`npx pagefind --site ${DIST}`, { stdio: 'ignore' });
const pagefindMs = performance.now() - t1;
// The service worker and its precache (the figures a first visit downloads when the page is idle).
const offline = execSync('node scripts/service-worker.mjs', { encoding: 'utf8' }).trim();

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
const index = dirSize(join(DIST, 'pagefind'));

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
for (const [type, path] of Object.entries(PAGES)) {
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

// Applying a catalogue filter in the browser: from the control's change to the updated count
// (synchronous), and to the end of the next rendered frame. Worst of a few typical steps.
const catalogue = await browser.newPage();
await catalogue.goto(`http://127.0.0.1:${PORT}/practices/`, { waitUntil: 'networkidle' });
const filter = await catalogue.evaluate(async () => {
  const status = document.querySelector('#catalogue-filter [role=status]');
  const steps = [['country', 'poland'], ['keyArea', 'coordinate'], ['q', 'council'], ['q', ''], ['keyArea', ''], ['country', ''], ['q', 'housing']];
  let count = 0, frame = 0, unchanged = 0;
  for (const [name, value] of steps) {
    const control = document.querySelector(`#catalogue-filter [name="${name}"]`);
    const before = status.textContent;
    const t = performance.now();
    control.value = value;
    control.dispatchEvent(new Event(name === 'q' ? 'input' : 'change', { bubbles: true }));
    if (status.textContent === before) unchanged++;
    count = Math.max(count, performance.now() - t);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    frame = Math.max(frame, performance.now() - t);
  }
  return { count, frame, unchanged, cards: document.querySelectorAll('section[data-group] .card-list > li').length };
});
await catalogue.close();
await browser.close();
// npx starts astro as a child: end the whole process group.
process.kill(-server.pid);

console.log(`Build: astro ${(astroMs / 1000).toFixed(1)} s, pagefind ${(pagefindMs / 1000).toFixed(1)} s, ${htmlCount} HTML pages`);
console.log(`Pagefind index: ${kb(index.bytes)} KB in ${index.files} files`);
console.log(offline.replaceAll('service worker: ', 'Offline: '));
console.log(`Catalogue filter (${filter.cards} cards): change to updated count ${filter.count.toFixed(1)} ms, to next frame ${filter.frame.toFixed(1)} ms (worst of 7 steps${filter.unchanged ? `; ${filter.unchanged} left the count unchanged` : ''})`);
console.log('');
console.log('page type              HTML raw/gzip KB     CSS raw/gzip KB      JS raw/gzip KB   requests  load ms');
for (const r of rows) {
  console.log(
    `${r.type.padEnd(22)}${kb(r.document[0])} /${kb(r.document[1])}  ${kb(r.stylesheet[0])} /${kb(r.stylesheet[1])}  ${kb(r.script[0])} /${kb(r.script[1])}  ${String(r.requests).padStart(6)}  ${r.loadMs.toFixed(0).padStart(7)}`,
  );
}
