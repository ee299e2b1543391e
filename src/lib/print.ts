/**
 * Print helpers: the running heads of printed pages and the workshop pack's selection.
 *
 * Chromium (131 and later) prints CSS page-margin boxes (`@page { @top-left { content: … } }`)
 * with literal strings and the `page` and `pages` counters, and it honours named pages
 * (`page: chapter-3`) with margin boxes of their own. It does not implement `string-set` /
 * `string()` nor `target-counter()` (checked by printing PDFs in Chromium 156), so each page
 * writes its own title into an inline `@page` rule, and the whole-handbook view gives every
 * chapter a named page whose running head names the chapter.
 */

/** A CSS string literal (double-quoted) that prints `text` as it is, whatever it contains. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3C ');
  return `"${escaped}"`;
}

/** What every printed page shows in its margins. */
export interface RunningHeads {
  /** The page's title: top left. */
  title: string;
  /** The site's address of the page: bottom left; none when the build knows no origin (SITE_URL). */
  address?: string;
  /** "Page 2 of 7" pieces: bottom right, around the counters. */
  pageWord?: string;
  ofWord?: string;
}

/**
 * The `@page` rule that prints the page title at the top and the page's address and number at
 * the bottom of every printed page. With `name`, a named page's rule (only its title differs).
 */
export function runningHeadsCss({ title, address, pageWord = 'Page', ofWord = 'of' }: RunningHeads, name?: string): string {
  if (name) return `@page ${name}{@top-left{content:${cssString(title)}}}`;
  return (
    `@page{` +
    `@top-left{content:${cssString(title)}}` +
    (address ? `@bottom-left{content:${cssString(address)}}` : '') +
    `@bottom-right{content:${cssString(`${pageWord} `)} counter(page) ${cssString(` ${ofWord} `)} counter(pages)}` +
    `}`
  );
}

/**
 * The checklists a workshop pack prints, from the `lists` query parameter ("a,b,c"): the known
 * ids it names, in the pack's order. No parameter, or one naming no known id, selects them all.
 */
export function selectedLists(param: string | null | undefined, all: readonly string[]): string[] {
  const wanted = new Set((param ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const chosen = all.filter((id) => wanted.has(id));
  return chosen.length ? chosen : [...all];
}

/** The `lists` parameter for a selection: undefined when everything (or nothing) is selected. */
export function listsParam(selected: readonly string[], all: readonly string[]): string | undefined {
  const set = new Set(selected);
  const chosen = all.filter((id) => set.has(id));
  return chosen.length === 0 || chosen.length === all.length ? undefined : chosen.join(',');
}
