import { expect, test } from '@playwright/test';
import { NOT_LIVE, STORAGE_KEY, doneBox, downloadedText, hydrated, refuseWrites, savedAssessment, savedDocument, summaryRow } from './helpers';

const CHAPTER = '/handbook/know-the-needs/';
const LIST = 'know-the-needs';
/** A document as version 1 of the site saved it: it must migrate, and stay untouched until a write succeeds. */
const valid = {
  format: 'inclusion-handbook',
  version: 1,
  checklists: { [LIST]: { 'needs-adapt-services': 'done' } },
  notes: {},
};

test('notes are saved as the reader types, survive a reload and show on the summary', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  const notes = page.getByLabel('Notes for this chapter');
  await notes.fill('Ask the housing office for last year’s figures.\nSecond line <b>not bold</b>');
  await expect(page.getByTestId('notes-status')).toContainText('Saved at');
  await page.reload();
  await hydrated(page);
  await expect(notes).toHaveValue('Ask the housing office for last year’s figures.\nSecond line <b>not bold</b>');
  await page.goto('/summary/');
  await hydrated(page);
  await summaryRow(page, 'handbook/know-the-needs');
  const note = page.locator('[data-note="handbook/know-the-needs"]');
  await expect(note).toContainText('Second line <b>not bold</b>');
  await expect(note.locator('b')).toHaveCount(0);
});

test('text typed before the notes script runs is kept after the saved note', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  await page.getByLabel('Notes for this chapter').fill('Saved earlier');
  await expect(page.getByTestId('notes-status')).toContainText('Saved at');
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/_astro/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  const notes = page.getByLabel('Notes for this chapter');
  await notes.fill('typed early');
  expect(await page.locator(NOT_LIVE).count()).toBeGreaterThan(0);
  release();
  await hydrated(page);
  await expect(notes).toHaveValue('Saved earlier\n\ntyped early');
  await expect.poll(async () => (await savedAssessment(page))?.notes?.['handbook/know-the-needs']?.text).toBe('Saved earlier\n\ntyped early');
});

test('the last keystrokes are kept when the page is closed at once', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await hydrated(page);
  await page.getByLabel('Notes for this chapter').pressSequentially('typed and closed');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(CHAPTER);
  await hydrated(again);
  await expect(again.getByLabel('Notes for this chapter')).toHaveValue('typed and closed');
});

test('corrupt saved data is kept aside, the reader is told, and the site starts afresh', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page); // the page's own store must be loaded before we change storage under it
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"inclusion-handbook","version":1,"checklists":'), STORAGE_KEY);
  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId('storage-notice')).toContainText('could not be read (the data is not valid JSON)');
  await doneBox(page, LIST, 'needs-adapt-services').check();
  const store = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const aside = Object.keys(store).filter((k) => k.startsWith('inclusion-handbook:kept-aside:'));
  expect(aside).toHaveLength(1);
  expect(store[aside[0]!]).toBe('{"format":"inclusion-handbook","version":1,"checklists":');
  expect(JSON.parse(store[STORAGE_KEY]).assessments[0].checklists[LIST]).toEqual({ 'needs-adapt-services': 'done' });
  // The kept copy can be downloaded.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the kept data' }).click();
  expect((await download).suggestedFilename()).toBe('inclusion-handbook-kept-data.json');
});

test('data saved by a newer version is never overwritten', async ({ page }) => {
  const newer = JSON.stringify({ ...valid, version: 99 });
  await page.goto(CHAPTER);
  await hydrated(page); // the page's own store must be loaded before we change storage under it
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, newer]);
  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId('storage-notice')).toContainText('newer version');
  await doneBox(page, LIST, 'needs-adapt-services').check();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(newer);
});

test('with storage disabled the site still works and says changes are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(CHAPTER);
  await hydrated(page);
  await expect(page.getByTestId('storage-notice')).toContainText('does not let the site save anything');
  const box = doneBox(page, LIST, 'needs-adapt-services');
  await box.check();
  await expect(box).toBeChecked();
  await expect(page.getByTestId('checklist-progress').first()).toHaveText('1 of 10 done');
  await page.getByLabel('Notes for this chapter').fill('only in memory');
  await expect(page.getByTestId('notes-status')).toHaveText('Not saved: this browser is not keeping changes');
  await page.goto('/summary/');
  await hydrated(page);
  await expect(page.getByTestId('summary')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a tick the full storage refuses is shown unticked, not counted, and told beside the box', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page); // the page's own store must be loaded before we change storage under it
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(valid)]);
  await refuseWrites(page);
  await page.reload();
  await hydrated(page);
  await expect(doneBox(page, LIST, 'needs-adapt-services')).toBeChecked();
  const box = doneBox(page, LIST, 'needs-analyse-information');
  await box.click();
  await expect(box).not.toBeChecked();
  await expect(page.getByTestId('checklist-progress').first()).toHaveText('1 of 10 done');
  const item = page.locator(`#${LIST}--needs-analyse-information`);
  await expect(item.getByRole('alert')).toContainText('Not saved: your browser’s storage is full');
  await expect(item.getByRole('alert')).toBeInViewport();
  await expect(page.getByTestId('storage-notice')).toContainText('storage is full');
  expect(await savedDocument(page)).toEqual(valid);
});

test('a note the full storage refuses stays in its field, told, with ways to copy and download it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CHAPTER);
  await hydrated(page);
  await refuseWrites(page);
  await page.reload();
  await hydrated(page);
  const notes = page.getByLabel('Notes for this chapter');
  await notes.fill('Figures from the housing office');
  const alert = page.getByTestId('note-not-saved');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Your text is still in the field');
  await notes.blur();
  await expect(notes).toHaveValue('Figures from the housing office');
  await expect(page.getByTestId('notes-status')).not.toContainText('Saved');
  const { name, text } = await downloadedText(page, () => alert.getByRole('button', { name: 'Download the note as a text file' }).click());
  expect(name).toMatch(/\.txt$/);
  expect(text).toBe('Figures from the housing office');
  await alert.getByRole('button', { name: 'Copy the note' }).click();
  await expect(alert).toContainText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Figures from the housing office');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
});

test('two tabs typing two notes at the same moment keep both', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await Promise.all([a.goto(CHAPTER), b.goto('/handbook/coordinate/')]);
  await Promise.all([hydrated(a), hydrated(b)]);
  const label = 'Notes for this chapter';
  await Promise.all([
    a.getByLabel(label).pressSequentially('Typed in the first tab, key by key.', { delay: 15 }),
    b.getByLabel(label).pressSequentially('Typed in the second tab at the same time.', { delay: 15 }),
  ]);
  await Promise.all([a.getByLabel(label).blur(), b.getByLabel(label).blur()]);
  await expect(a.getByTestId('notes-status')).toContainText('Saved');
  await expect(b.getByTestId('notes-status')).toContainText('Saved');
  const both = { 'handbook/know-the-needs': 'Typed in the first tab, key by key.', 'handbook/coordinate': 'Typed in the second tab at the same time.' };
  const texts = async (page: typeof a) => Object.fromEntries(Object.entries((await savedAssessment(page)).notes).map(([k, v]) => [k, (v as { text: string }).text]));
  await expect.poll(() => texts(a)).toEqual(both);
  await expect.poll(() => texts(b)).toEqual(both);
  await b.reload();
  await hydrated(b);
  await expect(b.getByLabel(label)).toHaveValue(both['handbook/coordinate']);
});
