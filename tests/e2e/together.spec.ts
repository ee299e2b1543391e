import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { STORAGE_KEY, collectErrors, hydrated, savedDocument } from './helpers';
import { watchPolicy } from './csp-helpers';
import { extractText, getDocumentProxy } from 'unpdf';

const LIST = 'know-the-needs';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface A { id: string; name: string; checklists?: Record<string, Record<string, string>>; notes?: Record<string, string> }

const assessment = ({ id, name, checklists = {}, notes = {} }: A) => ({
  id,
  name,
  created: '2026-01-01T00:00:00.000Z',
  checklists,
  notes: Object.fromEntries(Object.entries(notes).map(([k, text]) => [k, { text, updated: '2026-01-02T00:00:00.000Z' }])),
  actions: {},
});

const documentOf = (list: A[]) => ({ format: 'inclusion-handbook', version: 2, active: list[0]!.id, assessments: list.map(assessment), scorecards: [] });

/** Puts a saved document in the browser's storage and opens `path` with it. */
async function seed(page: Page, list: A[], path: string) {
  await page.goto('/404.html');
  await page.evaluate(([key, doc]) => localStorage.setItem(key as string, JSON.stringify(doc)), [STORAGE_KEY, documentOf(list)] as const);
  await page.goto(path);
  await hydrated(page);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('compare assessments', () => {
  const y2025: A = { id: 'a-2025', name: '2025', checklists: { [LIST]: { 'needs-analyse-information': 'done' }, coordinate: { 'coord-multi-stakeholder-mechanism': 'done' } } };
  const y2026: A = {
    id: 'a-2026',
    name: '2026',
    checklists: {
      [LIST]: { 'needs-analyse-information': 'done', 'needs-identify-challenges': 'done', 'needs-adapt-services': 'na' },
      coordinate: { 'coord-multi-stakeholder-mechanism': 'done' },
    },
  };

  test('progress of each per chapter, the change, and the items that differ', async ({ page }) => {
    const errors = collectErrors(page);
    const policy = await watchPolicy(page);
    await seed(page, [y2025, y2026], '/summary/compare/');
    const row = page.locator(`[data-testid="compare-pages"] tr[data-page="handbook/${LIST}"]`);
    await expect(row).toContainText('1 of 10 (10%)');
    await expect(row).toContainText('2 of 9 (22%)');
    await expect(row).toContainText('+1 done (+12 points)');
    await expect(row.locator('[data-differences]')).toHaveText('2');
    await expect(page.locator('[data-testid="compare-pages"] tr[data-page="handbook/coordinate"] [data-differences]')).toHaveText('0');

    // Only the differences by default: exactly the two items, with each state.
    const items = page.locator('[data-testid="compare-items"] tbody tr');
    await expect(items).toHaveCount(2);
    await expect(page.locator(`[data-item="${LIST}/needs-identify-challenges"]`)).toContainText('To do');
    await expect(page.locator(`[data-item="${LIST}/needs-identify-challenges"]`)).toContainText('Done');
    await expect(page.locator(`[data-item="${LIST}/needs-adapt-services"]`)).toContainText('Not applicable');

    // The chart: one bar per key area and assessment, with the same figures in the table.
    const areas = page.locator('[data-testid="compare-areas"] tbody tr');
    const areaCount = await areas.count();
    expect(areaCount).toBeGreaterThanOrEqual(5);
    await expect(page.locator('.compare-chart__bar')).toHaveCount(areaCount * 2);
    await expect(page.locator('.compare-chart svg, svg.compare-chart__svg')).toHaveAttribute('role', 'img');
    await expect(page.locator('.compare-chart')).toContainText('2026: 22%');
    await expect(areas.filter({ hasText: 'Key area 1' })).toContainText('2 of 9 (22%)');
    await axe(page);

    // Every item, and the setting survives a reload.
    await page.getByLabel('Only items that differ').uncheck();
    await expect(page.getByTestId('compare-items-count')).not.toContainText('2 of');
    const all = await items.count();
    await expect(page.getByTestId('compare-items-count')).toHaveText(`${all} of ${all} items shown.`);
    expect(all).toBeGreaterThan(200);
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Only items that differ')).not.toBeChecked();
    await expect(items).toHaveCount(all);
    await page.getByLabel('Only items that differ').check();
    await expect(items).toHaveCount(2);

    // Prints on A4, without its controls.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Assessments to compare')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    // The overview, the chart with its table and the two differing items fit on at most 3 A4 pages.
    expect(text.length).toBeLessThanOrEqual(3);
    const printed = text.join('\n');
    expect(printed).toContain('2025 · 2026');
    expect(printed).toContain('2 of 9 (22%)');
    expect(printed).toContain('Progress per key area');
    expect(printed).not.toContain('Assessments to compare');
    await page.emulateMedia({ media: 'screen' });

    // Fewer than two chosen: told, nothing compared.
    await page.getByRole('checkbox', { name: '2025' }).uncheck();
    await expect(page.getByText('Choose at least two assessments to compare.')).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('checkbox', { name: '2025' })).not.toBeChecked();
    expect(await policy()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('with one assessment, the page says how to get a second', async ({ page }) => {
    await page.goto('/summary/compare/');
    await hydrated(page);
    await expect(page.getByTestId('compare-only-one')).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe(page);
  });

  test('the print button is offered only while two assessments or more are compared', async ({ page }) => {
    const print = page.getByRole('button', { name: 'Print the comparison' });
    await page.goto('/summary/compare/');
    await hydrated(page);
    await expect(page.getByTestId('compare-only-one')).toHaveText(
      'There is only one assessment in this browser. Start a second one on your summary page, or import a colleague’s file there, to compare them. Back to your summary',
    );
    await expect(page.getByTestId('compare-only-one').getByRole('link', { name: 'Back to your summary' })).toHaveAttribute('href', '/summary/');
    await expect(print).toHaveCount(0);

    await seed(page, [y2025, y2026], '/summary/compare/');
    await expect(page.getByTestId('compare')).toBeVisible();
    await expect(print).toBeVisible();
    await page.evaluate(() => { window.print = () => document.body.setAttribute('data-printed', ''); });
    await print.click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', '');

    // One chosen: nothing to print again, until a second is chosen.
    await page.getByRole('checkbox', { name: '2025' }).uncheck();
    await expect(page.getByText('Choose at least two assessments to compare.')).toBeVisible();
    await expect(print).toHaveCount(0);
    await page.getByRole('checkbox', { name: '2025' }).check();
    await expect(print).toBeVisible();
    await axe(page);
  });
});

const file = (name: string, list: A[]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(documentOf(list))) });

test.describe('team answers', () => {
  const anna: A = { id: 'x1', name: 'Anna', checklists: { [LIST]: { 'needs-analyse-information': 'done', 'needs-adapt-services': 'done' } }, notes: { [`handbook/${LIST}`]: 'We share the data monthly.' } };
  const ben: A = { id: 'x1', name: 'Ben', checklists: { [LIST]: { 'needs-analyse-information': 'done', 'needs-adapt-services': 'done' } }, notes: { 'handbook/coordinate': 'No round table yet.' } };
  // Cleo kept the default name: she is named after her file.
  const cleo: A = { id: 'x1', name: 'My assessment', checklists: { [LIST]: { 'needs-analyse-information': 'done', 'needs-adapt-services': 'na' } }, notes: { [`handbook/${LIST}`]: '<img src=x onerror="window.__pwned=1">' } };

  test('three colleagues, one disagreement, the majority, one click per item, notes per colleague', async ({ page }) => {
    const errors = collectErrors(page);
    const policy = await watchPolicy(page);
    await page.goto('/summary/team/');
    await hydrated(page);
    await axe(page);

    // Refused files, each with its reason, shown as text.
    await page.getByLabel('Add colleagues’ exported files').setInputFiles([
      { name: '<b onmouseover=alert(1)>x.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') },
      { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...documentOf([anna]), version: 99 })) },
      { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 32) },
    ]);
    const refusals = page.getByTestId('team-refusals');
    await expect(refusals.locator('li')).toHaveCount(3);
    await expect(refusals).toContainText('<b onmouseover=alert(1)>x.json: This file cannot be read: it is not a valid JSON file');
    await expect(refusals).toContainText('newer.json: This file was made by a newer version');
    await expect(refusals).toContainText('huge.json: This file is too large');
    expect((await savedDocument(page))?.assessments?.length ?? 1).toBe(1);

    await page.getByLabel('Add colleagues’ exported files').setInputFiles([file('anna.json', [anna]), file('ben.json', [ben]), file('cleo.json', [cleo])]);
    await expect(page.getByText('Added: Anna, Ben, cleo.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'cleo' })).toBeChecked();

    await page.getByLabel('Name of the new team assessment').fill('Reception team 2026');
    await page.getByRole('button', { name: 'Start the team assessment' }).click();
    await expect(page.getByTestId('team-summary')).toContainText('on which colleagues disagree');
    const total = Number((await page.getByTestId('team-summary').textContent())!.match(/^(\d+) items/)![1]);
    await expect(page.getByTestId('team-summary')).toHaveText(`${total} items, 1 on which colleagues disagree; the team has answered 0.`);

    const disputed = page.locator(`[data-item="${LIST}/needs-adapt-services"]`);
    await expect(disputed).toContainText('Colleagues disagree');
    await expect(disputed).toContainText('Done: Anna, Ben; Not applicable: cleo');
    await expect(disputed.getByRole('button', { name: 'Done (2)' })).toBeVisible();
    await expect(disputed.getByRole('button', { name: 'Not applicable (1)' })).toBeVisible();
    await page.getByLabel('Only items on which colleagues disagree').check();
    await expect(page.locator('.team-item')).toHaveCount(1);
    await axe(page);

    await page.getByRole('button', { name: 'Take the majority answer for every item that has one' }).click();
    let doc = await savedDocument(page);
    let team = doc.assessments.find((a: { name: string }) => a.name === 'Reception team 2026');
    expect(team.checklists[LIST]).toEqual({ 'needs-analyse-information': 'done', 'needs-adapt-services': 'done' });
    expect(doc.active).toBe(team.id);

    // The facilitator overrules the majority in one click.
    await disputed.getByRole('button', { name: 'Not applicable (1)' }).click();
    await expect(disputed.getByRole('button', { name: 'Not applicable (1)' })).toHaveAttribute('aria-pressed', 'true');
    doc = await savedDocument(page);
    team = doc.assessments.find((a: { name: string }) => a.name === 'Reception team 2026');
    expect(team.checklists[LIST]['needs-adapt-services']).toBe('na');
    expect(team.notes[`handbook/${LIST}`].text).toBe('Anna:\nWe share the data monthly.\n\ncleo:\n<img src=x onerror="window.__pwned=1">');
    expect(team.notes['handbook/coordinate'].text).toBe('Ben:\nNo round table yet.');

    // A reload keeps the colleagues, the team and the filter.
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Only items on which colleagues disagree')).toBeChecked();
    await expect(page.locator(`[data-item="${LIST}/needs-adapt-services"]`).getByRole('button', { name: 'Not applicable (1)' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('team-summary')).toContainText('the team has answered 2');
    expect(await policy()).toEqual([]);

    // An ordinary assessment: the summary shows it, the chapter its gathered note, as text.
    await page.goto('/summary/');
    await hydrated(page);
    await expect(page.getByTestId('summary')).toContainText('Reception team 2026');
    await page.goto(`/handbook/${LIST}/`);
    await hydrated(page);
    await expect(page.getByLabel('Notes for this chapter')).toHaveValue('Anna:\nWe share the data monthly.\n\ncleo:\n<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

/** Presses Tab until the focused element matches `selector` (at most 15 times). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('presenter view', () => {
  const PRESENT = `/handbook/${LIST}/present/`;

  test('moved through and answered by keyboard alone, into the chosen assessment', async ({ page }) => {
    const errors = collectErrors(page);
    const policy = await watchPolicy(page);
    await seed(page, [{ id: 'mine', name: 'My own' }, { id: 'ws', name: 'Workshop 3 December' }], PRESENT);
    await axe(page);

    // Choose the assessment with the keyboard.
    await page.getByLabel('Record the room’s answers in').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Record the room’s answers in')).toHaveValue('ws');
    await page.getByLabel('People in the room (optional)').focus();
    await page.keyboard.type('15');
    // Tab on to the answer buttons: from there the letter keys answer and the arrows move.
    await tabTo(page, '[data-answer="done"]');

    const slide = page.locator('.presenter__slide');
    await expect(slide).toContainText('Item 1 of 10');
    await page.keyboard.press('d');
    await expect(page.getByTestId('presenter-state')).toHaveText('Recorded: Done');
    await page.keyboard.press('ArrowRight');
    await expect(slide).toContainText('Item 2 of 10');
    await page.keyboard.press('a');
    await page.keyboard.press('n');
    await page.keyboard.press('d');
    await page.keyboard.press('t');
    await page.keyboard.press('ArrowLeft');
    await expect(slide).toContainText('Item 2 of 10');
    await expect(page.getByTestId('presenter-progress')).toHaveText('2 of 10 items answered');

    // How many agreed, typed and sent with Enter.
    await page.getByLabel('How many agreed (optional)').focus();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect(page.locator('.presenter__slide')).toBeFocused();
    let doc = await savedDocument(page);
    const ws = doc.assessments.find((a: { id: string }) => a.id === 'ws');
    expect(ws.checklists[LIST]).toEqual({ 'needs-analyse-information': 'done', 'needs-identify-challenges': 'na' });
    expect(ws.notes[`handbook/${LIST}`].text).toBe('Room, item 2: 12 of 15 agreed');
    expect(doc.assessments.find((a: { id: string }) => a.id === 'mine').checklists).toEqual({});

    // The whole list, with the current item marked; arrows move, keys answer.
    await page.getByLabel('The whole list').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('.presenter__row')).toHaveCount(10);
    await tabTo(page, '[data-answer="done"]');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.presenter__row[aria-current="true"]')).toHaveAttribute('data-item', `${LIST}/needs-adapt-services`);
    await page.keyboard.press('d');
    await expect(page.locator(`.presenter__row[data-item="${LIST}/needs-adapt-services"] [data-answer="done"]`)).toHaveAttribute('aria-pressed', 'true');
    await axe(page);

    // A reload keeps the assessment, the view, the item and the answers.
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Record the room’s answers in')).toHaveValue('ws');
    await expect(page.locator('.presenter__row[aria-current="true"]')).toHaveAttribute('data-item', `${LIST}/needs-adapt-services`);
    await expect(page.getByTestId('presenter-progress')).toHaveText('3 of 10 items answered');
    doc = await savedDocument(page);
    expect(doc.assessments.find((a: { id: string }) => a.id === 'ws').checklists[LIST]['needs-adapt-services']).toBe('done');
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe(page);
    expect(await policy()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('in dark mode it takes the site’s dark colours, its text contrast at least 4.5:1; light mode stays black on white', async ({ page }) => {
    const colours = () =>
      page.evaluate(() => {
        const of = (el: Element) => { const s = getComputedStyle(el); return { text: s.color, background: s.backgroundColor }; };
        return { page: of(document.querySelector('.presenter-page')!), body: of(document.body), html: of(document.documentElement), pressed: of(document.querySelector('[aria-pressed="true"]')!) };
      });
    const contrast = async () => {
      const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message}`))).toEqual([]);
      expect(results.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(10);
    };
    await page.emulateMedia({ colorScheme: 'dark' });
    await seed(page, [{ id: 'mine', name: 'My own', checklists: { [LIST]: { 'needs-analyse-information': 'done' } } }], PRESENT);
    // The saved answer is drawn once the island has read the store: wait for it rather than race it.
    const pressed = page.locator('.presenter__slide [aria-pressed="true"]');
    await expect(pressed).toHaveCount(1);
    const dark = await colours();
    // The site's dark background and text (src/styles/global.css: --bg #14171c, --text #e8ebef).
    expect(dark.page).toEqual({ text: 'rgb(232, 235, 239)', background: 'rgb(20, 23, 28)' });
    expect(dark.html.background).toBe('rgb(20, 23, 28)');
    expect(dark.pressed).toEqual({ text: 'rgb(20, 23, 28)', background: 'rgb(232, 235, 239)' });
    await contrast();
    await page.getByLabel('The whole list').check();
    await expect(page.locator('.presenter__row')).toHaveCount(10);
    await contrast();

    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('One item at a time').check();
    await expect(pressed).toHaveCount(1);
    const light = await colours();
    expect(light.page).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    expect(light.pressed).toEqual({ text: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' });
    await contrast();
  });
});

test.describe('share as a link', () => {
  test('a link carries an assessment from one browser profile to another', async ({ page, browser }) => {
    await seed(page, [{ id: 'h', name: 'Housing team <script>window.__pwned=1</script>', checklists: { [LIST]: { 'needs-analyse-information': 'done', 'needs-adapt-services': 'na' } }, notes: { [`handbook/${LIST}`]: 'Ask the school.' } }], '/summary/share/');
    await axe(page);
    await page.getByRole('button', { name: 'Make the link' }).click();
    const link = await page.getByRole('textbox', { name: 'The link' }).inputValue();
    expect(link).toMatch(/\/summary\/share\/#share=1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(8000);

    const other = await browser.newContext();
    const b = await other.newPage();
    const errors = collectErrors(b);
    const policy = await watchPolicy(b);
    const requests: string[] = [];
    b.on('request', (r) => requests.push(r.url()));
    await b.goto(link);
    await hydrated(b);
    // The fragment is never sent to the server.
    expect(requests.every((u) => !u.includes('share=1.'))).toBe(true);
    await expect(b.getByTestId('share-holds')).toHaveText('“Housing team <script>window.__pwned=1</script>”: 2 items answered, 1 notes, 0 planned actions.');
    expect(await b.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
    await axe(b);
    await b.getByRole('button', { name: 'Import into this browser' }).click();
    await expect(b.getByTestId('share-open')).toContainText('was imported and is now your active assessment');
    expect(new URL(b.url()).hash).toBe('');
    const doc = await savedDocument(b);
    const got = doc.assessments.find((a: { id: string }) => a.id === doc.active);
    expect(got.name).toBe('Housing team <script>window.__pwned=1</script>');
    expect(got.checklists[LIST]).toEqual({ 'needs-analyse-information': 'done', 'needs-adapt-services': 'na' });
    expect(got.notes[`handbook/${LIST}`].text).toBe('Ask the school.');
    await b.reload();
    await hydrated(b);
    await expect(b.getByTestId('share-open')).toHaveCount(0);
    // A fresh browser's empty default assessment gave way, as in a file import.
    expect((await savedDocument(b)).assessments).toHaveLength(1);
    // The same link opened again adds nothing.
    await b.goto(link);
    await hydrated(b);
    await expect(b.getByTestId('share-same-name')).toBeVisible();
    await b.getByRole('button', { name: 'Import into this browser' }).click();
    await expect(b.getByTestId('share-open')).toContainText('already in this browser');
    expect((await savedDocument(b)).assessments).toHaveLength(1);
    expect(await b.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await policy()).toEqual([]);
    expect(errors).toEqual([]);
    await other.close();
  });

  for (const [what, fragment, message] of [
    ['malformed', 'share=1.%%%not-base64', 'This link is damaged'],
    ['not compressed', 'share=1.AAAAAAAAAAAAAAAA', 'its data cannot be unpacked'],
    ['oversized', `share=1.${'A'.repeat(20_000)}`, 'This link is too long'],
    ['foreign', 'share=2.abc', 'not made by this handbook'],
  ] as const) {
    test(`a ${what} fragment is refused with a message and nothing is saved`, async ({ page }) => {
      await page.goto(`/summary/share/#${fragment}`);
      await hydrated(page);
      await expect(page.getByTestId('share-refused')).toContainText(message);
      await expect(page.getByTestId('share-refused')).toContainText('Nothing was saved.');
      await expect(page.getByRole('button', { name: 'Import into this browser' })).toHaveCount(0);
      expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
    });
  }

  test('a hostile assessment in a well-formed link is shown as text and imports nothing until asked', async ({ page }) => {
    // A link made by the page itself from a hostile document: its text stays text.
    await seed(page, [{ id: 'e', name: '"><svg onload="window.__pwned=1">' }], '/summary/share/');
    await page.getByRole('button', { name: 'Make the link' }).click();
    const link = await page.getByRole('textbox', { name: 'The link' }).inputValue();
    await page.evaluate((k) => localStorage.removeItem(k), STORAGE_KEY);
    await page.goto('/404.html');
    await page.goto(link);
    await hydrated(page);
    await expect(page.getByTestId('share-holds')).toContainText('"><svg onload="window.__pwned=1">');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.getByRole('button', { name: 'Do not import' }).click();
    await expect(page.getByTestId('share-open')).toContainText('Nothing was imported.');
  });

  test('a link too long for mail and chat is not offered; the file is', async ({ page }) => {
    // Text that does not compress: about 12,000 characters of it.
    let x = 7;
    const noise = Array.from({ length: 12_000 }, () => String.fromCharCode(33 + ((x = (x * 48271) % 2147483647) % 90))).join('');
    await seed(page, [{ id: 'big', name: 'Long notes', notes: { [`handbook/${LIST}`]: noise } }], '/summary/share/');
    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect(page.getByTestId('share-too-long')).toContainText('too long for many mail and chat tools');
    await expect(page.getByRole('textbox', { name: 'The link' })).toHaveCount(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the file' }).click();
    expect((await download).suggestedFilename()).toMatch(/^inclusion-handbook-long-notes-\d{4}-\d\d-\d\d\.json$/);
  });
});

test('the summary leads to the three views, and a chapter’s worksheet to its presenter view', async ({ page }) => {
  await page.goto('/summary/');
  await hydrated(page);
  for (const [name, heading] of [['Compare assessments', 'Compare assessments'], ['Team answers', 'Team answers'], ['Share as a link', 'Share an assessment as a link']] as const) {
    await page.getByRole('navigation', { name: 'Assess together and over time' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.goBack();
  }
  await page.goto(`/handbook/${LIST}/worksheet/`);
  await page.getByRole('link', { name: /Present this checklist on a projector/ }).click();
  await expect(page).toHaveURL(new RegExp(`/handbook/${LIST}/present/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Key area 1');
});
