import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { STORAGE_KEY, doneBox, downloadedText, fillStorage, hydrated, refuseWrites, savedDocument, summaryRow } from './helpers';

const KEPT = 'inclusion-handbook:kept-aside:';
const DAMAGED = '{"format":"inclusion-handbook","version":2,"assessments":';

/** A page of the site that reads no saved data, to prepare storage before the reader arrives. */
async function prepare(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto('/glossary/');
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, entries);
}

async function openSummary(page: Page): Promise<void> {
  await page.goto('/summary/');
  await hydrated(page);
}

async function importFile(page: Page, content: unknown, name = 'backup.json'): Promise<void> {
  await page.getByLabel('Import a backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

/** A backup as the summary exports it: one assessment with a tick and a note, and a scorecard. */
function backup(noteText = 'From the other laptop') {
  const when = '2026-11-20T09:00:00.000Z';
  return {
    format: 'inclusion-handbook',
    version: 2,
    exported: when,
    active: 'assessment-team',
    assessments: [
      {
        id: 'assessment-team',
        name: 'Housing team',
        created: when,
        checklists: { 'know-the-needs': { 'needs-adapt-services': 'done' } },
        notes: { 'handbook/know-the-needs': { text: noteText, updated: when } },
        actions: {},
      },
    ],
    scorecards: [{ id: 'scorecard-desk', name: 'Welcome desk', created: when, updated: when, ratings: {}, evidence: {} }],
  };
}

test('damaged data met first on the home page is told there, offered for download, and told on every page until dismissed', async ({ page }) => {
  await prepare(page, { [STORAGE_KEY]: DAMAGED });
  await page.goto('/');
  await hydrated(page);
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('could not be read (the data is not valid JSON)');
  await expect(notice).toHaveAttribute('role', 'alert');
  const { text } = await downloadedText(page, () => notice.getByRole('button', { name: 'Download the kept data' }).click());
  expect(text).toBe(DAMAGED);

  // The chapter now starts afresh, and still says why.
  await page.goto('/handbook/know-the-needs/');
  await hydrated(page);
  await expect(page.getByTestId('storage-notice')).toContainText('could not be read');
  await page.getByTestId('storage-notice').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  await page.goto('/summary/');
  await hydrated(page);
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  await expect(page.getByTestId('kept-aside')).toContainText('Set aside on');
});

test('kept-aside copies are listed on the summary with date and size, downloaded and deleted', async ({ page }) => {
  const older = '{"broken": "first incident"}';
  const newer = 'x'.repeat(3000);
  await prepare(page, { [`${KEPT}2026-11-02T08:30:00.000Z`]: older, [`${KEPT}2026-11-28T16:45:00.000Z`]: newer });
  await openSummary(page);
  const list = page.getByTestId('kept-aside');
  await expect(list.getByRole('heading', { name: 'Data kept aside' })).toBeVisible();
  await expect(list).toContainText('At most 3 copies are kept');
  const items = list.locator('li');
  await expect(items).toHaveCount(2);
  // Newest first; times shown in the reader's own time zone, so only the day is checked here.
  await expect(items.nth(0)).toContainText(/Set aside on 28 November 2026, \d\d:\d\d \(2\.9 KB\)/);
  await expect(items.nth(1)).toContainText(/Set aside on 2 November 2026, \d\d:\d\d \(28 bytes\)/);

  const { text } = await downloadedText(page, () => items.nth(1).getByRole('button', { name: /^Download/ }).click());
  expect(text).toBe(older);

  await items.nth(1).getByRole('button', { name: /^Delete/ }).click();
  await expect(items.nth(1)).toContainText('It cannot be undone');
  await items.nth(1).getByRole('button', { name: 'Keep it' }).click();
  await expect(items).toHaveCount(2);
  await items.nth(1).getByRole('button', { name: /^Delete/ }).click();
  await items.nth(1).getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(items).toHaveCount(1);
  await expect(list.getByRole('status')).toHaveText('The copy was deleted.');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('inclusion-handbook:kept-aside:')));
  expect(keys).toEqual([`${KEPT}2026-11-28T16:45:00.000Z`]);
});

test('kept-aside copies never fill the storage: at most three, the oldest dropped first', async ({ page }) => {
  const copies = Object.fromEntries(['2026-10-01', '2026-10-02', '2026-10-03'].map((d) => [`${KEPT}${d}T10:00:00.000Z`, `{"old":"${d}"}`]));
  await prepare(page, { ...copies, [STORAGE_KEY]: DAMAGED });
  await page.goto('/handbook/know-the-needs/');
  await hydrated(page);
  await expect(page.getByTestId('storage-notice')).toContainText('kept aside');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('inclusion-handbook:kept-aside:')).sort());
  expect(keys).toHaveLength(3);
  expect(keys.slice(0, 2)).toEqual([`${KEPT}2026-10-02T10:00:00.000Z`, `${KEPT}2026-10-03T10:00:00.000Z`]);
  expect(await page.evaluate((k) => localStorage.getItem(k), keys[2]!)).toBe(DAMAGED);
});

