import { expect, test } from '@playwright/test';
import { doneBox, hydrated } from './helpers';

test('print media hides navigation, buttons and search, and shows ticks and notes', async ({ page }) => {
  await page.goto('/handbook/know-the-needs/');
  await hydrated(page);
  await doneBox(page, 'know-the-needs', 'needs-analyse-information').check();
  await page.getByLabel('Notes for this chapter').fill('Printed note');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.sidebar', '.toc', '.pagination', '.site-footer', '.print-button', '.skip-link']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(doneBox(page, 'know-the-needs', 'needs-analyse-information')).toBeVisible();
  await expect(doneBox(page, 'know-the-needs', 'needs-analyse-information')).toBeChecked();
  await expect(page.locator('.notes__print')).toHaveText('Printed note');
  expect(await page.locator('html').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14.6); // 11 pt
});

// PDFs of every page type, worksheets, the workshop pack and the whole handbook: print-pdf.spec.ts.
