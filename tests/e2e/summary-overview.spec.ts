/**
 * Issue 12: the summary as a results overview, its printed report, and the assess journey on a
 * phone. Every limit the issue sets is measured here: heights, taps, distances, page counts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { PAGE_TYPES, STORAGE_KEY, doneBox, hydrated, naBox } from './helpers';
import { K2, LISTS, list, savedWith } from './saved-fixtures';

const PHONE = { width: 375, height: 812 };
const SCREEN = PHONE.height;

async function openSummaryWith(page: Page, doc: unknown) {
  await page.goto('/');
  if (doc) await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, JSON.stringify(doc)]);
  await page.goto('/summary/');
  await hydrated(page);
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function pdfPageCount(page: Page, withOpen = false) {
  if (withOpen) await page.getByLabel('When printing, list the items still to do').check();
  const buffer = await page.pdf({ format: 'A4' });
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: true });
  return { pages: pdf.numPages, text: text.replace(/\s+/g, ' ') };
}

test.describe('on a 375 px phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the summary is at most 6 screens tall empty, and at most 8 with 100 ticks and 10 notes', async ({ page }) => {
    await openSummaryWith(page, null);
    expect(await pageHeight(page)).toBeLessThanOrEqual(6 * SCREEN);
    await openSummaryWith(page, savedWith(100, 10));
    await expect(page.getByTestId('summary-overall')).toContainText('items in the handbook and sector guides done');
    expect(await pageHeight(page)).toBeLessThanOrEqual(8 * SCREEN);
  });

  test('a new user ticks three items of key area 2, writes a note, and reaches both from the summary in two taps', async ({ page }) => {
    await page.goto('/handbook/serve-everyone/');
    await hydrated(page);
    const ticked = K2.items.slice(0, 3);
    for (const it of ticked) await doneBox(page, K2.id, it.id).check();
    const notes = page.getByLabel('Notes for this chapter');
    // The notes field follows the checklist: within one screen of its end.
    const gap = await page.evaluate(() => {
      const end = document.querySelector('[data-checklist="serve-everyone"] .checklist__items')!.getBoundingClientRect().bottom;
      return document.querySelector('.notes__field')!.getBoundingClientRect().top - end;
    });
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(SCREEN / 2);
    await notes.fill('Ask the youth centre who to invite.');
    await expect(page.getByTestId('notes-status')).toContainText('Saved');

    await page.goto('/summary/');
    await hydrated(page);
    await page.evaluate(() => scrollTo(0, 0));
    const row = page.locator('[data-page="handbook/serve-everyone"]');
    await expect(row.getByTestId('task-status')).toHaveText('In progress');
    await expect(row.getByTestId('task-progress')).toContainText('3 of 15 done');
    await expect(row.getByTestId('task-counts')).toHaveText('1 note');
    // Tap 1: the row. Tap 2: the ticked item and the note are on screen, each a tap away.
    await row.locator('summary').tap();
    const item = row.locator(`[data-group="done"] [data-item="${K2.id}/${ticked[0]!.id}"] a`);
    await expect(item).toBeInViewport();
    await expect(row.locator('[data-group="done"] li')).toHaveCount(3);
    const note = row.locator('[data-note="handbook/serve-everyone"]');
    await note.scrollIntoViewIfNeeded();
    await expect(note).toContainText('Ask the youth centre who to invite.');
    await expect(item).toHaveAttribute('href', `/handbook/serve-everyone/#${K2.id}--${ticked[0]!.id}`);
    // Each item once on the page.
    for (const it of K2.items) await expect(page.locator(`[data-item="${K2.id}/${it.id}"]`)).toHaveCount(1);
  });

  test('every notes field is within one screen of the end of its checklist', async ({ page }) => {
    for (const path of ['/handbook/serve-everyone/', '/handbook/work-with-refugees/', '/sectors/employment/']) {
      await page.goto(path);
      const gaps = await page.evaluate(() =>
        [...document.querySelectorAll('.checklist__items')].map((l) => {
          const end = l.getBoundingClientRect().bottom;
          const field = [...document.querySelectorAll('.notes__field')].find((f) => f.getBoundingClientRect().top > end)!;
          return field.getBoundingClientRect().top - end;
        }),
      );
      expect(gaps.length).toBeGreaterThan(0);
      for (const g of gaps) expect(g, path).toBeLessThan(SCREEN / 2);
    }
    // Two checklists, two notes fields, each named for its checklist and saved apart.
    await page.goto('/handbook/work-with-refugees/');
    await hydrated(page);
    const fields = page.locator('.notes__field');
    await expect(fields).toHaveCount(2);
    await page.getByLabel('Notes: Local authorities').fill('Authorities: ask about interpreters');
    await expect(page.getByTestId('notes-status').nth(1)).toContainText('Saved');
    const doc = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), STORAGE_KEY);
    expect(Object.keys(doc.assessments[0].notes)).toEqual(['handbook/work-with-refugees/work-with-refugees-authorities']);
  });

  test('"On this page" is folded on a phone and opens on a tap', async ({ page }) => {
    await page.goto('/handbook/serve-everyone/');
    await hydrated(page);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'Checklist' })).toBeHidden();
    await toc.getByText('On this page').tap();
    await expect(toc.getByRole('link', { name: 'Checklist' })).toBeVisible();
    // The chapter list comes after the text in the source, where it shows: nothing is moved with CSS order.
    const order = await page.evaluate(() => {
      const sidebar = document.querySelector('.sidebar')!;
      return { afterText: Boolean(document.querySelector('.reading__body')!.compareDocumentPosition(sidebar) & Node.DOCUMENT_POSITION_FOLLOWING), css: getComputedStyle(sidebar).order };
    });
    expect(order).toEqual({ afterText: true, css: '0' });
  });
});

test('the filter shows only to do, done, not applicable, or items with an action', async ({ page }) => {
  const doc = savedWith(3, 1);
  doc.assessments[0]!.checklists[K2.id]![K2.items[3]!.id] = 'na';
  (doc.assessments[0]!.actions as Record<string, unknown>)[`${K2.id}/${K2.items[4]!.id}`] = { action: 'Invite the youth council', owner: 'Ana', due: '2027-03-01' };
  await openSummaryWith(page, doc);
  const show = page.getByTestId('summary').getByLabel('Show', { exact: true });
  await show.selectOption({ label: 'Only done' });
  await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText('1 chapter or guide matches.');
  await expect(page.locator('.task')).toHaveCount(1);
  await expect(page.locator('[data-group="done"] li')).toHaveCount(3);
  await expect(page.locator('[data-group="open"]')).toHaveCount(0);
  await show.selectOption({ label: 'Only not applicable' });
  await expect(page.locator('[data-group="na"] li')).toHaveCount(1);
  await expect(page.locator('[data-group="done"]')).toHaveCount(0);
  await show.selectOption({ label: 'Only with an action' });
  await expect(page.locator('[data-group="action"] li')).toHaveCount(1);
  await expect(page.locator('[data-group="action"]')).toContainText(K2.items[4]!.text);
  await show.selectOption({ label: 'Only to do' });
  await expect(page.locator('[data-group="open"] li').first()).toBeVisible();
  expect(await page.locator('.task').count()).toBeGreaterThan(10);
  await show.selectOption({ label: 'Everything' });
  await expect(page.locator('.task details[open]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('planning an action says it opens, says when it is saved, and leads to the action plan', async ({ page }) => {
  await openSummaryWith(page, savedWith(3, 1));
  const row = page.locator('[data-page="handbook/serve-everyone"]');
  await row.locator('summary').click();
  const item = row.locator(`[data-item="${K2.id}/${K2.items[5]!.id}"]`);
  const toggle = item.getByRole('button', { name: `Plan an action: ${K2.items[5]!.text}` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await item.getByRole('textbox', { name: 'Action' }).fill('Run a survey');
  await item.getByLabel('Target date').fill('2027-01-15');
  const status = item.getByRole('status');
  await expect(status).toContainText(/Saved at \d\d:\d\d\./);
  await status.getByRole('link', { name: 'See it in the action plan' }).click();
  await expect(page.locator('#summary-plan')).toBeInViewport();
  const plan = page.getByTestId('action-plan');
  await expect(plan).toContainText('Run a survey');
  await expect(plan).toContainText('15 January 2027');
  // At 320 px the plan's rows are cards: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await plan.locator('td').first().evaluate((td) => getComputedStyle(td).display)).toBe('block');
});

test('the printed report: 3 ticks and a note on at most 3 A4 pages, 100 ticks and 10 notes on at most 12', async ({ page }) => {
  test.setTimeout(90_000);
  await openSummaryWith(page, savedWith(3, 1));
  const small = await pdfPageCount(page);
  expect(small.pages).toBeLessThanOrEqual(3);
  expect(small.text).toContain('Results by chapter and guide');
  expect(small.text).toContain(K2.items[0]!.text);
  expect(small.text).toContain('What we found on handbook/serve-everyone');
  expect(small.text).toContain('12 items still to do.');
  expect(small.text).not.toContain(K2.items[5]!.text);
  // The open items are a print option.
  const withOpen = await pdfPageCount(page, true);
  expect(withOpen.text).toContain(K2.items[5]!.text);

  await openSummaryWith(page, savedWith(100, 10));
  const big = await pdfPageCount(page);
  expect(big.pages).toBeLessThanOrEqual(12);
  expect(big.text).toContain('What we found on sectors/');
});

test('"On this page" stays in view beside the text and marks the section being read', async ({ page }) => {
  await page.goto('/handbook/serve-everyone/');
  await hydrated(page);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await page.locator('#checklist').evaluate((h) => h.scrollIntoView());
  await expect(toc.getByRole('link', { name: 'Checklist' })).toHaveAttribute('aria-current', 'true');
  await expect(toc).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeInViewport();
  await page.locator('#further-reading').evaluate((h) => h.scrollIntoView());
  await expect(toc.getByRole('link', { name: 'Further reading' })).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
  // One table of contents: its ids are unique.
  expect(await page.evaluate(() => document.querySelectorAll('#toc-label').length)).toBe(1);
});

test('the same state gives the same total on home, chapter and summary, with not-applicable items left out alike', async ({ page }) => {
  await page.goto('/handbook/serve-everyone/');
  await hydrated(page);
  for (const it of K2.items.slice(0, 3)) await doneBox(page, K2.id, it.id).check();
  await naBox(page, K2.id, K2.items[3]!.id).check();
  const handbookTotal = LISTS.filter((l) => l.page.startsWith('handbook/')).reduce((n, l) => n + l.items.length, 0) - 1;
  const allTotal = LISTS.reduce((n, l) => n + l.items.length, 0) - 1;
  const chapter = `3 of ${K2.items.length - 1} done`;
  await expect(page.getByTestId('checklist-progress')).toHaveText(`${chapter}, 1 not applicable`);
  await expect(page.locator('.chapter-list a[aria-current="page"] + [data-testid="chapter-progress"]')).toHaveText(chapter);

  await page.goto('/');
  await hydrated(page);
  await expect(page.getByTestId('home-progress')).toContainText(`3 of ${handbookTotal} handbook items done`);
  await expect(page.getByTestId('home-start').getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute('href', '/handbook/serve-everyone/#checklist');

  await page.goto('/summary/');
  await hydrated(page);
  await expect(page.getByTestId('summary-overall')).toContainText(`3 of ${handbookTotal} handbook items done`);
  await expect(page.getByTestId('summary-overall')).toContainText(`3 of ${allTotal} items in the handbook and sector guides done`);
  await expect(page.locator('[data-page="handbook/serve-everyone"]').getByTestId('task-progress')).toContainText(chapter);
});

test('a new reader is offered one primary action on the home page: start with key area 1', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  const start = page.getByTestId('home-start').getByRole('link');
  await expect(start).toHaveText('Start with key area 1');
  await expect(start).toHaveAttribute('href', '/handbook/know-the-needs/#checklist');
  // It comes before the three ways in.
  const before = await page.evaluate(() => Boolean(document.querySelector('[data-testid="home-start"]')!.compareDocumentPosition(document.querySelector('#ways-in')!) & Node.DOCUMENT_POSITION_FOLLOWING));
  expect(before).toBe(true);
});

test('the sector guides’ boxes carry the item in their accessible names, with no stray space', async ({ page }) => {
  await page.goto('/sectors/employment/');
  await hydrated(page);
  const l = list('sector-employment');
  const first = l.items[0]!.text;
  await expect(page.getByRole('checkbox', { name: `We do this: ${first}`, exact: true })).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: `Planned: ${first}`, exact: true })).toHaveCount(1);
  await page.goto('/handbook/know-the-needs/');
  await hydrated(page);
  const k1 = list('know-the-needs').items[0]!.text;
  await expect(page.getByRole('checkbox', { name: `Not applicable: ${k1}`, exact: true })).toHaveCount(1);
});

test('no page type scrolls sideways at 320 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    await page.goto(path);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), type).toBeLessThanOrEqual(320);
  }
});

test('the handbook contents list is laid out like the chapter list, its progress on one line', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/handbook/');
  await hydrated(page);
  const item = page.locator('.chapter-list--full .chapter-list__item').filter({ hasText: 'Key area 2' });
  const box = await item.evaluate((li) => {
    const label = li.querySelector('.chapter-list__label')!.getBoundingClientRect();
    const title = li.querySelector('.chapter-list__title')!.getBoundingClientRect();
    const progress = li.querySelector('[data-testid="chapter-progress"]') as HTMLElement;
    return { titleBelowLabel: title.top >= label.bottom - 1, progressLines: Math.round(progress.getBoundingClientRect().height / parseFloat(getComputedStyle(progress).lineHeight || '20')), text: progress.innerText };
  });
  expect(box.titleBelowLabel).toBe(true);
  expect(box.text).toBe(`0 of ${K2.items.length} done`);
  expect(box.progressLines).toBeLessThanOrEqual(1);
});

test('printed worksheets keep item numbers of 10 and more on one line; on screen no box looks tickable', async ({ page }) => {
  await page.goto('/sectors/employment/worksheet/');
  await expect(page.locator('.paper-item__box').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.paper-item__box').first()).toBeVisible();
  const heights = await page.locator('.paper-item__number').evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight)]));
  expect(heights.length).toBeGreaterThan(10);
  for (const [text, h, line] of heights) expect(h as number, String(text)).toBeLessThan((line as number) * 1.5);
});
