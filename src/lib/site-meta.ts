/**
 * What a published site says about itself: a page's address, its canonical link, the web app
 * manifest and robots.txt. `site` is the configured origin (SITE_URL, Astro's `site`), or
 * undefined when the build was made without one: then no absolute address is invented (no
 * placeholder domain), canonical links are root-relative and robots.txt names no sitemap.
 */

/** The page's full address, or undefined when the build knows no origin. `pathname` includes the base path. */
export function pageAddress(site: URL | string | undefined, pathname: string): string | undefined {
  return site ? new URL(pathname, site).href : undefined;
}

/** The canonical link: absolute with an origin, root-relative (base path included) without. */
export function canonicalHref(site: URL | string | undefined, pathname: string): string {
  return pageAddress(site, pathname) ?? pathname;
}

/** The browser chrome colours, one per colour scheme: the header's background (`--bg-soft` in global.css). */
export const THEME_COLORS = { light: '#f3f5f8', dark: '#1e232a' } as const;
/** The mark's blue (public/favicon.svg) and the page background, for the installed app's splash screen. */
export const BRAND = { blue: '#0b4f9c', background: '#ffffff' } as const;

export interface ManifestIcon { src: string; sizes: string; type: string; purpose?: string }

/** The app icons in public/icons/ (rendered by scripts/render-images.mjs), relative to the manifest. */
export const MANIFEST_ICONS: ManifestIcon[] = [
  { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/**
 * The web app manifest, served at <base>/manifest.webmanifest. Every address in it is relative to
 * the manifest's own, so one file works under any base path.
 */
export function webManifest({ name, shortName, description, lang }: { name: string; shortName: string; description: string; lang: string }) {
  return {
    name,
    short_name: shortName,
    description,
    lang,
    dir: 'ltr',
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: BRAND.blue,
    background_color: BRAND.background,
    icons: MANIFEST_ICONS,
  };
}

/** robots.txt: everything may be crawled; the sitemap is named only when there is an origin to give it. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : [])].join('\n') + '\n';
}
