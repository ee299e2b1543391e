/**
 * The search dialog's code (src/scripts/search-dialog.ts), bundled into one file at a fixed
 * address, /search-dialog.js. The header's inline opener imports it on first use: a bundled
 * dynamic import would add a loader file to every page, and read-only pages load no script file.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function GET() {
  const out = await build({
    entryPoints: [resolve('src/scripts/search-dialog.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
