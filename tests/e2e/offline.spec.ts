import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES, doneBox, hydrated, summaryRow } from './helpers';

// Every other spec blocks the service worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

const DIST = resolve(process.env.OUT_DIR ?? 'dist');
const CHAPTER = '/handbook/know-the-needs/';
const VISITED = '/practices/sofia-information-bureau/';
const UNVISITED = '/practices/brno-intercultural-workers/';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The precache manifest Workbox wrote into sw.js: one site-relative URL per file. */
function precachedUrls(sw: string): string[] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:"[0-9a-f]+"\}/g)].map((m) => m[1]!);
}

/** The first visit: the worker is installed with its precache, and the page itself is kept (the footer says so). */
async function firstVisit(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.getByText('This page is available offline.')).toBeVisible({ timeout: 30_000 });
}

async function noAxeViolations(page: Page, include?: string) {
  const axe = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await (include ? axe.include(include) : axe).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the precache is at most 3 MB gzip, holds every page but the practice pages, and nothing comes from another origin', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = precachedUrls(sw);
  const gzip = urls.reduce((n, u) => n + gzipSync(readFileSync(join(DIST, u))).length, 0);
  console.log(`precache: ${urls.length} files, ${(urls.reduce((n, u) => n + statSync(join(DIST, u)).size, 0) / 1048576).toFixed(2)} MB raw, ${(gzip / 1048576).toFixed(2)} MB gzip`);
  expect(gzip).toBeLessThanOrEqual(3 * 1024 * 1024);
  for (const u of ['handbook/know-the-needs/index.html', 'handbook/know-the-needs/worksheet/index.html', 'sectors/employment/index.html', 'summary/index.html', 'scorecard/index.html', 'scorecard/worksheet/index.html', 'search/index.html', 'practices/index.html', 'offline/index.html', 'pagefind/pagefind.js', 'offline-catalogue.json']) {
    expect(urls).toContain(u);
  }
  // Every page but the practice pages: each chapter, sector guide, worksheet, glossary and country page.
  const pages = (function html(dir: string): string[] {
    return readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? html(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  })('');
  // Pages in another language than the default (/pl/…) are kept as the reader opens them, not on the first visit.
  const otherLanguage = /^pl\//;
  expect(pages.filter((p) => !/^practices\/[^/]+\/index\.html$/.test(p) && !otherLanguage.test(p) && !urls.includes(p))).toEqual([]);
  expect(urls.filter((u) => otherLanguage.test(u) || /^pagefind\/(.*\/)?(pagefind\.)?pl_/.test(u))).toEqual([]);
  expect(sw).toContain('cacheName:"pages pl /"');
  expect(urls.filter((u) => u.startsWith('pagefind/fragment/')).length).toBeGreaterThan(100);
  expect(urls.filter((u) => /^practices\/[^/]+\/index\.html$/.test(u))).toEqual([]);
  // Workbox's runtime is inside sw.js: no importScripts, no address of another origin (but the link in one of its warnings, never fetched).
  expect(sw.replace('Learn more at https://bit.ly/wb-precache', '')).not.toMatch(/importScripts|https?:\/\//);
});

test('built for BASE_PATH, the worker keeps its routes, offline page and precache under the base', () => {
  const out = resolve('test-results/dist-offline-base');
  rmSync(out, { recursive: true, force: true });
  cpSync(DIST, out, { recursive: true });
  execFileSync('node', ['scripts/service-worker.mjs'], { env: { ...process.env, OUT_DIR: out, BASE_PATH: '/some/path' }, stdio: 'pipe' });
  const sw = readFileSync(join(out, 'sw.js'), 'utf8');
  expect(sw).toContain('fallbackURL:"/some/path/offline/index.html"');
  expect(sw).toContain('cacheName:"practices /some/path/"');
  expect(sw).toContain('/\\/some\\/path\\/practices\\/');
  // Precache addresses are relative to sw.js, which the registration loads from the base (/some/path/sw.js).
  const urls = precachedUrls(sw);
  expect(urls.length).toBeGreaterThan(500);
  expect(urls.filter((u) => u.startsWith('/'))).toEqual([]);
  rmSync(out, { recursive: true, force: true });
});

test('the registration adds at most 1 KB of JavaScript (gzip) to a page, the catalogue control 1 KB more, and the registration waits until the page has loaded', async ({ page }) => {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as any).registeredWhen = document.readyState;
      return register.apply(this, args);
    };
  });
  for (const path of [PAGE_TYPES.practice!, PAGE_TYPES.chapter!, PAGE_TYPES.home!]) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.includes('sw.js'));
    expect(scripts).toHaveLength(1);
    console.log(`registration on ${path}: ${scripts[0]!.length} bytes, ${gzipSync(scripts[0]!).length} gzip`);
    expect(gzipSync(scripts[0]!).length).toBeLessThanOrEqual(1024);
  }
  const catalogue = readFileSync(join(DIST, 'practices/index.html'), 'utf8');
  const control = [...catalogue.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.includes('offline-catalogue.json'));
  expect(control).toHaveLength(1);
  expect(gzipSync(control[0]!).length).toBeLessThanOrEqual(1024);
  await page.goto(PAGE_TYPES.practice!);
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(await page.evaluate(() => (window as any).registeredWhen)).toBe('complete');
});

