/**
 * The container's web server, tried for real: Debian's nginx (`.ci/run` installs it) runs the
 * repository's deploy/nginx/handbook.conf (the file the Dockerfile copies) over dist/ on a local
 * port, as any user: pid, logs and temporary files in a temporary folder. Pages, a practice and
 * the 404 page answer with the right status; every response carries the security headers of the
 * build (dist/_headers says the same); hashed files are cached a year, HTML never; HTML is gzipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { collectErrors, doneBox, hydrated, PAGE_TYPES } from './helpers';
import { watchPolicy } from './csp-helpers';
import { inspectPage, scriptHash, SECURITY_HEADERS } from '../../scripts/lib/csp.mjs';

test.describe.configure({ mode: 'serial' });

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';
let server: ChildProcess | undefined;
let folder = '';
let port = 0;

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** One raw HTTP request (no automatic decompression, so Content-Encoding is what nginx sent). */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const freePort = () => new Promise<number>((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = s.address() as { port: number };
    s.close(() => done(p));
  });
});

const listening = (p: number) => new Promise<boolean>((done) => {
  const socket = connect(p, '127.0.0.1', () => { socket.destroy(); done(true); });
  socket.on('error', () => done(false));
});

test.beforeAll(async () => {
  expect(existsSync(join(dist, 'index.html')), 'build the site first (npm run build)').toBe(true);
  expect(existsSync('deploy/nginx/security-headers.conf'), 'npm run build writes the nginx security headers').toBe(true);
  folder = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  chmodSync(folder, 0o755);
  // Includes are read relative to the configuration's folder: the repository's rules as handbook/.
  symlinkSync(resolve('deploy/nginx'), join(folder, 'handbook'));
  port = await freePort();
  const conf = join(folder, 'nginx.conf');
  writeFileSync(conf, `daemon off;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${folder}/access.log;
  client_body_temp_path ${folder}/client-body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    include handbook/handbook.conf;
  }
}
`);
  server = spawn(nginxBinary, ['-p', folder, '-e', join(folder, 'error.log'), '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr?.on('data', (d) => { stderr += d; });
  const failed = new Promise<never>((_, fail) => {
    server!.on('error', (e) => fail(new Error(`nginx did not start (is it installed? .ci/run installs it): ${e.message}`)));
    server!.on('exit', (code) => fail(new Error(`nginx stopped (${code}): ${stderr}`)));
  });
  const up = (async () => { for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 50)); })();
  await Promise.race([up, failed]);
  expect(await listening(port), `nginx listens on ${port}: ${stderr}`).toBe(true);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGQUIT');
    await exited;
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The header policy of this build, as dist/_headers gives it to Netlify and Cloudflare Pages. */
function headersFilePolicy(): string {
  const line = readFileSync(join(dist, '_headers'), 'utf8').split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
  return line!.trim().slice('Content-Security-Policy:'.length).trim();
}

const PAGES = { chapter: PAGE_TYPES.chapter!, practice: PAGE_TYPES.practice!, home: PAGE_TYPES.home!, search: '/search/' };

test('a chapter, a practice, the home and search pages answer 200; an unknown address gets the 404 page with 404', async () => {
  for (const [name, path] of Object.entries(PAGES)) {
    const r = await get(path);
    expect(r.status, `${name} ${path}`).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
  }
  const missing = await get('/handbook/no-such-chapter/');
  expect(missing.status).toBe(404);
  expect(missing.body.toString()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
  // A folder without its slash is sent to the slashed address, relative to what the reader typed.
  const bare = await get('/handbook');
  expect(bare.status).toBe(301);
  expect(bare.headers.location).toBe('/handbook/');
  console.log(`nginx statuses: ${Object.keys(PAGES).join(', ')} 200; unknown 404; /handbook 301 to /handbook/`);
});

test('every kind of response carries the security headers and the build\'s policy, which allows each inline script', async () => {
  const csp = headersFilePolicy();
  const astroFile = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js'))!;
  for (const path of [PAGES.chapter, PAGES.practice, '/nope/', `/_astro/${astroFile}`, '/manifest.webmanifest', '/pagefind/pagefind.js']) {
    const r = await get(path);
    expect(r.headers['content-security-policy'], path).toBe(csp);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(r.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
  for (const part of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(part);
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
  // The chapter's own inline scripts are all allowed by the header.
  const html = (await get(PAGES.chapter)).body.toString();
  const hashes = inspectPage(html).scripts.map(scriptHash);
  expect(hashes.length).toBeGreaterThan(0);
  for (const h of hashes) expect(scriptSrc).toContain(h);
});

test('hashed /_astro/ files are cached a year; pages and unhashed files are revalidated every time', async () => {
  const astroFiles = readdirSync(join(dist, '_astro'));
  for (const f of [astroFiles.find((x) => x.endsWith('.js'))!, astroFiles.find((x) => x.endsWith('.css'))!]) {
    expect((await get(`/_astro/${f}`)).headers['cache-control'], f).toBe('public, max-age=31536000, immutable');
  }
  for (const path of [PAGES.chapter, PAGES.practice, '/nope/', '/manifest.webmanifest', '/pagefind/pagefind.js', '/favicon.svg']) {
    expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
  }
  const manifest = await get('/manifest.webmanifest');
  expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
});

test('HTML, scripts and styles are sent gzipped to a browser that accepts it', async () => {
  const gzip = { 'Accept-Encoding': 'gzip' };
  const ratios: string[] = [];
  for (const [name, path] of Object.entries({ chapter: PAGES.chapter, practice: PAGES.practice, notFound: '/nope/' })) {
    const plain = await get(path);
    const packed = await get(path, gzip);
    expect(packed.headers['content-encoding'], path).toBe('gzip');
    expect(packed.headers.vary).toContain('Accept-Encoding');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(packed.body).equals(plain.body)).toBe(true);
    expect(packed.body.length).toBeLessThan(plain.body.length * 0.5);
    ratios.push(`${name} ${plain.body.length} -> ${packed.body.length} B (${(packed.body.length / plain.body.length * 100).toFixed(0)} %)`);
  }
  const css = readdirSync(join(dist, '_astro')).find((x) => x.endsWith('.css'))!;
  expect((await get(`/_astro/${css}`, gzip)).headers['content-encoding']).toBe('gzip');
  console.log(`nginx gzip: ${ratios.join('; ')}`);
});

test('in a browser, under the header policy: search (Pagefind in its worker), a tick and the summary run with no violation or console error', async ({ page }) => {
  const violations = await watchPolicy(page);
  const errors = collectErrors(page);
  const origin = `http://127.0.0.1:${port}`;
  await page.goto(`${origin}/search/?q=housing`);
  await expect(page.locator('.search__result').first()).toBeVisible();
  await page.goto(`${origin}${PAGES.chapter}`);
  await hydrated(page);
  await doneBox(page, 'know-the-needs', 'needs-analyse-information').check();
  await page.goto(`${origin}${PAGE_TYPES.summary}`);
  await hydrated(page);
  await expect(page.getByTestId('summary')).toBeVisible();
  expect(await violations()).toEqual([]);
  // The headers themselves raise nothing either (an unknown Permissions-Policy feature would).
  expect(errors).toEqual([]);
});
