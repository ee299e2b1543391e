import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, hydrated } from './helpers';

/** The chapter that says who "refugees" covers, subsidiary protection included. */
const CHAPTER = '/handbook/introduction/';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The body's text before `link`, without the previews' words. */
function textBefore(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const link = document.querySelector(sel)!;
    const range = document.createRange();
    range.setStart(document.querySelector('article .prose')!, 0);
    range.setEndBefore(link);
    const copy = range.cloneContents();
    copy.querySelectorAll('.glossary-term__tip').forEach((t) => t.remove());
    return copy.textContent ?? '';
  }, selector);
}

test('a chapter links the first use of a term to its glossary entry, and only the first', async ({ page }) => {
  await page.goto(CHAPTER);
  const prose = page.locator('article .prose');
  const subsidiary = prose.locator('a.glossary-term[href="/glossary/#subsidiary-protection"]');
  await expect(subsidiary).toHaveCount(1);
  await expect(subsidiary).toHaveText(/^subsidiary\s+protection$/);
  expect(await textBefore(page, 'a.glossary-term[href="/glossary/#subsidiary-protection"]')).not.toMatch(/subsidiary\s+protection/i);

  // "Asylum seekers" comes up again and again: the first use is the link, the later ones stay text.
  const asylum = prose.locator('a.glossary-term[href="/glossary/#asylum-seeker"]');
  await expect(asylum).toHaveCount(1);
  expect(await textBefore(page, 'a.glossary-term[href="/glossary/#asylum-seeker"]')).not.toMatch(/asylum.seekers?/i);
  const bodyText = await prose.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.glossary-term__tip').forEach((t) => t.remove());
    return copy.textContent ?? '';
  });
  expect(bodyText.match(/asylum\s+seekers/gi)?.length ?? 0).toBeGreaterThan(2);

  // Headings are left alone, and entries marked autolink: false ("refugees") are never linked.
  await expect(prose.locator(':is(h1, h2, h3, h4) a')).toHaveCount(0);
  await expect(prose.locator('a.glossary-term[href="/glossary/#refugee"]')).toHaveCount(0);
});

test('the preview shows on keyboard focus and hover, is announced, fits at 320 px and hides with Escape', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(CHAPTER);
  await hydrated(page);
  const link = page.locator('a.glossary-term[href="/glossary/#subsidiary-protection"]');
  const tipId = await link.getAttribute('aria-describedby');
  expect(tipId).toBe('gt-subsidiary-protection-introduction');
  const tip = page.locator(`#${tipId}`);
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await expect(tip).toBeHidden();
  await expect(link).toHaveAccessibleDescription(/^Subsidiary protection: Under EU law/);

  // Tab from the top of the page until the term has focus: a real keyboard path.
  let presses = 0;
  while (!(await link.evaluate((el) => el === document.activeElement)) && presses < 400) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await expect(link).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Subsidiary protection: Under EU law');
  const box = (await tip.boundingBox())!;
  const linkBox = (await link.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(box.y).toBeGreaterThan(linkBox.y); // under the term, so the focused link stays in sight
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tip).toBeHidden();

  // Hover shows it too, and the pointer can move onto the preview without losing it.
  await page.setViewportSize({ width: 1280, height: 900 });
  await link.hover();
  await expect(tip).toBeVisible();
  const t = (await tip.boundingBox())!;
  await page.mouse.move(t.x + t.width / 2, t.y + 4, { steps: 5 });
  await expect(tip).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
  expect(errors).toEqual([]);
});

