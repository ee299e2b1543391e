/**
 * Print on real PDFs: every printable page type is printed by Chromium on A4 and Letter, and the
 * PDF's text (unpdf) is checked: no navigation, every checklist item present the expected number
 * of times and never split across a page break, headings never last on a page, the title, address
 * and page number on every page, link targets after external links, a page count in range.
 * PDFs and PNG renderings land in test-results/print-artefacts/ for people to look at (under
 * Playwright's output folder: `--output` moves it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { ui } from '../../src/i18n/ui';
import { toolsUi } from '../../src/i18n/ui-tools';

/** test-results/print-artefacts/ (under Playwright's output folder, which is gitignored). */
const artefact = (name: string) => {
  const dir = join(test.info().project.outputDir, 'print-artefacts');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
};

/** A checklist as the content folder defines it: what every printed form must carry. */
interface List { id: string; page: string; items: string[] }
const LISTS: List[] = readdirSync('content/checklists')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const d = parse(readFileSync(join('content/checklists', f), 'utf8'));
    return { id: f.replace(/\.yaml$/, ''), page: d.chapter ? `handbook/${d.chapter}` : `sectors/${d.sector}`, items: d.items.map((i: { text: string }) => i.text) };
  });
const listsOf = (...pages: string[]) => LISTS.filter((l) => pages.includes(l.page));
const listById = (id: string) => LISTS.find((l) => l.id === id)!;

interface PrintDoc {
  path: string;
  /** Inclusive range of PDF pages, on A4 and on Letter. */
  pages: [number, number];
  /** Checklists whose every item the document prints… */
  lists?: List[];
  /** …exactly once (default) or at least once (the summary also lists what is left to do). */
  once?: boolean;
  /** Checklists whose items must not be printed. */
  absent?: List[];
  /** Text that must be printed. */
  contains?: string[];
  /** Print with JavaScript off. */
  noScript?: boolean;
}

const SELECTED = ['know-the-needs', 'sector-housing'];

/** The page-type map: every type the issue names, plus the pack with a selection and without JS. */
const DOCS: Record<string, PrintDoc> = {
  chapter: { path: '/handbook/know-the-needs/', pages: [4, 12], lists: listsOf('handbook/know-the-needs'), contains: ['Benefits', 'Further reading'] },
  practice: { path: '/practices/sofia-information-bureau/', pages: [1, 5] },
  sector: { path: '/sectors/employment/', pages: [5, 20], lists: listsOf('sectors/employment'), contains: ['Potential activities'] },
  glossary: { path: '/glossary/', pages: [10, 40] },
  // Empty, the report is its overview table: every chapter and guide, nothing to detail (summary-overview.spec.ts prints it with ticks and notes).
  summary: { path: '/summary/', pages: [1, 3], contains: ['Results by chapter and guide', 'Key area 2: Serve everyone', 'Participation'] },
  worksheet: { path: '/handbook/know-the-needs/worksheet/', pages: [1, 4], lists: listsOf('handbook/know-the-needs'), contains: [ui.worksheet.date, ui.worksheet.team, ui.worksheet.notes] },
  sectorWorksheet: { path: '/sectors/employment/worksheet/', pages: [1, 5], lists: listsOf('sectors/employment'), contains: [ui.checklist.weDoThis, ui.checklist.planned] },
  workshopPack: { path: '/handbook/workshop-pack/', pages: [LISTS.length, 4 * LISTS.length], lists: LISTS },
  workshopPackSelected: {
    path: `/handbook/workshop-pack/?lists=${SELECTED.join(',')}`,
    pages: [2, 8],
    lists: SELECTED.map(listById),
    absent: LISTS.filter((l) => !SELECTED.includes(l.id)),
  },
  workshopPackNoScript: { path: `/handbook/workshop-pack/?lists=${SELECTED.join(',')}`, pages: [LISTS.length, 4 * LISTS.length], lists: LISTS, noScript: true },
  wholeHandbook: { path: '/handbook/print/', pages: [30, 100], lists: LISTS.filter((l) => l.page.startsWith('handbook/')), absent: LISTS.filter((l) => l.page.startsWith('sectors/')), contains: ['Contents', '11. Indicators for assessing the quality of practices'] },
};

/** Text compared without any white space: line breaks fall differently on paper. */
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const count = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);

/** Every island that hydrates on load or when idle has hydrated (client:visible ones wait to be seen), and every part made live by a page script is live. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="visible"]), [data-enhance]').length === 0);
}

async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

/** What the page shows on screen and must not print: navigation, search, buttons, forms. */
async function chromeTexts(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('.site-header nav, .site-header form, .site-footer, .skip-link, .sidebar, .toc, .pagination, .letters, button, .pack__form legend')]
      .map((el) => (el.textContent ?? '').trim())
      .filter((t) => t.length > 8),
  );
  return [...new Set([...texts, ui.skipLink, ui.toc, ui.print, toolsUi.printing.packPrint, ui.footer.privacy])];
}

