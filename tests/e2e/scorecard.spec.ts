/**
 * The scorecard in a real browser: rating and reloading, comparing with a SPRING practice, many
 * scorecards (rename, duplicate, delete with undo), keyboard and phone use, axe, and print (a
 * filled scorecard on at most two A4 pages with its chart; a blank worksheet).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { collectErrors, hydrated, NOT_LIVE, savedDocument } from './helpers';

const PAGE = '/scorecard/';
const WORKSHEET = '/scorecard/worksheet/';
const WARSAW = 'warsaw-multicultural-centre';
const DIMENSIONS = ['inclusivity-participation', 'relevance-complementarity', 'effectiveness', 'sustainability', 'partnership-cooperation'];

const radio = (page: Page, criterion: string, value: string) => page.locator(`#${criterion}--${value}`);
const nameField = (page: Page) => page.getByLabel('Practice or service you are rating');

/** Score cells of the profile table, per dimension then overall, for series 0 (yours) or 1 (compared). */
async function scores(page: Page, series = 0): Promise<string[]> {
  const rows = [...DIMENSIONS, 'overall'];
  return Promise.all(rows.map((d) => page.locator(`.profile__table tr[data-dimension="${d}"] td`).nth(series).getAttribute('data-score').then((s) => s ?? '')));
}

async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' '));
}

/** Rates a few criteria in four dimensions: 50%, not rated, 63% (62.5), 100% and 0%. */
async function rateSome(page: Page) {
  await radio(page, 'spring-ip-inclusive-approach', 'met').check();
  await radio(page, 'spring-ip-accessible-information', 'partly').check();
  await radio(page, 'spring-ip-equality-diversity', 'not-met').check();
  await radio(page, 'spring-ip-reasonable-adjustments', 'na').check();
  await radio(page, 'spring-ef-observable-outcomes', 'met').check();
  await radio(page, 'spring-ef-clear-objectives', 'met').check();
  await radio(page, 'spring-ef-communication-strategy', 'partly').check();
  await radio(page, 'spring-ef-measurable-indicators', 'not-met').check();
  await radio(page, 'spring-su-plan-continuation', 'met').check();
  await radio(page, 'spring-pc-involve-stakeholders', 'not-met').check();
}
const SOME_SCORES = ['50', '', '63', '100', '0', '53'];

test('rate, reload, and find the same ratings, evidence and scores', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(PAGE);
  await hydrated(page);
  await nameField(page).fill('Welcome desk, Kraków');
  await rateSome(page);
  await page.getByLabel('Evidence and notes for question 1.1 (optional)').fill('Leaflets in four languages.');

  await expect.poll(() => scores(page)).toEqual(SOME_SCORES);
  await expect(page.getByTestId('sc-overall')).toHaveText('Overall score 53%, the mean of 4 rated dimensions.');
  await expect(page.getByTestId('sc-strengths')).toHaveText('Sustainability');
  await expect(page.getByTestId('sc-gaps')).toHaveText('Partnership and cooperation');
  await expect(page.locator('[data-dimension="effectiveness"] [data-testid="sc-dimension-score"]')).toHaveText('Score 63%: 4 of 10 criteria rated');

  // Saved in the one document, in the store's scorecard shape.
  const doc = await savedDocument(page);
  expect(doc.scorecards).toHaveLength(1);
  const card = doc.scorecards[0];
  expect(card.name).toBe('Welcome desk, Kraków');
  expect(card.ratings).toMatchObject({ 'spring-ip-inclusive-approach': 'met', 'spring-ip-accessible-information': 'partly', 'spring-ip-reasonable-adjustments': 'na' });
  expect(Object.keys(card.ratings)).toHaveLength(10);
  expect(card.evidence).toEqual({ 'spring-ip-accessible': 'Leaflets in four languages.' });
  await expect(page).toHaveURL(new RegExp(`[?&]card=${card.id}`));

  // Reload with the address, then without it: the same card either way.
  for (const path of [page.url(), PAGE]) {
    await page.goto(path);
    await hydrated(page);
    await expect(nameField(page)).toHaveValue('Welcome desk, Kraków');
    await expect(radio(page, 'spring-ip-accessible-information', 'partly')).toBeChecked();
    await expect(radio(page, 'spring-ip-inclusive-approach', 'none')).not.toBeChecked();
    await expect(radio(page, 'spring-rc-ask-about-needs', 'none')).toBeChecked();
    await expect(page.getByLabel('Evidence and notes for question 1.1 (optional)')).toHaveValue('Leaflets in four languages.');
    await expect.poll(() => scores(page)).toEqual(SOME_SCORES);
  }

  // Back to "not rated" removes the rating.
  await radio(page, 'spring-pc-involve-stakeholders', 'none').check();
  await expect.poll(() => scores(page)).toEqual(['50', '', '63', '100', '', '71']);
  expect((await savedDocument(page)).scorecards[0].ratings['spring-pc-involve-stakeholders']).toBeUndefined();
  expect(errors).toEqual([]);
});