test('the previews never print', async ({ page }) => {
  await page.goto(CHAPTER);
  const link = page.locator('a.glossary-term[href="/glossary/#subsidiary-protection"]');
  const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
  // Focus the link before it by script, then Tab onto the term: keyboard focus shows the preview on screen...
  await link.evaluate((el) => {
    const links = [...document.querySelectorAll<HTMLElement>('article .prose a')];
    links[links.indexOf(el as HTMLElement) - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(tip).toBeVisible();
  // ...but not on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(tip).toBeHidden();
  await expect(link).toBeVisible();
});

test('a page showing every chapter keeps each preview id unique and tied to its own term', async ({ page }) => {
  await page.goto('/handbook/print/');
  const check = await page.evaluate(() => {
    const links = [...document.querySelectorAll('a.glossary-term')];
    const ids = links.map((a) => a.getAttribute('aria-describedby'));
    return {
      links: links.length,
      unique: new Set(ids).size,
      tiedToOwnTip: links.filter((a) => a.nextElementSibling?.id === a.getAttribute('aria-describedby') && document.querySelectorAll(`[id="${a.getAttribute('aria-describedby')}"]`).length === 1).length,
    };
  });
  expect(check.links).toBeGreaterThan(20);
  expect(check.unique).toBe(check.links);
  expect(check.tiedToOwnTip).toBe(check.links);
});

test('without JavaScript the term still leads to its entry', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await page.locator('a.glossary-term[href="/glossary/#subsidiary-protection"]').click();
  await expect(page).toHaveURL(/\/glossary\/#subsidiary-protection$/);
  const entry = page.locator('#subsidiary-protection');
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('heading', { name: 'Subsidiary protection' })).toBeVisible();
  await context.close();
});

test('acronyms link only as written, to their entry', async ({ page }) => {
  await page.goto('/sectors/participation/');
  const cea = page.locator('article .prose a.glossary-term[href="/glossary/#cea"]');
  await expect(cea).toHaveCount(1);
  await expect(cea).toHaveText('CEA');
  await expect(cea).toHaveAccessibleDescription('CEA: Community Engagement and Accountability');
});

test('the glossary passes axe, and its filter box filters (and still passes axe)', async ({ page }) => {
  await page.goto('/glossary/');
  expect(await axeViolations(page)).toEqual([]);
  const entries = page.locator('.glossary-entry');
  const total = await entries.count();
  expect(total).toBeGreaterThan(50);
  const filter = page.getByLabel('Filter the glossary');
  await expect(filter).toBeVisible();
  await filter.fill('subsidiary');
  await expect(page.locator('#subsidiary-protection')).toBeVisible();
  await expect(page.locator('#cea')).toBeHidden();
  const shown = await page.locator('.glossary-entry:visible').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(page.locator('#glossary-count')).toHaveText(`${shown} of ${total} entries match`);
  await expect(page.locator('#letter-C')).toBeHidden(); // a letter with no match left goes too
  expect(await axeViolations(page)).toEqual([]);
  await filter.fill('');
  await expect(page.locator('.glossary-entry:visible')).toHaveCount(total);
});

test('search lists a glossary term as its own result, of type Glossary', async ({ page }) => {
  await page.goto('/search/?q=subsidiary');
  const result = page.locator('.search__result').filter({ has: page.locator('a[href="/glossary/subsidiary-protection/"]') });
  await expect(result).toHaveCount(1);
  await expect(result.locator('.search__result-type')).toHaveText('Glossary');
  await page.getByRole('radio', { name: /^Glossary/ }).check();
  await expect.poll(async () => new Set(await page.locator('.search__result-type').allTextContents())).toEqual(new Set(['Glossary']));
});

test('an expansion added by the editors says so; one taken from a source does not; the filter finds the English name', async ({ page }) => {
  await page.goto('/glossary/');
  const cpr = page.locator('#cpr');
  await expect(cpr.locator('.glossary-entry__expansion')).toHaveText('Conselho Português para os Refugiados (In English: Portuguese Refugee Council)');
  await expect(cpr.locator('[data-by-editors]')).toHaveText(/added by the editors of this handbook; the source documents give only the English name/);
  await expect(page.locator('#oecd [data-by-editors]')).toHaveText(/Spelled out by the editors of this handbook/);
  // Expansions the sources give carry no such note.
  for (const id of ['unhcr', 'ifrc', 'esol', 'trc', 'essn']) await expect(page.locator(`#${id} [data-by-editors]`), id).toHaveCount(0);
  await expect(page.locator('#esol .glossary-entry__expansion')).toHaveText('English to Speakers of Other Languages');

  await page.getByLabel('Filter the glossary').fill('refugee support platform');
  await expect(page.locator('#par')).toBeVisible();
  await expect(page.locator('#cpr')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});
