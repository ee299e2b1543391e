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
import { Tokenizer, TokenizerMode } from 'parse5';

/** Script types a browser executes (an absent or empty type is classic JavaScript). */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** The `'sha256-…'` source expression of a script's exact text. */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Elements whose content the HTML parser reads as text, not markup, and the tokenizer state it
 * switches to (as a browser with scripting on does: `<noscript>` content is text too).
 */
const TEXT_CONTENT = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT, xmp: TokenizerMode.RAWTEXT, iframe: TokenizerMode.RAWTEXT, noembed: TokenizerMode.RAWTEXT, noframes: TokenizerMode.RAWTEXT, noscript: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA, title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};
const ignore = () => {};

/**
 * Everything in one page's HTML that the policy must know: the text of each inline executable
 * script, inline event handlers and `javascript:` URLs (which no hash allows: a build that has one
 * fails), an existing CSP meta element, and where a new one goes (right after `<meta charset>`,
 * before any script). Read with parse5's tokenizer alone: the tags are all it needs, and building
 * the tree cost most of the build step's time.
 */
export function inspectPage(html) {
  const scripts = [];
  const forbidden = [];
  let existingMeta;
  let afterCharset;
  let afterHead;
  /** Where the inline executable script being read starts, if one is. */
  let scriptStart;
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, {
    onStartTag(tag) {
      const name = tag.tagName;
      const attrs = Object.fromEntries(tag.attrs.map((a) => [a.name.toLowerCase(), a.value]));
      for (const a of tag.attrs) {
        if (/^on[a-z]+$/i.test(a.name)) forbidden.push(`<${name} ${a.name}="…">`);
        if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*javascript:/i.test(a.value)) forbidden.push(`<${name} ${a.name}="javascript:…">`);
      }
      if (name in TEXT_CONTENT && !tag.selfClosing) tokenizer.state = TEXT_CONTENT[name];
      if (name === 'script') scriptStart = attrs.src === undefined && EXECUTABLE.has((attrs.type ?? '').trim().toLowerCase()) ? tag.location.endOffset : undefined;
      if (name === 'meta') {
        if ((attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy') existingMeta = tag.location;
        if (attrs.charset !== undefined && afterCharset === undefined) afterCharset = tag.location.endOffset;
      }
      if (name === 'head' && afterHead === undefined) afterHead = tag.location.endOffset;
    },
    onEndTag(tag) {
      if (tag.tagName === 'script' && scriptStart !== undefined) scripts.push(html.slice(scriptStart, tag.location.startOffset));
      if (tag.tagName === 'script') scriptStart = undefined;
    },
    onEof() {
      // A script left open runs to the end of the file.
      if (scriptStart !== undefined) scripts.push(html.slice(scriptStart));
    },
    onComment: ignore, onDoctype: ignore, onCharacter: ignore, onNullCharacter: ignore, onWhitespaceCharacter: ignore, onParseError: ignore,
  });
  tokenizer.write(html, true);
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