test('an import larger than the space left is refused before anything is written', async ({ page }) => {
  await openSummary(page);
  await fillStorage(page, 100 * 1024);
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  await importFile(page, backup('n'.repeat(300 * 1024)));
  const error = page.locator('#import-error');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText(/Nothing was imported: this file needs about 30\d KB of your browser’s storage and about (9\d|10\d) KB are left/);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
  await page.reload();
  await hydrated(page);
  await expect(page.getByText('Housing team')).toHaveCount(0);
});

test('an import the browser refuses to save says so and leaves storage as it was', async ({ page }) => {
  await openSummary(page);
  await page.getByLabel('Name of the new assessment').fill('Youth service');
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  await refuseWrites(page);
  await page.reload();
  await hydrated(page);
  await importFile(page, backup());
  await expect(page.locator('#import-error')).toContainText('Nothing was imported: the browser refused to save it');
  await expect(page.getByTestId('import-status')).not.toContainText('Imported');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
});

test('in a fresh browser the import takes the place of the empty default assessment', async ({ page }) => {
  await openSummary(page);
  await importFile(page, backup());
  const status = page.getByTestId('import-status');
  await expect(status).toContainText('Imported 1 assessment and 1 scorecard, as saved in this browser now.');
  await expect(status).toContainText('took the place of the empty “My assessment”');
  const doc = await savedDocument(page);
  expect(doc.assessments.map((a: { name: string }) => a.name)).toEqual(['Housing team']);
  expect(doc.active).toBe('assessment-team');
  expect(doc.scorecards.map((s: { name: string }) => s.name)).toEqual(['Welcome desk']);
});

test('importing the same file twice adds nothing the second time, and says so', async ({ page }) => {
  await page.goto('/handbook/know-the-needs/');
  await hydrated(page);
  await page.getByLabel('Notes for this chapter').fill('My own note');
  await expect(page.getByTestId('notes-status')).toContainText('Saved');
  await openSummary(page);
  await importFile(page, backup());
  await expect(page.getByTestId('import-status')).toContainText('Imported 1 assessment and 1 scorecard');
  const once = await savedDocument(page);
  expect(once.assessments.map((a: { name: string }) => a.name)).toEqual(['My assessment', 'Housing team']);

  await importFile(page, backup(), 'backup-again.json');
  await expect(page.getByTestId('import-status')).toHaveText('Everything in this file is already here, with the same content: nothing was added.');
  expect(await savedDocument(page)).toEqual(once);

  // The same assessment with other content is added beside it, never over it.
  await importFile(page, backup('A changed note'), 'changed.json');
  await expect(page.getByTestId('import-status')).toContainText('Imported 1 assessment');
  await expect(page.getByTestId('import-status')).toContainText('Already here with the same content, so not added again: “Welcome desk”.');
  const thrice = await savedDocument(page);
  expect(thrice.assessments).toHaveLength(3);
  expect(thrice.scorecards).toHaveLength(1);
});

test('the storage messages pass axe in light and dark mode, the list of kept copies and the refused tick and note included', async ({ page }) => {
  test.setTimeout(90_000); // four axe runs over two long pages
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  await prepare(page, { [`${KEPT}2026-11-28T16:45:00.000Z`]: '{"x":1}', [STORAGE_KEY]: DAMAGED });
  await refuseWrites(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openSummary(page);
    await expect(page.getByTestId('kept-aside').locator('li')).toHaveCount(2);
    expect((await axe()).violations).toEqual([]);
    await page.goto('/handbook/know-the-needs/');
    await hydrated(page);
    await doneBox(page, 'know-the-needs', 'needs-analyse-information').click();
    await page.getByLabel('Notes for this chapter').fill('kept in the field');
    await page.getByLabel('Notes for this chapter').blur();
    await expect(page.getByTestId('mark-not-saved')).toBeVisible();
    await expect(page.getByTestId('note-not-saved')).toBeVisible();
    // axe's target-size rule judges overlaps at the current scroll position, and whatever sits
    // under the sticky header at that moment counts as obscured: look from the top, as on load.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await axe()).violations).toEqual([]);
  }
});

