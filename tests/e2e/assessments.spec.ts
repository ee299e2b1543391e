import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { STORAGE_KEY, doneBox, hydrated, naBox, savedDocument, refuseWrites, summaryRow, twoTabs } from './helpers';

const CHAPTER = '/handbook/know-the-needs/';
const LIST = 'know-the-needs';

async function openSummary(page: Page) {
  await page.goto('/summary/');
  await hydrated(page);
}

async function createAssessment(page: Page, name: string) {
  await page.getByLabel('Name of the new assessment').fill(name);
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
}

test('two assessments keep their own ticks; the active one shows in the header', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  await expect(page.getByTestId('assessment-badge')).toContainText('My assessment');
  await doneBox(page, LIST, 'needs-analyse-information').check();

  await openSummary(page);
  await createAssessment(page, 'Housing team 2027');
  await expect(page.locator('.summary__report-meta')).toContainText('Housing team 2027');

  await page.goto(CHAPTER);
  await hydrated(page);
  await expect(page.getByTestId('assessment-badge')).toContainText('Housing team 2027');
  await expect(doneBox(page, LIST, 'needs-analyse-information')).not.toBeChecked();
  await doneBox(page, LIST, 'needs-adapt-services').check();

  await openSummary(page);
  await page.getByRole('radio', { name: /My assessment/ }).check();
  await page.goto(CHAPTER);
  await hydrated(page);
  await expect(doneBox(page, LIST, 'needs-analyse-information')).toBeChecked();
  await expect(doneBox(page, LIST, 'needs-adapt-services')).not.toBeChecked();
});

test('rename, duplicate, and delete with confirmation and undo', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  await doneBox(page, LIST, 'needs-analyse-information').check();
  await openSummary(page);
  // The first assessment is dated the day the reader started, not the epoch.
  await expect(page.locator('[data-assessment="My assessment"]')).toContainText(`started ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`);
  await page.getByRole('button', { name: 'Rename: My assessment' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Reception centre');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('button', { name: 'Duplicate: Reception centre' }).click();
  await expect(page.locator('[data-assessment="Copy of Reception centre"]')).toBeVisible();
  // The copy is active and holds the same ticks.
  const row = await summaryRow(page, `handbook/${LIST}`);
  await expect(row.locator(`[data-group="done"] [data-item="${LIST}/needs-analyse-information"]`)).toHaveCount(1);

  await page.getByRole('button', { name: 'Delete: Reception centre', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Delete “Reception centre”');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-assessment="Reception centre"]')).toBeVisible();
  await page.getByRole('button', { name: 'Delete: Reception centre', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.locator('[data-assessment="Reception centre"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-assessment="Reception centre"]')).toBeVisible();
  const doc = await savedDocument(page);
  expect(doc.assessments.map((a: { name: string }) => a.name)).toEqual(['Reception centre', 'Copy of Reception centre']);
  expect(doc.assessments[0].checklists[LIST]).toEqual({ 'needs-analyse-information': 'done' });
});

test('results are read as the handbook says, leaving not-applicable items out', async ({ page }) => {
  await page.goto('/handbook/work-with-refugees/');
  await hydrated(page);
  const list = 'work-with-refugees-authorities';
  const items = await page.locator(`[data-checklist="${list}"] input[data-mark="done"]`).all();
  for (const [i, box] of items.entries()) {
    if (i === 0) await page.locator(`[data-checklist="${list}"] input[data-mark="na"]`).first().check();
    else await box.check();
  }
  await page.goto(CHAPTER);
  await hydrated(page);
  await doneBox(page, LIST, 'needs-analyse-information').check();
  await openSummary(page);
  await summaryRow(page, 'handbook/work-with-refugees');
  await summaryRow(page, `handbook/${LIST}`);
  await expect(page.locator('[data-page="handbook/work-with-refugees"] [data-testid="task-reading"]')).toHaveText('Some points met');
  await expect(page.locator(`[data-result="${list}"]`)).toContainText('Every point met');
  await expect(page.locator(`[data-result="${list}"]`)).toContainText(`${items.length - 1} of ${items.length - 1} done`);
  await expect(page.locator(`[data-result="${LIST}"]`)).toContainText('Some points met');
  await expect(page.locator(`[data-result="${LIST}"]`)).toContainText('still has work to do');
  await expect(page.locator('[data-page="handbook/serve-everyone"] [data-testid="task-status"]')).toHaveText('Not started');
});

test('an action plan with owners and dates, sortable, overdue ones marked', async ({ page }) => {
  await openSummary(page);
  const plan = async (key: string, action: string, owner: string, due: string) => {
    const pageId = key.startsWith(LIST) ? `handbook/${LIST}` : 'handbook/coordinate';
    const item = (await summaryRow(page, pageId)).locator(`[data-group="open"] [data-item="${key}"]`);
    await item.getByRole('button', { name: /^Plan an action/ }).click();
    await item.getByRole('textbox', { name: 'Action' }).fill(action);
    await item.getByLabel('Who is responsible').fill(owner);
    await item.getByLabel('Target date').fill(due);
  };
  await plan('coordinate/coord-multi-stakeholder-mechanism', 'Set up a round table', 'Mayor’s office', '2099-03-01');
  await plan(`${LIST}/needs-adapt-services`, 'Run a survey', 'Ana', '2020-01-15');
  const rows = page.getByTestId('action-plan').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Run a survey');
  await expect(rows.first()).toContainText('Overdue');
  await expect(rows.nth(1)).not.toContainText('Overdue');
  await page.getByLabel('Sort by').selectOption('chapter');
  await expect(rows.first()).toContainText('Run a survey');
  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId('action-plan').locator('tbody tr')).toHaveCount(2);
});

test('the report prints with the assessment name, plan and notes, and downloads as Markdown and CSV', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  await doneBox(page, LIST, 'needs-analyse-information').check();
  await page.getByLabel('Notes for this chapter').fill('Talk to the school');
  await expect(page.getByTestId('notes-status')).toContainText('Saved');
  await openSummary(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.summary__report-meta')).toBeVisible();
  await expect(page.locator('#assessments')).toBeHidden();
  await expect(page.locator('#transfer')).toBeHidden();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format });
    expect(pdf.length).toBeGreaterThan(10_000);
  }
  await page.emulateMedia({ media: 'screen' });

  const md = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the report as Markdown' }).click();
  const mdText = readFileSync(await (await md).path(), 'utf8');
  expect(mdText).toContain('# My assessment');
  expect(mdText).toContain('Talk to the school');
  expect(mdText).toMatch(/- \[x\] /);

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the checklists as CSV (spreadsheet)' }).click();
  const csvText = readFileSync(await (await csv).path(), 'utf8');
  expect(csvText.split('\r\n')[0]).toBe('Assessment,Page,Checklist,Item id,Item,State,Action,Responsible,Target date');
  expect(csvText).toContain(',needs-analyse-information,');
});

