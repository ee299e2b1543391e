import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { hydrated, savedAssessment, summaryRow } from './helpers';

const sectorIds = readdirSync('content/sectors').map((f) => f.replace(/\.mdx$/, ''));

test('activities on the employment page are marked, survive a reload and show on the summary', async ({ page }) => {
  await page.goto('/sectors/employment/');
  await hydrated(page);
  const list = 'sector-employment';
  await page.locator(`#${list}--emp-labour-market-info-done`).check();
  await page.locator(`#${list}--emp-qualifications-planned`).check();
  await expect(page.getByTestId('checklist-progress').first()).toContainText('1 of 18 done, 1 planned');
  await page.reload();
  await hydrated(page);
  await expect(page.locator(`#${list}--emp-labour-market-info-done`)).toBeChecked();
  await expect(page.locator(`#${list}--emp-qualifications-planned`)).toBeChecked();
  // "We do this" and "Planned" exclude each other.
  await page.locator(`#${list}--emp-qualifications-done`).check();
  await expect(page.locator(`#${list}--emp-qualifications-planned`)).not.toBeChecked();
  await page.locator(`#${list}--emp-work-language-planned`).check();
  expect((await savedAssessment(page)).checklists[list]).toEqual({ 'emp-labour-market-info': 'done', 'emp-qualifications': 'done', 'emp-work-language': 'planned' });

  await page.goto('/summary/');
  await hydrated(page);
  const row = await summaryRow(page, 'sectors/employment');
  await expect(row.getByTestId('task-reading')).toHaveText('1 planned');
  await expect(row.locator(`[data-group="open"] [data-item="${list}/emp-work-language"]`)).toContainText('Planned');
  await expect(row.locator(`[data-group="done"] [data-item="${list}/emp-qualifications"]`)).toHaveCount(1);
});

test('the indicators copy as tab-separated text for a monitoring plan', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/sectors/housing/');
  await hydrated(page);
  const rows = await page.locator('table.indicators tbody tr').count();
  await page.getByRole('button', { name: 'Copy the indicators as text' }).click();
  await expect(page.locator('.copy-text__status')).toContainText('Copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines[0]).toBe('Indicators: Housing\tBaseline\tTarget');
  expect(lines).toHaveLength(rows + 1);
  const first = await page.locator('table.indicators tbody tr td').nth(1).textContent();
  expect(lines[1]).toBe(`${first}\t\t`);
});

test('every sector page passes axe and shows what the source gives it', async ({ page }) => {
  test.setTimeout(120_000);
  for (const id of sectorIds) {
    const fm = parse(readFileSync(`content/sectors/${id}.mdx`, 'utf8').split(/^---$/m)[1]!);
    await page.goto(`/sectors/${id}/`);
    await hydrated(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${id}: ${v.id}`)).toEqual([]);
    await expect(page.locator('table.indicators tbody tr')).toHaveCount((fm.indicators ?? []).length);
    await expect(page.locator('[id^="tip-"]')).toHaveCount((fm.tips ?? []).length);
    await expect(page.locator('[id^="characteristic-"]')).toHaveCount((fm.characteristics ?? []).length);
  }
});

test('an element and its IFRC good practices link both ways', async ({ page }) => {
  await page.goto('/sectors/social-connections/');
  const link = page.locator('#good-practices').locator('..').getByRole('link', { name: /Buddy Programme/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('link', { name: 'Social connections' }).first()).toBeVisible();
});