/** Visible headings of the main content, and external link targets, as the print media shows them. */
async function printedStructure(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    const main = document.querySelector('main')!;
    /** The printed text that follows a heading: what must share its page. */
    const textAfter = (h: Element) => {
      const walker = document.createTreeWalker(h.closest('section, article, .prose') ?? main, NodeFilter.SHOW_TEXT);
      walker.currentNode = h;
      let out = '';
      for (let node = walker.nextNode(); node && out.replace(/\s+/g, '').length < 24; node = walker.nextNode()) {
        if (!h.contains(node) && node.parentElement?.checkVisibility()) out += node.textContent;
      }
      return out;
    };
    const headings = [...main.querySelectorAll('h1, h2, h3, h4')].filter(visible).map((h) => ({ text: (h as HTMLElement).innerText.trim(), next: textAfter(h) }));
    const links = [...main.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].filter(visible).map((a) => a.getAttribute('href')!);
    const sizes = [...main.querySelectorAll('p, li, dd')].filter(visible).map((el) => parseFloat(getComputedStyle(el).fontSize)).sort((a, b) => a - b);
    // Running heads of named pages (a chapter of the whole handbook, a sheet of the pack).
    const namedHeads = [...document.querySelectorAll('style')].flatMap((st) =>
      [...(st.textContent ?? '').matchAll(/@page [\w-]+\{@top-left\{content:"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')),
    );
    return { headings, links, namedHeads, medianFontPx: sizes[Math.floor(sizes.length / 2)] ?? 0, title: document.title, path: location.pathname };
  });
}

for (const [type, doc] of Object.entries(DOCS)) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`print ${type} on ${format}: a real PDF that reads as well as the page`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ javaScriptEnabled: !doc.noScript });
      const page = await context.newPage();
      await page.goto(doc.path);
      if (!doc.noScript) await settled(page);
      const chrome = await chromeTexts(page);
      const shape = await printedStructure(page);
      // A build with SITE_URL prints the page's address; one without prints none (no placeholder).
      const published = /^https?:\/\//.test((await page.locator('link[rel=canonical]').getAttribute('href')) ?? '');
      const buffer = await page.pdf({ format });
      await context.close();
      writeFileSync(artefact(`${type}-${format}.pdf`), buffer);

      const pages = (await pdfPages(buffer)).map(squash);
      const all = pages.join('');
      const n = pages.length;
      console.log(`${type} ${format}: ${n} pages`);
      expect(n, 'page count').toBeGreaterThanOrEqual(doc.pages[0]);
      expect(n, 'page count').toBeLessThanOrEqual(doc.pages[1]);

      // Readable type: the body text prints at 11 pt (14.67 px) or more.
      expect(shape.medianFontPx).toBeGreaterThanOrEqual(14.6);

      // The page title (or, on a named page, its own running head), the site address and
      // "Page i of n" on every printed page; the body is what follows them.
      const address = new RegExp(`https?://[\\w.-]+(?::\\d+)?${shape.path.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')}`);
      const heads = [shape.title, ...shape.namedHeads].map(squash);
      const bodies = pages.map((p, i) => {
        expect(heads.some((h) => p.startsWith(h)), `running head on page ${i + 1}: ${p.slice(0, 80)}`).toBe(true);
        expect(p, `page number on page ${i + 1}`).toContain(squash(`${toolsUi.printing.page} ${i + 1} ${toolsUi.printing.of} ${n}`));
        const at = address.exec(p);
        if (!published) {
          expect(at, `no site address on page ${i + 1} of a build without SITE_URL`).toBeNull();
          const number = squash(`${toolsUi.printing.page} ${i + 1} ${toolsUi.printing.of} ${n}`);
          return p.slice(p.indexOf(number) + number.length);
        }
        expect(at, `site address on page ${i + 1}`).not.toBeNull();
        return p.slice(at!.index + at![0].length);
      });
      const body = bodies.join('');

      for (const text of chrome) expect(all, `navigation printed: ${text}`).not.toContain(squash(text));
      for (const text of doc.contains ?? []) expect(all).toContain(squash(text));

      // Every checklist item the expected number of times, each wholly on one page.
      const items = (doc.lists ?? []).flatMap((l) => l.items).map(squash);
      const itemProblems: string[] = [];
      for (const item of new Set(items)) {
        const expected = items.reduce((k, other) => k + count(other, item), 0);
        const onPages = bodies.reduce((k, p) => k + count(p, item), 0);
        const label = item.slice(0, 50);
        if (count(body, item) !== onPages) itemProblems.push(`split across a page break: ${label}`);
        // A grid row split by a page break leaves the start of its text on one page and the rest on the next.
        const cut = bodies.some((p) => p.includes(item.slice(0, 30)) && !p.includes(item));
        if (doc.once === false ? onPages < expected : onPages !== expected) {
          itemProblems.push(`printed ${onPages} times, not ${expected}${cut ? ' (split across a page break)' : ''}: ${label}`);
        }
      }
      for (const item of (doc.absent ?? []).flatMap((l) => l.items)) if (all.includes(squash(item))) itemProblems.push(`printed though not chosen: ${item.slice(0, 50)}`);
      expect(itemProblems).toEqual([]);

      // A heading is never the last thing on a page, with what it introduces on the next.
      const orphans: string[] = [];
      for (const { text, next } of shape.headings) {
        const [h, after] = [squash(text), squash(next).slice(0, 12)];
        if (!h || !after) continue;
        bodies.slice(0, -1).forEach((p, i) => {
          if (p.endsWith(h) && bodies[i + 1]!.startsWith(after)) orphans.push(`"${text}" ends page ${i + 1}`);
        });
      }
      expect(orphans).toEqual([]);
      // External links show their target.
      for (const href of shape.links.slice(0, 12)) expect(all, `target of ${href}`).toContain(squash(href));
    });
  }
}