test('export, clear the browser, import: everything comes back exactly', async ({ page, context }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  await doneBox(page, LIST, 'needs-analyse-information').check();
  await naBox(page, LIST, 'needs-remove-documentation').check();
  await page.getByLabel('Notes for this chapter').fill('Line one\nLine two');
  await expect(page.getByTestId('notes-status')).toContainText('Saved');
  await openSummary(page);
  await createAssessment(page, 'Second team');
  const before = (await savedDocument(page)).assessments;

  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup of everything (JSON)' }).click();
  const file = await (await exported).path();

  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  await openSummary(page);
  await page.getByLabel('Import a backup file').setInputFiles(file);
  await expect(page.getByTestId('import-preview')).toContainText('“My assessment”: 2 marked items, 1 notes, 0 actions');
  await expect(page.getByTestId('import-preview')).toContainText('“Second team”');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-status')).toContainText('Imported 2 assessments');
  // Nothing was saved in the cleared browser: the import takes the empty default's place.
  await expect(page.getByTestId('import-status')).toContainText('took the place of the empty “My assessment”');
  expect((await savedDocument(page)).assessments).toEqual(before);
});

test('a crafted file with script in its notes and names is shown as text, never run', async ({ page }) => {
  const evil = {
    format: 'inclusion-handbook',
    version: 2,
    active: 'x',
    assessments: [
      {
        id: 'x',
        name: '<img src=x onerror="window.__pwned=1">Team',
        created: '2026-01-01T00:00:00.000Z',
        checklists: {},
        notes: { 'handbook/know-the-needs': { text: '<script>window.__pwned=2</script><b>bold?</b>', updated: '2026-01-01T00:00:00.000Z' } },
        actions: {},
      },
    ],
    scorecards: [],
  };
  await openSummary(page);
  await page.getByLabel('Import a backup file').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(evil)) });
  await expect(page.getByTestId('import-preview')).toContainText('<img src=x onerror="window.__pwned=1">Team');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('radio', { name: /onerror/ }).check();
  await summaryRow(page, 'handbook/know-the-needs');
  await expect(page.locator('[data-note="handbook/know-the-needs"]')).toContainText('<script>window.__pwned=2</script><b>bold?</b>');
  await page.goto(CHAPTER);
  await hydrated(page);
  await expect(page.getByTestId('assessment-badge')).toContainText('<img src=x');
  await expect(page.getByLabel('Notes for this chapter')).toHaveValue('<script>window.__pwned=2</script><b>bold?</b>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main b').count()).toBe(0);
});

