/**
 * The summary's pages (every page with checklists or notes, in reading order), shared by its
 * islands: the results overview (SummaryView) is handed them once, as a packed prop, and puts them
 * here; the export (DataTransfer) reads them when a report is asked for. Handing both islands the
 * same 73 KB prop put it twice in the page and had Astro revive the second copy value by value.
 */
import { atom } from 'nanostores';
import type { AssessablePage } from '../lib/pages';

/** Undefined until the overview has started (it hydrates on load; the export when idle). */
export const summaryPages = atom<AssessablePage[] | undefined>(undefined);