test('compare with the Multicultural Centre in Warsaw: its profile comes from the catalogue', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  await nameField(page).fill('Our centre');
  await rateSome(page);
  await page.getByLabel('Compare with a practice assessed by SPRING').selectOption({ label: 'Multicultural Centre in Warsaw (Warsaw, Poland)' });

  // 9 of 9 met; 9 of 10 (one not assessed); 7 of 10; 3 of 3; 2 of 2; mean 92.
  await expect.poll(() => scores(page, 1)).toEqual(['100', '90', '70', '100', '100', '92']);
  await expect.poll(() => scores(page, 0)).toEqual(SOME_SCORES);
  await expect(page.locator('.profile__table thead th').nth(2)).toHaveText('Multicultural Centre in Warsaw');
  // The chart draws both: five solid bars for ours (four rated + none for relevance), five hatched for Warsaw.
  await expect(page.locator('.profile__chart rect.profile__bar--0')).toHaveCount(4);
  await expect(page.locator('.profile__chart rect.profile__bar--1')).toHaveCount(5);
  // Each criterion shows what the experts found.
  await expect(page.locator('[data-criterion="spring-ef-staff-plan"] .sc-criterion__compare')).toHaveText('Multicultural Centre in Warsaw: not met');
  await expect(page.locator('[data-criterion="spring-rc-institutional-capacities"] .sc-criterion__compare')).toHaveText('Multicultural Centre in Warsaw: not assessed');
  await expect(page.getByRole('link', { name: 'Read how SPRING assessed Multicultural Centre in Warsaw' })).toHaveAttribute('href', `/practices/${WARSAW}/`);

  // The comparison stays after a reload (it is in the address), and can be removed.
  await expect(page).toHaveURL(new RegExp(`compare=${WARSAW}`));
  await page.reload();
  await hydrated(page);
  await expect.poll(() => scores(page, 1)).toEqual(['100', '90', '70', '100', '100', '92']);
  await page.getByLabel('Compare with a practice assessed by SPRING').selectOption('');
  await expect(page.locator('.profile__table thead th')).toHaveCount(2);
  await expect(page.locator('.sc-criterion__compare')).toHaveCount(0);
});

test('many scorecards: new, rename, duplicate, delete and undo', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  await nameField(page).fill('Language café');
  await radio(page, 'spring-ip-two-way-process', 'met').check();
  const pick = page.getByLabel('Scorecard', { exact: true });
  await expect(pick.locator('option')).toHaveText(['Language café (100%)']);

  // Duplicate: the copy opens, with the same ratings, and the name field takes focus.
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(nameField(page)).toBeFocused();
  await expect(nameField(page)).toHaveValue('Language café (copy)');
  await expect(radio(page, 'spring-ip-two-way-process', 'met')).toBeChecked();
  await nameField(page).fill('Language café, evening group');
  await radio(page, 'spring-ip-two-way-process', 'not-met').check();
  let doc = await savedDocument(page);
  expect(doc.scorecards.map((c: any) => c.name)).toEqual(['Language café', 'Language café, evening group']);
  expect(doc.scorecards.map((c: any) => c.ratings['spring-ip-two-way-process'])).toEqual(['met', 'not-met']);

  // Switch back to the first one.
  await pick.selectOption({ label: 'Language café (100%)' });
  await expect(nameField(page)).toHaveValue('Language café');
  await expect(radio(page, 'spring-ip-two-way-process', 'met')).toBeChecked();

  // Delete, then undo: the card comes back in its place, with its ratings.
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('sc-notice')).toHaveText('Deleted “Language café”.');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  expect((await savedDocument(page)).scorecards.map((c: any) => c.name)).toEqual(['Language café, evening group']);
  await expect(nameField(page)).toHaveValue('Language café, evening group');
  await undo.click();
  await expect(page.getByTestId('sc-notice')).toHaveText('Restored “Language café”.');
  doc = await savedDocument(page);
  expect(doc.scorecards.map((c: any) => c.name)).toEqual(['Language café', 'Language café, evening group']);
  expect(doc.scorecards[0].ratings).toEqual({ 'spring-ip-two-way-process': 'met' });
  await expect(nameField(page)).toHaveValue('Language café');

  // New: an empty form; the card is saved with the first word typed.
  await page.getByRole('button', { name: 'New scorecard' }).click();
  await expect(nameField(page)).toBeFocused();
  await expect(nameField(page)).toHaveValue('');
  await expect(radio(page, 'spring-ip-two-way-process', 'none')).toBeChecked();
  expect((await savedDocument(page)).scorecards).toHaveLength(2);
  await page.keyboard.type('Buddy scheme');
  expect((await savedDocument(page)).scorecards.map((c: any) => c.name)).toEqual(['Language café', 'Language café, evening group', 'Buddy scheme']);

  // Deleting every card leaves an empty form, and undo still works.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Delete' }).click();
  expect((await savedDocument(page)).scorecards).toEqual([]);
  await expect(nameField(page)).toHaveValue('');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect((await savedDocument(page)).scorecards.map((c: any) => c.name)).toEqual(['Language café']);
});

