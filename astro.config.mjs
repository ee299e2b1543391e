// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { glossaryLinks } from './src/plugins/rehype-glossary-links.ts';

/** Build for a sub-path with BASE_PATH=/some/path; every link goes through `url()` in src/lib/url.ts. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://inclusion-handbook.example.org',
  base,
  /** A second build (the BASE_PATH link test) goes to its own folder. */
  outDir: process.env.OUT_DIR || './dist',
  /** Parallel builds on one machine (e.g. while developing) each need their own cache. */
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  /** Links the first use of each glossary term on a chapter, sector or practice page (MDX inherits it). */
  markdown: { rehypePlugins: [glossaryLinks({ base })] },
  prefetch: false,
  devToolbar: { enabled: false },
});
