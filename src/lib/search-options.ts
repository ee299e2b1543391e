/**
 * How search ranks results, one setting for the header's dialog and the /search/ page (see
 * Pagefind's ranking options). Sector guides and chapters are long pages: with Pagefind's default
 * weight on page length (0.75) a guide named "Employment" fell behind short practice pages that
 * only mention the word in their titles. Less weight on length lets a title match on a long page
 * count as much as one on a short page.
 */
export const SEARCH_RANKING = { pageLength: 0.4 } as const;