for (const [label, content, message] of [
  ['malformed', '{"format": "inclusion-handbook", "version": 2', 'not a valid JSON file'],
  ['from another tool', JSON.stringify({ type: 'FeatureCollection', features: [] }), 'not made by this handbook'],
  ['from a newer version', JSON.stringify({ format: 'inclusion-handbook', version: 7 }), 'newer version of this handbook'],
  ['too large', `{"format":"inclusion-handbook","pad":"${'x'.repeat(2 * 1024 * 1024)}"}`, 'too large'],
] as const) {
  test(`an import file ${label} is refused with a reason, and nothing saved changes`, async ({ page }) => {
    await page.goto(CHAPTER);
    await hydrated(page);
    await doneBox(page, LIST, 'needs-analyse-information').check();
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    await openSummary(page);
    await page.getByLabel('Import a backup file').setInputFiles({ name: 'file.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
  });
}

test('replacing an assessment keeps the previous content until the reader confirms', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  await doneBox(page, LIST, 'needs-analyse-information').check();
  const incoming = {
    format: 'inclusion-handbook', version: 2, active: 'n',
    assessments: [{ id: 'n', name: 'From colleague', created: '2026-01-01T00:00:00.000Z', checklists: { [LIST]: { 'needs-adapt-services': 'done' } }, notes: {}, actions: {} }],
    scorecards: [],
  };
  await openSummary(page);
  await page.getByLabel('Import a backup file').setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(incoming)) });
  await page.getByRole('radio', { name: 'Replace an assessment with it' }).check();
  await page.getByLabel('Assessment to replace').selectOption({ label: 'My assessment' });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-status')).toContainText('kept as “My assessment (before import)”');
  let doc = await savedDocument(page);
  expect(doc.assessments.map((a: { name: string }) => a.name)).toEqual(['My assessment', 'My assessment (before import)']);
  expect(doc.assessments[0].checklists[LIST]).toEqual({ 'needs-adapt-services': 'done' });
  expect(doc.assessments[1].checklists[LIST]).toEqual({ 'needs-analyse-information': 'done' });

  await page.getByRole('button', { name: 'Undo the import' }).click();
  doc = await savedDocument(page);
  expect(doc.assessments.map((a: { name: string }) => a.name)).toEqual(['My assessment']);
  expect(doc.assessments[0].checklists[LIST]).toEqual({ 'needs-analyse-information': 'done' });
});

test('two tabs editing at once keep both changes', async ({ context }) => {
  const [a, b] = await twoTabs(context, CHAPTER);
  await doneBox(a, LIST, 'needs-analyse-information').check();
  await doneBox(b, LIST, 'needs-adapt-services').check();
  await naBox(a, LIST, 'needs-remove-documentation').check();
  await b.getByLabel('Notes for this chapter').fill('written in tab B');
  await expect(b.getByTestId('notes-status')).toContainText('Saved');
  await a.reload();
  await hydrated(a);
  await expect(doneBox(a, LIST, 'needs-analyse-information')).toBeChecked();
  await expect(doneBox(a, LIST, 'needs-adapt-services')).toBeChecked();
  await expect(naBox(a, LIST, 'needs-remove-documentation')).toBeChecked();
  await expect(a.getByLabel('Notes for this chapter')).toHaveValue('written in tab B');
});

test('when storage is full the reader is offered a backup at once', async ({ page }) => {
  await page.goto(CHAPTER);
  await hydrated(page);
  await doneBox(page, LIST, 'needs-analyse-information').check();
  await refuseWrites(page);
  await page.reload();
  await hydrated(page);
  await doneBox(page, LIST, 'needs-adapt-services').click();
  const backup = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup now' }).click();
  const text = readFileSync(await (await backup).path(), 'utf8');
  // The backup holds what is saved; the refused tick is shown as not saved, not smuggled in.
  expect(JSON.parse(text).assessments[0].checklists[LIST]).toEqual({ 'needs-analyse-information': 'done' });
});
