/**
 * Renders the site's raster images from SVG with Chromium (Debian's, as the tests use): the app
 * icons of the web app manifest (192 and 512 px, a maskable 512 px one, the 180 px Apple touch
 * icon) and the 1200x630 share image that Open Graph and Twitter cards show. The PNGs are committed
 * in public/; run `node scripts/render-images.mjs` again after changing the mark or the site's
 * title or tagline (read from src/i18n/ui.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ui = readFileSync(new URL('../src/i18n/ui.ts', import.meta.url), 'utf8');
const word = (key) => {
  const m = new RegExp(`${key}: '([^']+)'`).exec(ui);
  if (!m) throw new Error(`src/i18n/ui.ts has no ${key}`);
  return m[1];
};
const title = word('siteTitle');
const tagline = word('siteTagline');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const BLUE = '#0b4f9c';
/** The mark of public/favicon.svg (a tick on the site's blue) at any size; `inset` scales the tick into a safe zone. */
const mark = (size, { rounded = true, inset = 1 } = {}) => {
  const s = inset;
  const t = (16 - 16 * s).toFixed(2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="${rounded ? 7 : 0}" fill="${BLUE}"/>` +
    `<path transform="translate(${t} ${t}) scale(${s})" d="M9 17l4 4 10-11" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
};

const share = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${BLUE}"/>
  <rect y="574" width="1200" height="56" fill="#083b75"/>
  <g transform="translate(96 96)">
    <rect width="144" height="144" rx="32" fill="#fff"/>
    <path transform="scale(4.5)" d="M9 17l4 4 10-11" stroke="${BLUE}" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
  </g>
  <foreignObject x="96" y="290" width="1010" height="270">
    <div xmlns="http://www.w3.org/1999/xhtml" style="font-family: system-ui, 'DejaVu Sans', sans-serif; color: #fff">
      <div style="font-size: 88px; font-weight: 700; line-height: 1.1">${escape(title)}</div>
      <div style="margin-top: 22px; font-size: 44px; line-height: 1.3; color: #e8f0fb">${escape(tagline)}</div>
    </div>
  </foreignObject>
</svg>`;

const images = [
  { file: 'public/icons/icon.svg', svg: mark(512) },
  { file: 'public/icons/icon-192.png', svg: mark(192), size: [192, 192] },
  { file: 'public/icons/icon-512.png', svg: mark(512), size: [512, 512] },
  /** Maskable: full-bleed background, the tick inside the central 80 % circle every mask keeps. */
  { file: 'public/icons/icon-maskable-512.png', svg: mark(512, { rounded: false, inset: 0.72 }), size: [512, 512] },
  { file: 'public/icons/apple-touch-icon.png', svg: mark(180, { rounded: false, inset: 0.85 }), size: [180, 180] },
  { file: 'public/share.png', svg: share, size: [1200, 630] },
];

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const { file, svg, size } of images) {
  if (!size) { writeFileSync(file, `${svg}\n`); console.log(file); continue; }
  const page = await browser.newPage({ viewport: { width: size[0], height: size[1] } });
  await page.setContent(`<!doctype html><style>html,body{margin:0;overflow:hidden}svg{display:block}</style>${svg}`);
  writeFileSync(file, await page.screenshot({ type: 'png', omitBackground: true }));
  await page.close();
  console.log(`${file} ${size.join('x')}`);
}
await browser.close();
