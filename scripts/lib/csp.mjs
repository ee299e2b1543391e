/**
 * The Content-Security-Policy of the built site, and the inline scripts it must allow.
 *
 * Astro 5's `experimental.csp` hashes only the scripts and styles Astro itself processes; it does
 * not hash `is:inline` scripts (those need hashes written into the config by hand, which change
 * with every edit) and it would take over `style-src` as well. So the policy is made after the
 * build, from what the built pages actually contain: every inline script of every page is hashed,
 * whoever added it. Pure functions; scripts/security-headers.mjs applies them to dist/.
 */
import { createHash } from 'node:crypto';
import { parse } from 'parse5';

/** Script types a browser executes (an absent or empty type is classic JavaScript). */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** The `'sha256-…'` source expression of a script's exact text. */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Everything in one page's HTML that the policy must know: the text of each inline executable
 * script, inline event handlers and `javascript:` URLs (which no hash allows: a build that has one
 * fails), an existing CSP meta element, and where a new one goes (right after `<meta charset>`,
 * before any script).
 */
export function inspectPage(html) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const scripts = [];
  const forbidden = [];
  let existingMeta;
  let afterCharset;
  let afterHead;
  const walk = (node) => {
    if (node.tagName) {
      const attrs = Object.fromEntries(node.attrs.map((a) => [a.name.toLowerCase(), a.value]));
      for (const a of node.attrs) {
        if (/^on[a-z]+$/i.test(a.name)) forbidden.push(`<${node.tagName} ${a.name}="…">`);
        if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*javascript:/i.test(a.value)) forbidden.push(`<${node.tagName} ${a.name}="javascript:…">`);
      }
      if (node.tagName === 'script' && attrs.src === undefined && EXECUTABLE.has((attrs.type ?? '').trim().toLowerCase())) {
        const loc = node.sourceCodeLocation;
        scripts.push(loc.endTag ? html.slice(loc.startTag.endOffset, loc.endTag.startOffset) : node.childNodes.map((c) => c.value ?? '').join(''));
      }
      if (node.tagName === 'meta') {
        if ((attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy') existingMeta = node.sourceCodeLocation;
        if (attrs.charset !== undefined && afterCharset === undefined) afterCharset = node.sourceCodeLocation.endOffset;
      }
      if (node.tagName === 'head' && afterHead === undefined && node.sourceCodeLocation?.startTag) afterHead = node.sourceCodeLocation.startTag.endOffset;
    }
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) walk(child);
  };
  walk(doc);
  return { scripts, forbidden, existingMeta, insertAt: afterCharset ?? afterHead };
}

/** The headers every response carries besides the CSP (Referrer, sniffing, powerful features, framing). */
export const SECURITY_HEADERS = {
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The policy: only this origin, scripts only from it or by hash ('wasm-unsafe-eval' because
 * Pagefind's search runs WebAssembly), no plugins, no <base> or form posts elsewhere. Styles keep
 * 'unsafe-inline' (print running heads and islands set inline styles; no script can come of it).
 * `frame-ancestors` works only as an HTTP header (a browser ignores it, with an error, in a meta
 * element), so the meta version leaves it out.
 */
export function policy(hashes, { header }) {
  const directives = [
    "default-src 'self'",
    `script-src ${["'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort()].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** The page with its CSP meta element (an existing one replaced), placed before any script. */
export function withPolicyMeta(html, page, content) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${content.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  if (page.existingMeta) return html.slice(0, page.existingMeta.startOffset) + meta + html.slice(page.existingMeta.endOffset);
  if (page.insertAt === undefined) throw new Error('page has no <head> to put the Content-Security-Policy in');
  return html.slice(0, page.insertAt) + meta + html.slice(page.insertAt);
}

/** Long cache for Astro's content-hashed files; HTML and everything else revalidate (the host's default). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `_headers` (Netlify, Cloudflare Pages): the security headers on every path, a year of cache for /_astro/. */
export function headersFile(csp) {
  const lines = ['# Made by scripts/security-headers.mjs after each build: do not edit.', '/*', `  Content-Security-Policy: ${csp}`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push('/_astro/*', `  Cache-Control: ${IMMUTABLE}`);
  return `${lines.join('\n')}\n`;
}

/** The nginx include with the same headers (deploy/nginx/handbook.conf includes it in every location). */
export function nginxInclude(csp) {
  const lines = ['# Made by scripts/security-headers.mjs after each build: do not edit.', `add_header Content-Security-Policy "${csp}" always;`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`add_header ${name} "${value}" always;`);
  return `${lines.join('\n')}\n`;
}
