#!/usr/bin/env node
/**
 * After `astro build` and Pagefind: generates the service worker (dist/sw.js) with Workbox's
 * generateSW, and the list of practice pages a reader can keep offline (dist/offline-catalogue.json,
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
import { generateSW, getManifest } from 'workbox-build';

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
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

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
const { manifestEntries } = await getManifest(files);
const { count, size, warnings } = await generateSW({
  ...files,
  swDest: join(DIST, 'sw.js'),
  // The runtime goes into sw.js itself: no import from another origin (Workbox's CDN) or file.
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  // An updated site waits until the reader presses "Reload" (the page then sends SKIP_WAITING).
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  // A search or a catalogue filter in the address (/search/?q=…) is the same precached page.
  ignoreURLParametersMatching: [/.*/],
  runtimeCaching: [
    {
      // A practice page: fresh from the network when there is one, else the copy kept on this device.
      urlPattern: new RegExp(`${escapeRegExp(BASE)}practices/[^/?#]+/(\\?.*)?$`),
      handler: 'NetworkFirst',
      options: { cacheName: `practices ${BASE}`, networkTimeoutSeconds: 6, precacheFallback: { fallbackURL } },
    },
    ...otherLangs.map((l) => ({
      // A page in another language: fresh from the network, else the copy kept when the reader last opened it.
      urlPattern: new RegExp(`${escapeRegExp(BASE)}${l}/`),
      handler: 'NetworkFirst',
      options: { cacheName: `pages ${l} ${BASE}`, networkTimeoutSeconds: 6, precacheFallback: { fallbackURL } },
    })),
    ...otherLangs.map((l) => ({
      // Its search index: file names change with their content, so a kept copy is always right.
      urlPattern: new RegExp(`${escapeRegExp(BASE)}pagefind/(.*/)?(pagefind\\.)?${l}_`),
      handler: 'CacheFirst',
      options: { cacheName: `search ${l} ${BASE}` },
    })),
    {
      // Any other page of the site that was not precached (e.g. a mistyped address): the offline page when there is no network.
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL } },
    },
  ],
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
