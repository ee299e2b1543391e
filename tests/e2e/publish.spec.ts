/**
 * What a published site carries, over every built page: no placeholder address anywhere, a
 * canonical link, share metadata (Open Graph, Twitter card) with an image that exists, theme
 * colours for light and dark, the web app manifest and its icons at their sizes. The default build
 * (no SITE_URL) has root-relative canonical links, no sitemap and prints no address; a second
 * build with SITE_URL and BASE_PATH has absolute ones, a sitemap that robots.txt names, and the
 * page's address in the printed footer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'parse5';
import { ui } from '../../src/i18n/ui';
import { ui as uiPl } from '../../src/i18n/pl/ui';

/** The site's name in the language of a page of the build (Polish pages are under pl/). */
const siteTitleOf = (name: string) => (name.startsWith('pl/') ? uiPl.siteTitle : ui.siteTitle);
/** The not-found pages, one per language: they are served at any address, so they declare none. */
const isNotFound = (name: string) => name === '404.html' || name === 'pl/404/index.html';

const dist = resolve(process.env.OUT_DIR ?? 'dist');

const files = (root: string, ext: RegExp) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(basename(f)) && statSync(join(root, f)).isFile())
    .map((f) => join(root, f));

/** The page's address as served: /handbook/x/index.html -> /handbook/x/. */
const pathOf = (root: string, file: string, base = '/') => `${base}${relative(root, file).replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

interface Head { links: Record<string, string[]>; meta: Record<string, string[]>; themeColors: string[]; style: string }

/** The <link>, <meta> and inline style elements of a page's head. */
function headOf(html: string): Head {
  const head: Head = { links: {}, meta: {}, themeColors: [], style: '' };
  const walk = (node: any) => {
    const attrs = Object.fromEntries((node.attrs ?? []).map((a: { name: string; value: string }) => [a.name, a.value]));
    if (node.tagName === 'link') (head.links[attrs.rel] ??= []).push(attrs.href);
    if (node.tagName === 'meta' && (attrs.property || attrs.name)) (head.meta[attrs.property ?? attrs.name] ??= []).push(attrs.content);
    if (node.tagName === 'meta' && attrs.name === 'theme-color') head.themeColors.push(`${attrs.media} ${attrs.content}`);
    if (node.tagName === 'style') head.style += node.childNodes.map((c: { value?: string }) => c.value ?? '').join('');
    for (const c of node.childNodes ?? []) walk(c);
  };
  const html_ = parse(html).childNodes.find((n: any) => n.tagName === 'html') as any;
  walk(html_.childNodes.find((n: any) => n.tagName === 'head'));
  return head;
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString(), `${file} is a PNG`).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test('no file of the build contains the placeholder address, and no page any example domain', () => {
  const all = files(dist, /\.(html|js|mjs|css|json|xml|txt|webmanifest|svg)$|^_headers$/);
  expect(all.length).toBeGreaterThan(400);
  expect(all.filter((f) => /example\.org/i.test(readFileSync(f, 'utf8'))).map((f) => relative(dist, f))).toEqual([]);
  // (Pagefind's own script parses addresses against a dummy https://example.com base; no page shows one.)
  expect(all.filter((f) => f.endsWith('.html') && /example\.(org|com|net)/i.test(readFileSync(f, 'utf8'))).map((f) => relative(dist, f))).toEqual([]);
});

test('every page has a canonical link, share metadata with an image that exists, theme colours and the manifest', () => {
  const pages = files(dist, /\.html$/);
  expect(pages.length).toBeGreaterThan(300);
  const problems: string[] = [];
  for (const file of pages) {
    const path = pathOf(dist, file);
    const h = headOf(readFileSync(file, 'utf8'));
    const name = relative(dist, file);
    const one = (key: string) => (h.meta[key]?.length === 1 && h.meta[key]![0]!.trim() ? h.meta[key]![0]! : (problems.push(`${name}: ${key}`), ''));
    // Without SITE_URL the canonical link is the page's own root-relative address. The 404 page,
    // served at any missing address, declares none and asks not to be indexed.
    if (isNotFound(name)) {
      if (h.links.canonical || h.meta.robots?.[0] !== 'noindex') problems.push(`${name}: canonical ${h.links.canonical}, robots ${h.meta.robots}`);
    } else if (h.links.canonical?.length !== 1 || h.links.canonical[0] !== path) problems.push(`${name}: canonical ${h.links.canonical} for ${path}`);
    if (h.links.manifest?.[0] !== '/manifest.webmanifest') problems.push(`${name}: manifest`);
    const title = one('og:title');
    if (!title || title.includes('|')) problems.push(`${name}: og:title "${title}" (the page's own title, the site goes in og:site_name)`);
    if (one('og:site_name') && h.meta['og:site_name']![0] !== siteTitleOf(name)) problems.push(`${name}: og:site_name`);
    if (one('og:description') !== h.meta.description?.[0]) problems.push(`${name}: og:description differs from the description`);
    one('og:type');
    one('og:image:alt');
    if (one('og:image') !== '/share.png') problems.push(`${name}: og:image`);
    if (one('twitter:card') !== 'summary_large_image') problems.push(`${name}: twitter:card`);
    if (h.meta['og:url']) problems.push(`${name}: og:url without SITE_URL`);
    if (h.themeColors.join() !== '(prefers-color-scheme: light) #f3f5f8,(prefers-color-scheme: dark) #1e232a') problems.push(`${name}: theme-color ${h.themeColors}`);
    if (/@bottom-left/.test(h.style)) problems.push(`${name}: prints an address without SITE_URL`);
  }
  expect(problems).toEqual([]);
  expect(pngSize(join(dist, 'share.png'))).toEqual([1200, 630]);
  expect(pngSize(join(dist, 'icons/apple-touch-icon.png'))).toEqual([180, 180]);
});

