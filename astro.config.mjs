// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { glossaryLinks } from './src/plugins/rehype-glossary-links.ts';
import rehypeTranslatedHeadingIds from './src/plugins/rehype-translated-heading-ids.ts';

/**
 * The published address (README, "Publish it"): SITE_URL is the origin, e.g.
 * https://handbook.example-city.eu, and BASE_PATH the sub-path the site lives under, e.g. /handbook
 * (every link goes through `url()` in src/lib/url.ts). Without SITE_URL the build knows no origin:
 * pages print no address, canonical links are root-relative and there is no sitemap.
 */
/**
 * A translated MDX file (content/pl/handbook/x.mdx) keeps its English original's import lines word
 * for word (scripts/check-translation.mjs compares them): its relative imports resolve as from the
 * original's folder (content/handbook/), one level up.
 */
function translatedContentImports() {
  return {
    name: 'translated-content-imports',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} id @param {string | undefined} importer @param {any} options */
    async resolveId(id, importer, options) {
      if (!importer || !id.startsWith('.')) return null;
      const m = /^(.*\/content)\/[a-z]{2}\/(.+)$/.exec(importer.split('?')[0] ?? '');
      if (!m) return null;
      // @ts-ignore Rollup's plugin context
      return this.resolve(id, `${m[1]}/${m[2]}`, { ...options, skipSelf: true });
    },
  };
}

const site = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/+$/, '') : undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  /** A second build (the BASE_PATH link test) goes to its own folder. */
  outDir: process.env.OUT_DIR || './dist',
  /** Parallel builds on one machine (e.g. while developing) each need their own cache. */
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  /**
   * Pages render one at a time (Astro's default, written here so nobody raises it unawares): the
   * islands' interface tables (src/i18n/live.ts) learn the language of the page being rendered
   * from src/middleware.ts, which holds for one page at a time only.
   */
  build: { format: 'directory', concurrency: 1 },
  /**
   * English at the root (every published address keeps working), each other language under its
   * prefix (/pl/). Pages made in every language live in src/pages/[...lang]/ (see src/i18n/lang.ts).
   */
  i18n: { locales: ['en', 'pl'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    preact(),
    /** Absolute addresses need an origin: the sitemap exists only when SITE_URL is set. */
    ...(site ? [sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      /** Each address lists its other languages (xhtml:link hreflang, as the pages' own alternates name them). */
      i18n: { defaultLocale: 'en', locales: { en: 'en', pl: 'pl' } },
    })] : []),
  ],
  /** Links the first use of each glossary term on a chapter, sector or practice page (MDX inherits it). */
  markdown: { rehypePlugins: [rehypeTranslatedHeadingIds, glossaryLinks({ base })] },
  vite: { plugins: [translatedContentImports()] },
  prefetch: false,
  devToolbar: { enabled: false },
});
