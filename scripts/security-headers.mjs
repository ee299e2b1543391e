/**
 * The last build step (npm run build): gives every page of dist/ its Content-Security-Policy.
 * Each page gets a <meta http-equiv="Content-Security-Policy"> allowing exactly its own inline
 * scripts by hash (hosts without custom headers, e.g. GitHub Pages, rely on it); the HTTP header
 * version, allowing every inline script of the build plus frame-ancestors, goes with the other
 * security headers into dist/_headers (Netlify, Cloudflare Pages) and into the nginx include
 * deploy/nginx/security-headers.conf (the container; outside the served folder). A page with an
 * inline event handler or a javascript: URL, which no hash can allow, fails the build.
 *
 *   node scripts/security-headers.mjs [dist folder] [nginx include]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { headersFile, inspectPage, nginxInclude, policy, scriptHash, withPolicyMeta } from './lib/csp.mjs';

const dist = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const nginxFile = resolve(process.argv[3] ?? 'deploy/nginx/security-headers.conf');

const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(dist, f))
  .sort();
if (!htmlFiles.length) throw new Error(`No HTML in ${dist}: build the site first.`);

const all = new Set();
const problems = [];
let inlineScripts = 0;
for (const file of htmlFiles) {
  const html = readFileSync(file, 'utf8');
  const page = inspectPage(html);
  for (const f of page.forbidden) problems.push(`${relative(dist, file)}: ${f}`);
  const hashes = page.scripts.map(scriptHash);
  inlineScripts += hashes.length;
  for (const h of hashes) all.add(h);
  writeFileSync(file, withPolicyMeta(html, page, policy(hashes, { header: false })));
}
if (problems.length) {
  throw new Error(`Inline event handlers or javascript: URLs, which the Content-Security-Policy blocks (move them into a script):\n- ${problems.join('\n- ')}`);
}

const header = policy([...all], { header: true });
writeFileSync(join(dist, '_headers'), headersFile(header));
mkdirSync(dirname(nginxFile), { recursive: true });
writeFileSync(nginxFile, nginxInclude(header));
console.log(`Content-Security-Policy: ${htmlFiles.length} pages, ${inlineScripts} inline scripts, ${all.size} distinct hashes`);
console.log(`  wrote ${relative(process.cwd(), join(dist, '_headers'))} and ${relative(process.cwd(), nginxFile)}`);
