import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { doneBox, hydrated } from './helpers';

async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' '));
}

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

for (const format of ['A4', 'Letter'] as const) {
  test(`a chapter prints to a ${format} PDF without navigation text`, async ({ page }) => {
    await page.goto('/handbook/know-the-needs/');
    await hydrated(page);
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await page.pdf({ format, printBackground: true }));
    const all = pages.join(' ');
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.length).toBeLessThan(20);
    expect(all).toContain('Have clarity about the support needed');
    for (const chrome of ['Skip to main content', 'Your summary', 'On this page', 'Print worksheet', 'Next Strive']) {
      expect(all).not.toContain(chrome);
    }
  });
}

test('the worksheet prints every item once with empty boxes and a date line', async ({ page }) => {
  await page.goto('/handbook/know-the-needs/worksheet/');
  const items = await page.locator('.worksheet__text').allTextContents();
  expect(items).toHaveLength(10);
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const all = pages.join(' ');
  expect(all).toContain('Worksheet: Have clarity about the support needed');
  expect(all).toContain('Date');
  for (const item of items) {
    const start = item.slice(0, 40).replace(/\s+/g, ' ');
    expect(all.split(start).length - 1, `item printed once: ${start}`).toBe(1);
  }
  expect(all).not.toContain('Skip to main content');
});