test('keyboard only: reach the first criterion, rate it with the arrow keys, see focus', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  const notRated = radio(page, 'spring-ip-inclusive-approach', 'none');
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await notRated.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  expect(await notRated.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('ArrowRight');
  await expect(radio(page, 'spring-ip-inclusive-approach', 'met')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(radio(page, 'spring-ip-inclusive-approach', 'partly')).toBeChecked();
  expect((await savedDocument(page)).scorecards[0].ratings).toEqual({ 'spring-ip-inclusive-approach': 'partly' });
  // The next Tab leaves the group for the next criterion.
  await page.keyboard.press('Tab');
  await expect(radio(page, 'spring-ip-accessible-information', 'none')).toBeFocused();
});

test('a rating made before the page\'s scripts run is kept', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/_astro/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // The page's module scripts (storage notice, assessment badge) hold back DOMContentLoaded too: take the page as soon as it arrives.
  await page.goto(PAGE, { waitUntil: 'commit' });
  await radio(page, 'spring-su-plan-continuation', 'met').check();
  expect(await page.locator(NOT_LIVE).count()).toBeGreaterThan(0);
  release();
  await hydrated(page);
  await expect(radio(page, 'spring-su-plan-continuation', 'met')).toBeChecked();
  await expect.poll(async () => (await savedDocument(page))?.scorecards?.[0]?.ratings).toEqual({ 'spring-su-plan-continuation': 'met' });
});

