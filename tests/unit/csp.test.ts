import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, inspectPage, nginxInclude, policy, scriptHash, withPolicyMeta } from '../../scripts/lib/csp.mjs';

const page = (head: string, body = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('inline scripts', () => {
  it('hashes the exact text of every executable inline script, and nothing else', () => {
    const text = "\n  const a = '</p>'; // ü\n";
    const html = page('<script>one()</script>', `<script type="module">${text}</script><script src="/x.js"></script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script><template><script>two()</script></template>`);
    const { scripts } = inspectPage(html);
    expect(scripts).toEqual(['one()', text, 'two()']);
    expect(scriptHash(text)).toBe(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  });

  it('finds inline event handlers and javascript: URLs, which no hash allows', () => {
    const { forbidden } = inspectPage(page('', '<button onclick="go()">x</button><a href=" javascript:alert(1)">y</a><a href="/ok/">z</a>'));
    expect(forbidden).toEqual(['<button onclick="…">', '<a href="javascript:…">']);
  });
});

describe('the policy', () => {
  const hashes = ["'sha256-b'", "'sha256-a'", "'sha256-b'"];

  it('allows scripts from this origin and by hash, never unsafe-inline or unsafe-eval', () => {
    const csp = policy(hashes, { header: true });
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  });

  it('leaves frame-ancestors out of the meta element, where browsers ignore it', () => {
    expect(policy(hashes, { header: false })).not.toContain('frame-ancestors');
  });

  it('goes into the page right after <meta charset>, before any script, replacing an earlier one', () => {
    const html = page('<script>x()</script>');
    const once = withPolicyMeta(html, inspectPage(html), "script-src 'self' 'sha256-q'");
    expect(once).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-q'"><title>`);
    const twice = withPolicyMeta(once, inspectPage(once), "script-src 'self'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain(`content="script-src 'self'"`);
    expect(inspectPage(twice).scripts).toEqual(['x()']);
  });

  it('is written with the other security headers for Netlify/Cloudflare and for nginx', () => {
    const h = headersFile("default-src 'self'");
    expect(h).toMatch(/^# .*\n\/\*\n  Content-Security-Policy: default-src 'self'\n  Referrer-Policy: same-origin\n  X-Content-Type-Options: nosniff\n  Permissions-Policy: /);
    expect(h).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    const n = nginxInclude("default-src 'self'");
    expect(n).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(n).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});