test('after one visit, with the network off: chapters, sector guides, summary, scorecard, worksheets and search work, and ticks save', async ({ page, context }) => {
  test.setTimeout(90_000);
  await firstVisit(page, VISITED);
  await context.setOffline(true);

  await page.goto(CHAPTER);
  await hydrated(page);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByText('This page is available offline.')).toBeVisible();
  await doneBox(page, 'know-the-needs', 'needs-adapt-services').check();
  await page.getByLabel('Notes for this chapter').fill('Written without a network');
  await expect(page.getByTestId('notes-status')).toContainText('Saved at');
  await page.reload();
  await hydrated(page);
  await expect(doneBox(page, 'know-the-needs', 'needs-adapt-services')).toBeChecked();
  await expect(page.getByLabel('Notes for this chapter')).toHaveValue('Written without a network');

  for (const path of ['/handbook/', '/handbook/introduction/', '/sectors/employment/', '/sectors/employment/worksheet/', '/handbook/know-the-needs/worksheet/', '/scorecard/', '/scorecard/worksheet/', '/glossary/']) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1'), path).toBeVisible();
    await expect(page.locator('h1'), path).not.toHaveText('Reading offline');
  }

  await page.goto('/summary/');
  await hydrated(page);
  const row = await summaryRow(page, 'handbook/know-the-needs');
  await expect(row.locator('[data-note="handbook/know-the-needs"]')).toContainText('Written without a network');

  // Search: Pagefind's script, its index and the result's fragment all come from the precache.
  await page.goto('/search/?q=ReadSpeaker');
  await expect(page.locator('main').getByRole('link', { name: /MyIntegration\.fi/ }).first()).toBeVisible({ timeout: 15_000 });

  // The practice page read before loads; one never opened shows the offline page, which says so.
  await page.goto(VISITED);
  await expect(page.locator('h1')).not.toHaveText('Reading offline');
  await page.goto(UNVISITED);
  await expect(page.locator('h1')).toHaveText('Reading offline');
  await expect(page.getByText('This page is not kept on this device, and there is no network connection')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Every sector guide' })).toBeVisible();
  await expect(page.locator(`[data-kept-practices] a[href$="${VISITED}"]`)).toBeVisible();
  await noAxeViolations(page);
  await page.getByRole('link', { name: 'Every chapter of the handbook, with its checklists and notes' }).click();
  await expect(page.locator('h1')).not.toHaveText('Reading offline');
});

