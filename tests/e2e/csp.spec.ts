/**
 * The Content-Security-Policy holds on every page type and in the journeys that run the most
 * script: search (Pagefind's WebAssembly), ticking a checklist item, importing a backup on the
 * summary. Any `securitypolicyviolation` event (listened for before the page's own scripts run)
 * or CSP console message fails the test. Each page carries its policy in a meta element, placed
 * before any script, that allows its inline scripts by hash and nothing inline otherwise.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { doneBox, hydrated, PAGE_TYPES, savedAssessment } from './helpers';
import { inspectPage, scriptHash } from '../../scripts/lib/csp.mjs';
import { directive, watchPolicy } from './csp-helpers';

const dist = resolve(process.env.OUT_DIR ?? 'dist');

/** The policy of the page's meta element, as served. */
async function metaPolicy(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
}


test('every page type runs under a strict policy that allows its inline scripts by hash, with no violation', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchPolicy(page);
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    await page.goto(path);
    await hydrated(page);
    const csp = await metaPolicy(page);
    const scripts = directive(csp, 'script-src');
    expect(scripts, type).toMatch(/^script-src 'self' /);
    expect(scripts, type).not.toContain("'unsafe-inline'");
    expect(scripts, type).not.toMatch(/'unsafe-eval'/);
    for (const part of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"]) expect(csp, type).toContain(part);
    // The meta element comes before any script, and names exactly the page's inline scripts.
    expect(await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
      return [...document.scripts].every((s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
    }), `${type}: policy before every script`).toBe(true);
    const file = path === '/404.html' ? '404.html' : join(path.split('?')[0]!.slice(1), 'index.html');
    const hashes = inspectPage(readFileSync(join(dist, file), 'utf8')).scripts.map(scriptHash);
    expect(new Set(scripts.split(' ').filter((s) => s.startsWith("'sha256-"))), type).toEqual(new Set(hashes));
    expect(await violations(), `${type} ${path}`).toEqual([]);
  }
});

test('search, a tick and a backup import run without a policy violation', async ({ page }) => {
  const violations = await watchPolicy(page);
  // Search: Pagefind loads its index and WebAssembly, then a second query runs in the same page.
  await page.goto('/search/?q=housing');
  await expect(page.locator('.search__result').first()).toBeVisible();
  await page.getByLabel('Search', { exact: true }).fill('ReadSpeaker');
  await expect(page.locator('.search__result').first().getByRole('link')).toHaveText(/MyIntegration\.fi/);
  expect(await violations(), 'search').toEqual([]);

  await page.goto(PAGE_TYPES.chapter!);
  await hydrated(page);
  await doneBox(page, 'know-the-needs', 'needs-analyse-information').check();
  await expect.poll(async () => (await savedAssessment(page))?.checklists?.['know-the-needs']?.['needs-analyse-information']).toBe('done');
  expect(await violations(), 'tick').toEqual([]);

  await page.goto(PAGE_TYPES.summary!);
  await hydrated(page);
  await page.getByLabel('Import a backup file').setInputFiles('tests/fixtures/saved-v1.json');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-status')).toContainText('Imported');
  expect(await violations(), 'import').toEqual([]);
});

test('a script the build did not hash is refused, so the policy is really enforced', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto(PAGE_TYPES.chapter!);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
  // Both detectors see it: the console message and the event.
  await expect.poll(violations).toEqual([expect.stringContaining('violates the following Content Security Policy'), expect.stringContaining('script-src-elem blocked inline')]);
});
