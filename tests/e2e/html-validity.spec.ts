import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

/** The W3C Nu HTML checker's jar, from the `vnu-jar` package (it needs Java: see .ci/run). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const dist = resolve('dist');

interface VnuMessage { type: string; url: string; lastLine?: number; message: string; extract?: string }

test('every built page is valid HTML for the W3C Nu checker', async () => {
  test.setTimeout(120_000);
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html'));
  expect(pages.length, 'run `npm run build` first').toBeGreaterThan(300);
  // One run over the whole build (about 15 s for 390 pages). The JSON report goes to stderr.
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`The HTML checker needs Java (Debian: apt-get install default-jre-headless): ${run.error.message}`);
  const output = (run.stderr || run.stdout).trim();
  expect(output.startsWith('{'), `the checker did not report: ${output.slice(0, 500)}`).toBe(true);
  const report = JSON.parse(output) as { messages: VnuMessage[] };
  const errors = report.messages
    .filter((m) => m.type === 'error')
    .map((m) => `${relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
  expect(errors, `${errors.length} HTML errors`).toEqual([]);
});