test('the whole catalogue can be kept offline, its download size shown', async ({ page, context }) => {
  test.setTimeout(90_000);
  const { bytes, pages } = JSON.parse(readFileSync(join(DIST, 'offline-catalogue.json'), 'utf8'));
  await firstVisit(page, '/practices/');
  const control = page.getByRole('region', { name: 'Keep the whole catalogue offline' });
  await expect(control).toBeVisible();
  await expect(control).toContainText(`${(Math.round(bytes / 1e5) / 10).toFixed(1)} MB`);
  await expect(control.getByRole('status')).toHaveText(`0 of ${pages.length} practice pages are kept on this device.`);
  await noAxeViolations(page, '[data-keep-catalogue]');
  await control.getByRole('button', { name: 'Keep the catalogue offline' }).click();
  await expect(control.getByRole('status')).toHaveText(`${pages.length} of ${pages.length} practice pages are kept on this device.`, { timeout: 45_000 });

  await context.setOffline(true);
  await page.goto(UNVISITED);
  await expect(page.locator('h1')).not.toHaveText('Reading offline');
  await expect(page.getByText('This page is available offline.')).toBeVisible();
});

/** The built site on a port of its own, with a sw.js the test can change (as a second build would). */
async function serveDist(sw: { text: string }): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (path === '/sw.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
      return res.end(sw.text);
    }
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('an updated site waits for the reader: "Reload" takes it, never a reload while typing', async ({ page }) => {
  test.setTimeout(90_000);
  const first = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const sw = { text: first };
  const { server, origin } = await serveDist(sw);
  try {
    await firstVisit(page, `${origin}${CHAPTER}`);
    await page.reload();
    await hydrated(page);
    // Registered again (the footer's line comes last), and controlled by the worker.
    await expect(page.getByText('This page is available offline.')).toBeVisible();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // A new build: one precached file changed, so the manifest (and sw.js) differ.
    sw.text = first.replace(/(\{url:"offline-catalogue\.json",revision:")[0-9a-f]+/, '$1000000000000000000000000000000ff');
    expect(sw.text).not.toBe(first);
    const notes = page.getByLabel('Notes for this chapter');
    await notes.pressSequentially('Half a sent');
    await page.evaluate(() => ((window as any).samePage = true));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const prompt = page.locator('[data-update-prompt]');
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(prompt).toHaveRole('status');
    await expect(prompt).toContainText('A new version of the handbook is available.');
    await noAxeViolations(page, '[data-update-prompt]');
    await notes.pressSequentially('ence');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as any).samePage)).toBe(true);
    await expect(notes).toHaveValue('Half a sentence');

    const workers = () =>
      page.evaluate(async () => {
        const r = (await navigator.serviceWorker.getRegistration())!;
        return { waiting: !!r.waiting, active: r.active?.state };
      });
    expect(await workers()).toEqual({ waiting: true, active: 'activated' });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !(window as any).samePage);
    await hydrated(page);
    expect(await workers()).toEqual({ waiting: false, active: 'activated' });
    await expect(page.getByText('A new version of the handbook is available.')).toBeHidden();
    await expect(notes).toHaveValue('Half a sentence');
  } finally {
    server.close();
  }
});

test('a page in another language is kept once opened: offline it opens again, in its language', async ({ page, context }) => {
  test.setTimeout(60_000);
  const polish = '/pl/handbook/know-the-needs/';
  const title = parseTitle(readFileSync('content/pl/handbook/know-the-needs.mdx', 'utf8'));
  await firstVisit(page, VISITED);
  await page.goto(polish);
  await expect(page.locator('h1')).toHaveText(title);
  await expect.poll(() => page.evaluate(async (p) => Boolean(await caches.match(p)), polish)).toBe(true);
  await context.setOffline(true);
  await page.goto(polish);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('h1')).toHaveText(title);
  // A Polish page never opened on this device: the offline page, as for any page not kept.
  await page.goto('/pl/handbook/coordinate/');
  await expect(page.locator('h1')).toHaveText('Reading offline');
});

/** The `title:` of a Markdown file's frontmatter. */
function parseTitle(markdown: string): string {
  return /^title:\s*(.+)$/m.exec(markdown)![1]!.trim().replace(/^"(.*)"$/, '$1');
}