test('the whole handbook names each chapter in the running head of its pages, in order', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(DOCS.wholeHandbook!.path);
  const titles = await page.locator('.book__title').allInnerTexts();
  expect(titles.length).toBeGreaterThan(5);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  for (const a of await page.locator('.book__toc a').all()) {
    await expect(page.locator(await a.getAttribute('href') as string)).toHaveCount(1);
  }
  const pages = (await pdfPages(await page.pdf({ format: 'A4' }))).map(squash);
  const firstPageOf = titles.map((t) => pages.findIndex((p) => p.startsWith(squash(t))));
  for (const [i, first] of firstPageOf.entries()) {
    expect(first, `chapter ${titles[i]} has its running head`).toBeGreaterThan(0);
    if (i > 0) expect(first).toBeGreaterThan(firstPageOf[i - 1]!);
  }
});

test('the workshop pack prints what the trainer picks, and the address keeps the pick', async ({ page }) => {
  await page.goto('/handbook/workshop-pack/');
  const sheets = page.locator('.pack__sheet');
  await expect(sheets).toHaveCount(LISTS.length);
  await expect(page.getByRole('checkbox')).toHaveCount(LISTS.length);
  await page.getByRole('button', { name: toolsUi.printing.packNone }).click();
  await expect(page.getByRole('button', { name: toolsUi.printing.packPrint })).toBeDisabled();
  await expect(page.getByRole('status')).toHaveText(toolsUi.printing.packEmpty);
  await page.locator('#pick-coordinate').check();
  await page.locator('#pick-sector-housing').check();
  await expect(page).toHaveURL(/\?lists=coordinate,sector-housing$/);
  await expect(sheets.and(page.locator(':visible'))).toHaveCount(2);
  await page.evaluate(() => { (window as any).printed = 0; window.print = () => { (window as any).printed++; }; });
  await page.getByRole('button', { name: toolsUi.printing.packPrint }).click();
  expect(await page.evaluate(() => (window as any).printed)).toBe(1);
  // The shared address opens with the same pick.
  await page.goto(page.url());
  await expect(page.locator('#pick-coordinate')).toBeChecked();
  await expect(page.locator('#pick-know-the-needs')).not.toBeChecked();
  await expect(sheets.and(page.locator(':visible'))).toHaveCount(2);
});

for (const [where, path] of [
  ['chapter', DOCS.chapter!.path],
  ['worksheet', DOCS.worksheet!.path],
  ['summary', DOCS.summary!.path],
  ['whole handbook', DOCS.wholeHandbook!.path],
] as const) {
  test(`the ${where} has a print button that opens the browser's print`, async ({ page }) => {
    await page.goto(path);
    await settled(page);
    await page.evaluate(() => { (window as any).printed = 0; window.print = () => { (window as any).printed++; }; });
    await page.locator('[data-print]').first().click();
    expect(await page.evaluate(() => (window as any).printed)).toBe(1);
  });
}

test('PNG renderings of a chapter and a worksheet first page are kept for people to look at', async ({ page }) => {
  for (const [name, path] of [['chapter', DOCS.chapter!.path], ['worksheet', DOCS.worksheet!.path]] as const) {
    await page.goto(path);
    await settled(page);
    const pdf = artefact(`${name}-first-page.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', pageRanges: '1' }));
    let png = artefact(`${name}-first-page.png`);
    try {
      // poppler-utils (Debian): the PDF page exactly as printed.
      execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, png.replace(/\.png$/, '')]);
    } catch {
      png = artefact(`${name}-first-page-screenshot.png`);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: png });
    }
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  }
});