test('a rating changes only its own criterion, its score line, the picker and the profile: the rest of the form stays as it is', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  await nameField(page).fill('Welcome desk');
  await radio(page, 'spring-ip-inclusive-approach', 'met').check();
  await page.evaluate(() => {
    const w = window as unknown as { changed: string[] };
    w.changed = [];
    new MutationObserver((list) => {
      for (const m of list) {
        const el = m.target instanceof Element ? m.target : m.target.parentElement!;
        const criterion = el.closest('li[data-criterion]')?.getAttribute('data-criterion');
        const part = el.closest('.sc__profile, .sc__cards, .sc__meta, .sc-dimension__score');
        w.changed.push(criterion ?? (part ? part.className.split(' ')[0]! : el.outerHTML.slice(0, 80)));
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await radio(page, 'spring-ip-accessible-information', 'partly').check();
  await expect(page.getByTestId('sc-overall')).toHaveText('Overall score 75%, the mean of 1 rated dimension.');
  const changed = await page.evaluate(() => [...new Set((window as unknown as { changed: string[] }).changed)].sort());
  expect(changed).toEqual(['sc-dimension__score', 'sc__cards', 'sc__profile', 'spring-ip-accessible-information']);
  await expect(page.locator('li[data-criterion="spring-ip-accessible-information"]')).toHaveClass(/\bis-partly\b/);
  await expect(page.locator('[data-criterion="spring-ip-accessible-information"] .sc-criterion__print')).toHaveText('Partly met');
});

test('on a 320 px phone nothing is wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(PAGE);
  await hydrated(page);
  await nameField(page).fill('A practice with quite a long name for a small screen');
  await page.getByLabel('Compare with a practice assessed by SPRING').selectOption(WARSAW);
  await radio(page, 'spring-ip-inclusive-approach', 'na').check();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.goto(WORKSHEET);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe (WCAG 2.2 AA) on a filled scorecard with a comparison, ${scheme} colours`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${PAGE}?compare=${WARSAW}`);
    await hydrated(page);
    await nameField(page).fill('Welcome desk');
    await rateSome(page);
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.locator('.sc-guidance summary').first().click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('axe (WCAG 2.2 AA) on the blank worksheet, which loads no script file', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(WORKSHEET);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(scripts).toEqual([]);
});

test('a filled scorecard prints on at most two A4 pages, profile and chart first', async ({ page }) => {
  await page.goto(`${PAGE}?compare=${WARSAW}`);
  await hydrated(page);
  await nameField(page).fill('Welcome desk, Kraków');
  // Every criterion rated, cycling through the four ratings, and evidence under every question.
  const values = ['met', 'partly', 'not-met', 'na'];
  const criteria = await page.locator('li[data-criterion]').evaluateAll((els) => els.map((e) => e.getAttribute('data-criterion')!));
  expect(criteria).toHaveLength(40);
  for (const [i, c] of criteria.entries()) await radio(page, c, values[i % 4]!).check();
  const evidence = page.locator('textarea[data-question]');
  await expect(evidence).toHaveCount(12);
  for (let i = 0; i < 12; i++) await evidence.nth(i).fill(`Evidence ${i + 1}: minutes of the team meeting and the participants’ survey.`);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.profile__chart')).toBeVisible();
  await expect(page.locator('.profile__table')).toBeVisible();
  await expect(page.locator('.sc-criterion__options').first()).toBeHidden();
  await expect(page.locator('.sc__cards')).toBeHidden();
  await expect(page.locator('[data-criterion="spring-ip-accessible-information"] .sc-criterion__print')).toHaveText('Partly met');
  // The profile comes before the criteria on paper.
  const chartTop = (await page.locator('.profile__chart').boundingBox())!.y;
  const firstCriterion = (await page.locator('li[data-criterion]').first().boundingBox())!.y;
  expect(chartTop).toBeLessThan(firstCriterion);

  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  const all = pages.join(' ');
  for (const text of ['Welcome desk, Kraków', 'Multicultural Centre in Warsaw', 'Overall score', 'does not certify', 'Evidence 12:', 'Inclusivity and participation']) {
    expect(all).toContain(text);
  }
  // The chart's own labels are on the first page.
  expect(pages[0]).toContain('75%');
  for (const chrome of ['Skip to main content', 'Compare with a practice', 'Print this scorecard', 'New scorecard', 'What the handbook looks for']) {
    expect(all).not.toContain(chrome);
  }
});

test('the blank worksheet prints every criterion once, with boxes, evidence lines and a tally', async ({ page }) => {
  await page.goto(WORKSHEET);
  const criteria = await page.locator('.scw__criterion .scw__text').allTextContents();
  expect(criteria).toHaveLength(40);
  await expect(page.locator('.scw__box')).toHaveCount(160);
  await expect(page.locator('.scw__question')).toHaveCount(12);
  await expect(page.locator('.scw__tally tbody tr')).toHaveCount(5);
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const all = pages.join(' ');
  expect(all).toContain('Scorecard worksheet');
  expect(all).toContain('Add up the score');
  expect(all).toContain('does not certify');
  for (const text of criteria) {
    const start = text.replace(/\s+/g, ' ').trim().replace(/^[a-z] /, '').slice(0, 40);
    expect(all.split(start).length - 1, `criterion printed once: ${start}`).toBe(1);
  }
  expect(all).not.toContain('Skip to main content');
  expect(pages.length).toBeLessThanOrEqual(12);
});

for (const [path, width] of [['/scorecard/', 320], ['/pl/scorecard/', 320], ['/pl/scorecard/', 375], ['/scorecard/', 1280], ['/pl/scorecard/', 1280]] as const) {
  test(`the profile table, compared with a practice, breaks no dimension's name inside a word and fits at ${width} px (${path})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${path}?compare=${WARSAW}`);
    await hydrated(page);
    // Every word of a row heading on one line: a word split across lines has more than one box.
    const split = await page.locator('.profile__table th[scope=row]').evaluateAll((cells) => cells.flatMap((cell) => {
      const text = cell.firstChild as Text;
      const words: string[] = [];
      for (const m of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index!);
        range.setEnd(text, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) words.push(m[0]);
      }
      return words;
    }));
    expect(split).toEqual([]);
    // Three columns fit the profile, and the page does not scroll sideways.
    const [table, box] = await page.locator('.profile__table').evaluate((t) => [t.getBoundingClientRect().width, t.parentElement!.getBoundingClientRect().width]);
    expect(table).toBeLessThanOrEqual(box + 0.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
