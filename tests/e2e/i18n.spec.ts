/**
 * The site in two languages: English at the root, Polish under /pl/. The language switch keeps the
 * reader's place, saved ticks are shared by both languages, Polish page types pass axe with no
 * policy violation, and search on a Polish page searches the Polish index with Polish words.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { STORAGE_KEY, collectErrors, doneBox, downloadedText, hydrated, savedAssessment, summaryRow } from './helpers';
import { watchPolicy } from './csp-helpers';
import { inspectPage, scriptHash } from '../../scripts/lib/csp.mjs';
import { ui as pl } from '../../src/i18n/pl/ui';
import { chapterUi as plChapter } from '../../src/i18n/pl/ui-chapter';
import { toolsUi as plTools } from '../../src/i18n/pl/ui-tools';
import { togetherUi as plTogether } from '../../src/i18n/pl/ui-together';
import { fill } from '../../src/lib/fill';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split('---')[1]!);
const polishChapter = frontmatter('content/pl/handbook/know-the-needs.mdx');
const englishChapter = frontmatter('content/handbook/know-the-needs.mdx');

/** One Polish address per page type. */
const POLISH_PAGES: Record<string, string> = {
  home: '/pl/',
  contents: '/pl/handbook/',
  chapter: '/pl/handbook/know-the-needs/',
  worksheet: '/pl/handbook/know-the-needs/worksheet/',
  presenter: '/pl/handbook/know-the-needs/present/',
  sectors: '/pl/sectors/',
  sector: '/pl/sectors/employment/',
  sectorWorksheet: '/pl/sectors/employment/worksheet/',
  catalogue: '/pl/practices/',
  practice: '/pl/practices/sofia-information-bureau/',
  countries: '/pl/countries/',
  country: '/pl/countries/italy/',
  sources: '/pl/sources/',
  glossary: '/pl/glossary/',
  glossaryTerm: '/pl/glossary/subsidiary-protection/',
  scorecard: '/pl/scorecard/',
  summary: '/pl/summary/',
  compare: '/pl/summary/compare/',
  team: '/pl/summary/team/',
  share: '/pl/summary/share/',
  search: '/pl/search/?q=uchodźcy',
  offline: '/pl/offline/',
  notFound: '/pl/404/',
};

const header = (page: Page) => page.getByRole('banner');

test('the language switch leads to the same chapter in the other language, and back', async ({ page }) => {
  await page.goto('/handbook/know-the-needs/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('link[rel="alternate"][hreflang="pl"]')).toHaveAttribute('href', '/pl/handbook/know-the-needs/');
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', '/handbook/know-the-needs/');
  const polski = header(page).getByRole('link', { name: 'Polski' });
  await expect(polski).toHaveAttribute('hreflang', 'pl');
  await expect(polski).toHaveAttribute('lang', 'pl');
  await polski.click();
  await expect(page).toHaveURL(/\/pl\/handbook\/know-the-needs\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(polishChapter.title);
  await expect(page.getByRole('link', { name: pl.skipLink })).toBeAttached();
  await expect(page.getByTestId('untranslated')).toHaveCount(0);
  await header(page).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/handbook\/know-the-needs\/$/);
  expect(new URL(page.url()).pathname).toBe('/handbook/know-the-needs/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishChapter.title);
});

test('a page not translated yet says so in Polish, and an English-only page sends Polish readers to the Polish home', async ({ page }) => {
  // A sector guide: English text, Polish interface and checklist, and a notice at the top.
  await page.goto('/pl/sectors/employment/');
  await expect(page.getByTestId('untranslated')).toHaveText(pl.language.untranslated);
  await expect(page.getByTestId('untranslated')).toHaveAttribute('lang', 'pl');
  const checklist = parse(readFileSync('content/pl/checklists/sector-employment.yaml', 'utf8'));
  await expect(page.locator('.checklist__text').first()).toHaveText(checklist.items[0].text);
  // The Polish navigation, behind the menu button: its longer words would not fit the header's one row.
  await expect(page.locator('#site-menu').getByRole('link', { name: pl.nav.handbook, exact: true, includeHidden: true })).toBeAttached();
  expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
  await header(page).getByRole('button', { name: pl.menu }).click();
  await expect(page.locator('#site-menu').getByRole('link', { name: pl.nav.sectors })).toBeVisible();
  // The printed handbook exists in English only: its switch goes to the Polish home, and the page says why.
  await page.goto('/handbook/print/');
  await expect(page.getByTestId('untranslated')).toHaveText(pl.language.untranslated);
  await expect(header(page).getByRole('link', { name: 'Polski' })).toHaveAttribute('href', '/pl/');
  await expect(page.locator('link[rel="alternate"]')).toHaveCount(0);
});

test('a tick made on the Polish page shows on the English page and on both summaries, with each language’s chapter names', async ({ page }) => {
  await page.goto('/pl/handbook/know-the-needs/');
  await hydrated(page);
  await doneBox(page, 'know-the-needs', 'needs-analyse-information').check();
  await expect(page.getByTestId('checklist-progress').first()).toHaveText(fill(plChapter.checklist.progress, { done: 1, total: 10 }));
  await expect.poll(async () => (await savedAssessment(page))?.checklists?.['know-the-needs']?.['needs-analyse-information']).toBe('done');
  // The first assessment's default name is shown in the page's language; it is saved as it always was.
  await expect(page.getByTestId('assessment-badge')).toContainText(plChapter.badge.defaultName);
  expect((await savedAssessment(page)).name).toBe('My assessment');

  await page.goto('/handbook/know-the-needs/');
  await hydrated(page);
  await expect(doneBox(page, 'know-the-needs', 'needs-analyse-information')).toBeChecked();
  await expect(page.getByTestId('assessment-badge')).toContainText('My assessment');
  await expect(page.getByTestId('checklist-progress').first()).toHaveText('1 of 10 done');

  await page.goto('/summary/');
  await hydrated(page);
  const en = await summaryRow(page, 'handbook/know-the-needs');
  await expect(en.getByTestId('task-progress')).toContainText('1 of 10 done');
  await expect(en).toContainText(englishChapter.title);

  await page.goto('/pl/summary/');
  await hydrated(page);
  const row = await summaryRow(page, 'handbook/know-the-needs');
  await expect(row.getByTestId('task-progress')).toContainText(fill(pl.progressScoped.page, { done: 1, total: 10 }));
  await expect(row).toContainText(polishChapter.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plTools.overview.title);

  // The report taken from the Polish summary is in Polish, with the Polish names.
  const { text } = await downloadedText(page, () => page.getByRole('button', { name: plTools.transfer.markdown }).click());
  expect(text.startsWith(`# ${plChapter.badge.defaultName}\n`)).toBe(true);
  expect(text).toContain(plTools.report.intro('').split(',')[0]);
  expect(text).toContain(`## ${pl.summary.byChapter}`);
  expect(text).toContain(polishChapter.title);
  expect(text).toMatch(/\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \d{4}/);
});

test('the compare, team, share and presenter views name the default assessment in Polish, and a renamed one as written', async ({ page }) => {
  await page.goto('/pl/handbook/know-the-needs/');
  await hydrated(page);
  await doneBox(page, 'know-the-needs', 'needs-analyse-information').check();
  await expect.poll(async () => (await savedAssessment(page))?.name).toBe('My assessment');
  // A second assessment, named by the reader, beside the default one.
  await page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key)!);
    doc.assessments.push({ ...doc.assessments[0], id: 'team-b', name: 'Zespół B' });
    localStorage.setItem(key, JSON.stringify(doc));
  }, STORAGE_KEY);
  for (const [path, where] of [
    ['/pl/summary/compare/', '.together__choose'],
    ['/pl/summary/team/', '.together__choose'],
    ['/pl/summary/share/', '#share-choose'],
    ['/pl/handbook/know-the-needs/present/', '#presenter-assessment'],
  ] as const) {
    await page.goto(path);
    await hydrated(page);
    const names = page.locator(where);
    await expect(names, path).toContainText(plTogether.defaultName);
    await expect(names, path).toContainText('Zespół B');
    await expect(names, path).not.toContainText('My assessment');
  }
});