test('without SITE_URL there is no sitemap, and robots.txt names none', () => {
  expect(files(dist, /^sitemap.*\.xml$/)).toEqual([]);
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
});

test('the web app manifest names the site and brings its icons, each at its size, one maskable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, page.url());
  const response = await request.get(manifestUrl.href);
  expect(response.ok()).toBe(true);
  const m = await response.json();
  expect(m).toMatchObject({
    name: ui.siteTitle,
    short_name: ui.siteShortTitle,
    description: ui.siteTagline,
    lang: 'en-GB',
    start_url: './',
    scope: './',
    id: './',
    display: 'standalone',
    theme_color: '#0b4f9c',
    background_color: '#ffffff',
  });
  expect(m.short_name.length).toBeLessThanOrEqual(12);
  const sizes: Record<string, string> = {};
  for (const icon of m.icons as { src: string; sizes: string; type: string; purpose?: string }[]) {
    const iconUrl = new URL(icon.src, manifestUrl);
    const got = await request.get(iconUrl.href);
    expect(got.ok(), icon.src).toBe(true);
    expect(got.headers()['content-type'], icon.src).toContain(icon.type);
    const file = join(dist, iconUrl.pathname);
    if (icon.type === 'image/png') expect(pngSize(file).join('x'), icon.src).toBe(icon.sizes);
    else expect(readFileSync(file, 'utf8'), icon.src).toMatch(/^<svg [^>]*viewBox=/);
    sizes[`${icon.purpose ?? 'any'} ${icon.type}`] = [sizes[`${icon.purpose ?? 'any'} ${icon.type}`], icon.sizes].filter(Boolean).join(' ');
  }
  expect(sizes).toEqual({ 'any image/svg+xml': 'any', 'any image/png': '192x192 512x512', 'maskable image/png': '512x512' });
  // A maskable icon fills its square: no transparent corner for the mask to cut into.
  const maskable = m.icons.find((i: { purpose?: string }) => i.purpose === 'maskable');
  await page.goto(new URL(maskable.src, manifestUrl).href);
  const corner = await page.evaluate(async () => {
    const img = document.querySelector('img')!;
    await img.decode();
    const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return [...g.getImageData(0, 0, 1, 1).data];
  });
  expect(corner[3]).toBe(255);
});

test('a build with SITE_URL and BASE_PATH: absolute canonical and share addresses, a sitemap robots.txt names, the address on paper', () => {
  test.setTimeout(240_000);
  const out = resolve('test-results/dist-site');
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build'], {
    env: { ...process.env, SITE_URL: 'https://handbook.test/', BASE_PATH: '/guide', OUT_DIR: out, ASTRO_CACHE_DIR: resolve('test-results/astro-cache-site') },
    stdio: 'pipe',
  });
  const origin = 'https://handbook.test';
  const pages = files(out, /\.html$/);
  const problems: string[] = [];
  for (const file of pages) {
    const path = pathOf(out, file, '/guide/');
    const h = headOf(readFileSync(file, 'utf8'));
    const name = relative(out, file);
    if (isNotFound(name)) {
      if (h.links.canonical || h.meta['og:url'] || /@bottom-left/.test(h.style)) problems.push(`${name}: declares an address`);
      continue;
    }
    if (h.links.canonical?.[0] !== `${origin}${path}`) problems.push(`${name}: canonical ${h.links.canonical}`);
    if (h.meta['og:url']?.[0] !== `${origin}${path}`) problems.push(`${name}: og:url ${h.meta['og:url']}`);
    if (h.meta['og:image']?.[0] !== `${origin}/guide/share.png`) problems.push(`${name}: og:image ${h.meta['og:image']}`);
    if (h.links.manifest?.[0] !== '/guide/manifest.webmanifest') problems.push(`${name}: manifest`);
    if (!h.style.includes(`@bottom-left{content:"${origin}${path}"}`)) problems.push(`${name}: printed address`);
  }
  expect(problems).toEqual([]);

  const robots = readFileSync(join(out, 'robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: ${origin}/guide/sitemap-index.xml`);
  expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${origin}/guide/sitemap-0.xml</loc>`);
  const listed = [...readFileSync(join(out, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]);
  // Every page but the 404 page, each once, at its published address.
  const expected = pages.filter((f) => !isNotFound(relative(out, f))).map((f) => `${origin}${pathOf(out, f, '/guide/')}`);
  expect(new Set(listed)).toEqual(new Set(expected));
  expect(listed.length).toBe(expected.length);
  const noPlaceholder = files(out, /\.(html|js|css|json|xml|txt|webmanifest)$/).filter((f) => /example\.(org|com|net)/i.test(readFileSync(f, 'utf8')));
  expect(noPlaceholder).toEqual([]);
  // The manifest's addresses are relative to it: the same file works under the base path.
  expect(JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')).start_url).toBe('./');
  expect(existsSync(join(out, 'icons/icon-512.png'))).toBe(true);
});