/** Fills the quota as far as it goes: `fillStorage`, then the last few characters too. */
async function fillStorageFull(page: Page): Promise<void> {
  await fillStorage(page, 0);
  await page.evaluate(() => {
    let n = 0;
    for (const size of [64, 1]) {
      for (;;) {
        try {
          localStorage.setItem(`filler-tail-${n}`, 'f'.repeat(size));
          n++;
        } catch {
          break;
        }
      }
    }
  });
}

const freeStorage = (page: Page) =>
  page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });

const NOT_SAVED = /^Not saved: your browser’s storage is full/;

test('a scorecard rating or evidence the full storage refuses is told beside it, and the control shows what is saved', async ({ page }) => {
  const doc = backup();
  doc.scorecards[0]!.ratings = { 'spring-ip-inclusive-approach': 'met' } as never;
  await prepare(page, { [STORAGE_KEY]: JSON.stringify(doc) });
  await page.goto('/scorecard/');
  await hydrated(page);
  await expect(page.locator('#spring-ip-inclusive-approach--met')).toBeChecked();
  await fillStorageFull(page);

  const criterion = page.locator('li[data-criterion="spring-ip-accessible-information"]');
  // click, not check: check() insists that the box end up checked.
  await page.locator('#spring-ip-accessible-information--partly').click();
  await expect(criterion.getByTestId('sc-not-saved')).toHaveText(NOT_SAVED);
  await expect(criterion.getByTestId('sc-not-saved')).toHaveAttribute('role', 'status');
  await expect(page.locator('#spring-ip-accessible-information--none')).toBeChecked();
  await expect(page.locator('#spring-ip-accessible-information--partly')).not.toBeChecked();
  // The same refusal twice still leaves the saved rating showing.
  await page.locator('#spring-ip-accessible-information--met').click();
  await expect(page.locator('#spring-ip-accessible-information--none')).toBeChecked();
  await expect(page.getByTestId('sc-not-saved')).toHaveCount(1);

  const evidence = page.getByLabel('Evidence and notes for question 1.1 (optional)');
  await evidence.fill('Leaflets in four languages.');
  await expect(evidence).toHaveValue('');
  await expect(page.locator('.sc-evidence').filter({ has: evidence }).getByTestId('sc-not-saved')).toHaveText(NOT_SAVED);
  await expect(page.getByTestId('sc-not-saved')).toHaveCount(1);
  // A name the storage refuses: the field shows the saved name, the message moves beside it.
  const name = page.getByLabel('Practice or service you are rating');
  await name.fill('Welcome desk, Kraków');
  await expect(name).toHaveValue('Welcome desk');
  await expect(page.locator('.sc__name').getByTestId('sc-not-saved')).toHaveText(NOT_SAVED);
  await expect(page.getByTestId('sc-not-saved')).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);

  // With room again, the next change is saved and the message goes.
  await freeStorage(page);
  await page.locator('#spring-ip-accessible-information--partly').check();
  await expect(page.getByTestId('sc-not-saved')).toHaveCount(0);
  await expect(page.locator('#spring-ip-accessible-information--partly')).toBeChecked();
  expect((await savedDocument(page)).scorecards[0].ratings).toEqual({ 'spring-ip-inclusive-approach': 'met', 'spring-ip-accessible-information': 'partly' });
});

test('a planned action the full storage refuses is told beside its fields, which show what is saved', async ({ page }) => {
  await prepare(page, { [STORAGE_KEY]: JSON.stringify(backup()) });
  await openSummary(page);
  const row = await summaryRow(page, 'handbook/know-the-needs');
  const item = row.locator('[data-item="know-the-needs/needs-analyse-information"]');
  await item.getByRole('button', { name: /^Plan an action: / }).click();
  await fillStorageFull(page);

  const action = item.getByRole('textbox', { name: 'Action' });
  await action.fill('Run a survey');
  const status = item.getByTestId('action-status');
  await expect(status).toHaveText(NOT_SAVED);
  await expect(status).toHaveAttribute('role', 'status');
  await expect(action).toHaveValue('');
  await item.getByLabel('Who is responsible').fill('Ana');
  await expect(item.getByLabel('Who is responsible')).toHaveValue('');
  await expect(status).toHaveText(NOT_SAVED);
  expect((await savedDocument(page)).assessments[0].actions).toEqual({});
  await page.evaluate(() => window.scrollTo(0, 0));
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);

  await freeStorage(page);
  await action.fill('Run a survey');
  await expect(status).toContainText(/Saved at \d\d:\d\d\./);
  await expect(action).toHaveValue('Run a survey');
  expect((await savedDocument(page)).assessments[0].actions['know-the-needs/needs-analyse-information'].action).toBe('Run a survey');
});