test('every Polish page type passes axe (WCAG 2.2 AA) with no console error and no policy violation', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  const violations = await watchPolicy(page);
  for (const [type, path] of Object.entries(POLISH_PAGES)) {
    const response = await page.goto(path);
    expect(response?.status(), type).toBe(200);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html'), type).toHaveAttribute('lang', 'pl');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${type}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // The page's policy names exactly its inline scripts.
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    const file = join(path.split('?')[0]!.slice(1), 'index.html');
    const hashes = inspectPage(readFileSync(join(dist, file), 'utf8')).scripts.map(scriptHash);
    const allowed = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(new Set(allowed.split(' ').filter((s) => s.startsWith("'sha256-"))), type).toEqual(new Set(hashes));
    expect(await violations(), type).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('search on a Polish page loads the Polish index, speaks Polish and finds Polish pages first', async ({ page }) => {
  const indexes: string[] = [];
  page.on('request', (r) => { if (/pagefind\/pagefind\.[\w-]+\.pf_meta/.test(r.url())) indexes.push(new URL(r.url()).pathname); });
  // The search page.
  await page.goto('/pl/search/?q=uchodźcy');
  const first = page.locator('.search__result').first().getByRole('link');
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /^\/pl\//);
  await expect(page.getByRole('status').filter({ hasText: '„uchodźcy”' })).toBeVisible();
  expect(indexes.length).toBeGreaterThan(0);
  expect(indexes.every((p) => /pagefind\.pl_/.test(p))).toBe(true);
  // The dialog, opened from the header of a Polish chapter.
  await page.goto('/pl/handbook/know-the-needs/');
  await header(page).getByRole('button', { name: pl.searchButton }).click();
  const dialog = page.getByRole('dialog', { name: pl.searchLabel });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').pressSequentially('lista kontrolna');
  const links = dialog.locator('[data-results-list] a');
  await expect(links.first()).toHaveAttribute('href', /^\/pl\//);
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ wynik(i|ów)? dla „lista kontrolna”$/);
  await expect(dialog.getByRole('link', { name: pl.searchDialog.all })).toHaveAttribute('href', '/pl/search/?q=lista+kontrolna');
  // An English page still searches English.
  indexes.length = 0;
  await page.goto('/search/?q=refugees');
  await expect(page.locator('.search__result').first().getByRole('link')).not.toHaveAttribute('href', /^\/pl\//);
  expect(indexes.every((p) => /pagefind\.en-gb_/.test(p))).toBe(true);
});
