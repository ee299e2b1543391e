import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, hydrated } from './helpers';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return p.endsWith('.html') ? [p] : [];
  });
}

/** Every href/src in the built HTML that points into the site, with its file. */
function brokenLinks(root: string, base: string): string[] {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8');
    const pageUrl = '/' + relative(root, dirname(file)).split('\\').join('/') + '/';
    for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|javascript:)/.test(raw)) continue;
      const target = new URL(raw, `http://site${base === '/' ? '' : base}${pageUrl === '//' ? '/' : pageUrl}`);
      let path = decodeURIComponent(target.pathname);
      if (!path.startsWith(base)) {
        broken.push(`${relative(root, file)}: ${raw} (outside ${base})`);
        continue;
      }
      path = path.slice(base.length - (base.endsWith('/') ? 1 : 0));
      const candidate = join(root, path.endsWith('/') ? `${path}index.html` : path);
      if (!existsSync(candidate)) {
        broken.push(`${relative(root, file)}: ${raw}`);
        continue;
      }
      const hash = decodeURIComponent(target.hash.slice(1));
      if (hash && candidate.endsWith('.html') && !idsOf(candidate).has(hash)) broken.push(`${relative(root, file)}: ${raw} (no #${hash})`);
    }
  }
  return broken;
}

test('every internal link and anchor in the built site resolves', () => {
  expect(brokenLinks(resolve(process.env.OUT_DIR ?? 'dist'), '/')).toEqual([]);
});

test('every internal link resolves when built with BASE_PATH=/some/path', () => {
  test.setTimeout(180_000);
  const out = resolve('test-results/dist-base');
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build'], { env: { ...process.env, BASE_PATH: '/some/path', OUT_DIR: out }, stdio: 'pipe' });
  expect(brokenLinks(out, '/some/path/')).toEqual([]);
  // The service worker is registered from the base, with the base as its scope (see offline.spec.ts).
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/="\/some\/path\/"[;,][^<]*register\(`\$\{\w+\}sw\.js`,\{scope:\w+\}\)/);
});

/** JavaScript a page loads, in gzip bytes, measured in the browser (so lazy chunks count). */
async function scriptBytes(page: import('@playwright/test').Page, path: string): Promise<{ gzip: number; files: string[] }> {
  const files: string[] = [];
  const sizes: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') {
      files.push(new URL(r.url()).pathname);
      sizes.push(r.body().then((b) => gzipSync(b).length));
    }
  });
  await page.goto(path);
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  // Every body must be counted: summing in the event handlers raced with the return.
  const gzip = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  // Offline reading's scripts (service worker registration, keep-the-catalogue control) have their own budget in offline.spec.ts.
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').filter((s) => !s.includes('navigator.serviceWorker')).join(''));
  return { gzip: gzip + (inline ? gzipSync(inline).length : 0), files };
}

// Their checklists, notes, chapter progress, storage notice and assessment badge are HTML from the
// build made live by small scripts (src/scripts/), not Preact islands: no framework or island
// runtime to load. The figure counts every script file fetched and every inline script.
for (const type of ['chapter', 'sector'] as const) {
  test(`a ${type} page with its checklist and notes ships at most 12 KB of JavaScript (gzip)`, async ({ page }) => {
    const { gzip, files } = await scriptBytes(page, PAGE_TYPES[type]!);
    console.log(`${type} page JavaScript: ${gzip} B gzip in ${files.length} files and the inline scripts (without the service worker registration, budgeted in offline.spec.ts)`);
    expect(files.length).toBeGreaterThan(0);
    expect(gzip).toBeLessThanOrEqual(12 * 1024);
  });
}

// The catalogue's faceted filter (bitset index, live counts, chips, sorting, grouping) is one script
// file of its own; the header's search opener stays inline and its dialog loads only when opened.
// 5 KB since the speed work of issue 13 (first screen at once, the rest and the address when idle,
// chunks drawn as they come on screen): about 4.3 KB of it is the catalogue's own file.
test('the catalogue filters with one script file of its own, at most 5 KB of JavaScript (gzip)', async ({ page }) => {
  const { files, gzip } = await scriptBytes(page, PAGE_TYPES.catalogue!);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^\/_astro\/index\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
  expect(gzip).toBeLessThanOrEqual(5 * 1024);
});

for (const type of ['practice', 'sources', 'notFound'] as const) {
  test(`read-only page "${type}" loads no script file (only the tiny print-button script, inline)`, async ({ page }) => {
    const { files, gzip } = await scriptBytes(page, PAGE_TYPES[type]!);
    expect(files).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(1024);
  });
}
