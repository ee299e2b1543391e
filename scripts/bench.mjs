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

const PORT = 4399;
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
execSync('npx pagefind --site dist', { stdio: 'ignore' });
const pagefindMs = performance.now() - t1;

function dirSize(dir) {
  let bytes = 0, files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) { const s = dirSize(p); bytes += s.bytes; files += s.files; } else { bytes += st.size; files++; }
  }
  return { bytes, files };
}
const htmlCount = (function count(dir) { return readdirSync(dir).reduce((n, name) => { const p = join(dir, name); return n + (statSync(p).isDirectory() ? count(p) : p.endsWith('.html') ? 1 : 0); }, 0); })('dist');
const index = dirSize('dist/pagefind');

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore' });
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
await browser.close();
server.kill();

console.log(`Build: astro ${(astroMs / 1000).toFixed(1)} s, pagefind ${(pagefindMs / 1000).toFixed(1)} s, ${htmlCount} HTML pages`);
console.log(`Pagefind index: ${kb(index.bytes)} KB in ${index.files} files`);
console.log('');
console.log('page type              HTML raw/gzip KB     CSS raw/gzip KB      JS raw/gzip KB   requests  load ms');
for (const r of rows) {
  console.log(
    `${r.type.padEnd(22)}${kb(r.document[0])} /${kb(r.document[1])}  ${kb(r.stylesheet[0])} /${kb(r.stylesheet[1])}  ${kb(r.script[0])} /${kb(r.script[1])}  ${String(r.requests).padStart(6)}  ${r.loadMs.toFixed(0).padStart(7)}`,
  );
}
