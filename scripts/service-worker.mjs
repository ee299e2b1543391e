#!/usr/bin/env node
/**
 * After `astro build` and Pagefind: generates the service worker (dist/sw.js) from Workbox's
 * modules and precache manifest (workbox-build's getManifest), and the list of practice pages a reader can keep offline (dist/offline-catalogue.json,
 * with their download size). Prints the precache figures and fails the build when the precache a
 * first visit downloads exceeds its budget (3 MB gzip).
 *
 * What is precached: every page and file of the build except the practice pages (the chapters,
 * sector guides, summary, scorecard, worksheets, glossary, countries, the catalogue's index, and
 * Pagefind's whole index with its fragments, so search works offline). Practice pages are cached at
 * run time, when the reader opens one or keeps the whole catalogue; a page that is neither precached
 * nor cached shows the offline page.
 *
 * Only the default language (English, at the root) is precached: the pages of another language
 * (/pl/…) and its search index are cached at run time, as the reader opens them, so that a first
 * visit does not download every language.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';

const DIST = process.env.OUT_DIR || 'dist';
/** The site's base path ending in "/", as astro.config.mjs reads it. */
const BASE = `${(process.env.BASE_PATH || '/').replace(/\/$/, '')}/`;
const BUDGET_GZIP = 3 * 1024 * 1024;
/** Kept at run time, never precached: one page per practice. */
const PRACTICE_PAGES = 'practices/*/index.html';
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
/** A file's size as served with gzip, at the level deploy/nginx/handbook.conf sets (6, also zlib's default). */
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 6 }).length;

// The catalogue a reader can keep offline, and what it costs to download (as served with gzip).
const practiceFiles = filesUnder(join(DIST, 'practices')).filter((f) => /practices\/[^/]+\/index\.html$/.test(f.split('\\').join('/')));
const catalogue = {
  pages: practiceFiles.map((f) => relative(DIST, f).split('\\').join('/').replace(/index\.html$/, '')).sort(),
  bytes: practiceFiles.reduce((n, f) => n + gzipBytes(f), 0),
};
writeFileSync(join(DIST, 'offline-catalogue.json'), JSON.stringify(catalogue));

const fallbackURL = `${BASE}offline/index.html`;
/** The other languages' folders (dist/pl/…: a two-letter folder with a home page), and their Pagefind files. */
const otherLangs = readdirSync(DIST).filter((d) => /^[a-z]{2}$/.test(d) && statSync(join(DIST, d)).isDirectory() && readdirSync(join(DIST, d)).includes('index.html'));
const otherLangIgnores = otherLangs.flatMap((l) => [`${l}/**`, `pagefind/*/${l}_*`, `pagefind/pagefind.${l}_*`]);
const files = {
  globDirectory: DIST,
  globPatterns: ['**/*'],
  globIgnores: [PRACTICE_PAGES, ...otherLangIgnores, 'sw.js', '_headers', '_redirects', '**/*.map'],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
};
const { manifestEntries, count, size, warnings } = await getManifest(files);

/** A string, a regular expression or a list of them as JavaScript source. */
const js = (v) => (v instanceof RegExp ? String(v) : JSON.stringify(v));
/** Serves a route from the network, else the copy kept on this device, else the offline page. */
const networkFirst = (pattern, cacheName) =>
  `registerRoute(${js(pattern)}, new NetworkFirst({ cacheName: ${js(cacheName)}, networkTimeoutSeconds: 6, plugins: [new PrecacheFallbackPlugin({ fallbackURL: ${js(fallbackURL)} })] }), 'GET');`;

/*
 * The worker's source: Workbox's own modules (precaching, routing, strategies), bundled into sw.js
 * by esbuild, so nothing is imported from another origin (Workbox's CDN) or file. Workbox's
 * generateSW writes the same worker but bundles it with Rollup and Terser, which took most of this
 * step's time.
 */
const source = `
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';

// An updated site waits until the reader presses "Reload" (the page then sends SKIP_WAITING).
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
// A search or a catalogue filter in the address (/search/?q=…) is the same precached page.
precacheAndRoute(${JSON.stringify(manifestEntries.map(({ url, revision }) => ({ url, revision })))}, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
// A practice page: fresh from the network when there is one, else the copy kept on this device.
${networkFirst(new RegExp(`${escapeRegExp(BASE)}practices/[^/?#]+/(\\?.*)?$`), `practices ${BASE}`)}
// A page in another language: fresh from the network, else the copy kept when the reader last opened it.
${otherLangs.map((l) => networkFirst(new RegExp(`${escapeRegExp(BASE)}${l}/`), `pages ${l} ${BASE}`)).join('\n')}
// Its search index: file names change with their content, so a kept copy is always right.
${otherLangs.map((l) => `registerRoute(${js(new RegExp(`${escapeRegExp(BASE)}pagefind/(.*/)?(pagefind\\.)?${l}_`))}, new CacheFirst({ cacheName: ${js(`search ${l} ${BASE}`)} }), 'GET');`).join('\n')}
// Any other page of the site that was not precached (e.g. a mistyped address): the offline page when there is no network.
registerRoute(({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate', new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: ${js(fallbackURL)} })] }), 'GET');
`;
await build({
  stdin: { contents: source, resolveDir: process.cwd(), sourcefile: 'sw.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  // Workbox leaves out its development logging in production.
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: join(DIST, 'sw.js'),
  logLevel: 'warning',
});
for (const w of warnings) console.warn(`service worker: ${w}`);

const gzip = manifestEntries.reduce((n, e) => n + gzipBytes(join(DIST, e.url)), 0);
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(`service worker: ${DIST}/sw.js, precache of ${count} files, ${mb(size)} raw, ${mb(gzip)} gzip (budget ${mb(BUDGET_GZIP)})`);
console.log(`service worker: the whole catalogue offline is ${catalogue.pages.length} practice pages, ${mb(catalogue.bytes)} gzip`);
if (gzip > BUDGET_GZIP) {
  console.error('service worker: the precache exceeds its budget of 3 MB gzip');
  process.exit(1);
}
