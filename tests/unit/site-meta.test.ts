import { describe, expect, it } from 'vitest';
import { canonicalHref, MANIFEST_ICONS, pageAddress, robotsTxt, webManifest } from '../../src/lib/site-meta';
import { runningHeadsCss } from '../../src/lib/print';

describe('page addresses', () => {
  it('are absolute only when the build has an origin', () => {
    expect(pageAddress(undefined, '/handbook/')).toBeUndefined();
    expect(pageAddress(new URL('https://handbook.test'), '/guide/handbook/')).toBe('https://handbook.test/guide/handbook/');
    // An origin given with a path keeps only the origin: the pathname already holds the base path.
    expect(pageAddress('https://user.github.io/repo/', '/repo/handbook/')).toBe('https://user.github.io/repo/handbook/');
  });

  it('give a root-relative canonical link without an origin', () => {
    expect(canonicalHref(undefined, '/guide/glossary/')).toBe('/guide/glossary/');
    expect(canonicalHref('https://handbook.test', '/glossary/')).toBe('https://handbook.test/glossary/');
  });

  it('leave the printed footer without an address rather than invent one', () => {
    const css = runningHeadsCss({ title: 'Glossary', address: pageAddress(undefined, '/glossary/') });
    expect(css).not.toContain('@bottom-left');
    expect(css).toContain('@bottom-right');
  });
});

describe('web app manifest', () => {
  const m = webManifest({ name: 'Inclusion handbook', shortName: 'Handbook', description: 'Step by step', lang: 'en-GB' });

  it('uses addresses relative to itself, so one file works under any base path', () => {
    for (const u of [m.id, m.start_url, m.scope, ...m.icons.map((i) => i.src)]) expect(u).not.toMatch(/^\/|^[a-z]+:/);
    expect(new URL(m.start_url, 'https://h.test/guide/manifest.webmanifest').href).toBe('https://h.test/guide/');
  });

  it('offers an SVG, PNG 192 and 512 px, and a maskable icon', () => {
    expect(MANIFEST_ICONS.map((i) => `${i.sizes} ${i.type} ${i.purpose ?? 'any'}`)).toEqual([
      'any image/svg+xml any',
      '192x192 image/png any',
      '512x512 image/png any',
      '512x512 image/png maskable',
    ]);
    expect(m).toMatchObject({ name: 'Inclusion handbook', short_name: 'Handbook', display: 'standalone', lang: 'en-GB' });
  });
});

describe('robots.txt', () => {
  it('names the sitemap only when there is one', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://h.test/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://h.test/sitemap-index.xml\n');
  });
});
