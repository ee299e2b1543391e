import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { active } from '../stores/assessment';
import { summaryPages } from '../stores/summary-pages';
import { pagesInScope, percentDone, progressOf, type Progress } from '../lib/progress';
import { hasActivity, isBlank, matchesFilter, pageResult, SUMMARY_FILTERS, type PageResult, type SummaryFilter, type SummarySource } from '../lib/summary';
import { formatDate } from '../lib/dates';
import { fill } from '../lib/fill';
import type { AssessablePage } from '../lib/pages';
import { unpack, type Packed } from '../lib/packed';
import { shownName } from '../lib/saved-format';
import { ui } from '../i18n/live-ui';
import { toolsUi } from '../i18n/live-tools';
import { useHydrated } from './useHydrated';
import { useSteps } from './useSteps';
import SummaryTask from './SummaryTask';
import SummaryReportTable from './SummaryReportTable';
import ActionPlan from './ActionPlan';

const t = toolsUi.overview;
const NOTHING: SummarySource = { checklists: {}, notes: {}, actions: {} };
/** Rows that take their saved figures in one frame: the summary fills in over a few short tasks. */
const ROWS_PER_STEP = 8;

export interface SummaryViewProps {
  /** Every page with checklists or notes, in reading order (packed: it is the page's largest prop). */
  pages: Packed<AssessablePage[]>;
  /** The handbook's reading of a checklist's result, from the chapter on using the handbook. */
  guidance: { all: string; some: string; none: string };
}

function Overall({ p, text }: { p: Progress; text: string }) {
  return (
    <p class="bar summary__overall">
      <progress max={p.total || 1} value={p.done} aria-hidden="true" />
      <span>{text} ({percentDone(p)}%)</span>
    </p>
  );
}

/**
 * The results overview, as the GOV.UK task list: one row per chapter and sector guide with its
 * status, progress, reading and counts; a row opens onto its detail, rendered only when opened
 * (or printed). The server renders every row as for an empty assessment, hidden until the saved
 * figures are in, so nothing moves when they arrive. After hydration the saved figures go in a
 * few rows per frame, then the overall figures and the plan, so no step is a long task.
 */
export default function SummaryView({ pages, guidance }: SummaryViewProps) {
  const hydrated = useHydrated();
  const a = useStore(active);
  const source: SummarySource = hydrated ? a : NOTHING;
  const [filter, setFilter] = useState<SummaryFilter>('all');
  const [openRows, setOpenRows] = useState<ReadonlySet<string>>(new Set());
  const [printing, setPrinting] = useState(false);
  const [printOpen, setPrintOpen] = useState(false);

  // Paper cannot open a row: every row's detail is rendered for printing, and dropped after.
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    const query = matchMedia('print');
    const onQuery = (e: MediaQueryListEvent) => setPrinting(e.matches);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    query.addEventListener('change', onQuery);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      query.removeEventListener('change', onQuery);
    };
  }, []);

  const allPages = useMemo(() => unpack(pages), [pages]);
  // The export's reports read the same pages (src/stores/summary-pages.ts).
  useEffect(() => summaryPages.set(allPages), [allPages]);
  const withChecklists = useMemo(() => allPages.filter((p) => p.checklists.length > 0), [allPages]);
  const rowSteps = Math.ceil(withChecklists.length / ROWS_PER_STEP);
  // Nothing saved when the page opened (a first visit): the rows as the server drew them are right,
  // so they are complete at once, with no frames of filling in and no re-render per step.
  const [startedBlank] = useState(() => isBlank(active.get()));
  const atOnce = printing || (hydrated && startedBlank);
  const step = useSteps(hydrated && !startedBlank, rowSteps + 1);
  // Printing cannot wait for the frames: paper gets everything at once.
  const applied = atOnce ? withChecklists.length : Math.min(withChecklists.length, step * ROWS_PER_STEP);
  const complete = atOnce || step > rowSteps;
  const emptyResults = useMemo(() => withChecklists.map((p) => pageResult(p, NOTHING)), [withChecklists]);
  // Each page's result from the saved assessment, computed once per version of it.
  const savedResults = useMemo(() => new Map<string, PageResult>(), [a]);
  const results = withChecklists.map((p, i) => {
    if (i >= applied) return emptyResults[i]!;
    let r = savedResults.get(p.pageId);
    if (!r) savedResults.set(p.pageId, (r = pageResult(p, source)));
    return r;
  });
  const whole = complete ? source : NOTHING;
  const matching = results.filter((r) => matchesFilter(r, filter));
  const toggle = (pageId: string, open: boolean) =>
    setOpenRows((rows) => {
      if (rows.has(pageId) === open) return rows;
      const next = new Set(rows);
      if (open) next.add(pageId);
      else next.delete(pageId);
      return next;
    });
  // A filter other than "everything" opens the rows it matches: the reader asked to see those items.
  const isOpen = (pageId: string) => openRows.has(pageId) || (filter !== 'all' && matching.some((r) => r.page.pageId === pageId));

  const groups = [
    { id: 'summary-chapters', heading: t.chaptersHeading, scope: 'handbook' as const, list: results.filter((r) => r.page.pageId.startsWith('handbook/')) },
    { id: 'summary-sectors', heading: t.sectorsHeading, scope: 'sectors' as const, list: results.filter((r) => r.page.pageId.startsWith('sectors/')) },
  ];
  const handbook = progressOf(pagesInScope(withChecklists, 'handbook'), whole.checklists);
  const all = progressOf(withChecklists, whole.checklists);

  return (
    <div class={`summary${complete ? '' : ' is-pending'}${printOpen ? ' is-print-open' : ''}`} data-testid="summary">
      {/* On screen the assessment's name heads the page (the badge above the title); on paper, this line. */}
      <p class="summary__report-meta print-only">{complete && t.activeLine(shownName(a.name, ui.badge.defaultName), formatDate(new Date()))}</p>
      <section aria-labelledby="summary-overall">
        <h2 id="summary-overall">{ui.summary.overall}</h2>
        <div class="summary__figure" data-testid="summary-overall">
          <Overall p={handbook} text={fill(ui.progressScoped.handbook, { ...handbook })} />
          <Overall p={all} text={fill(ui.progressScoped.all, { ...all })} />
        </div>
      </section>

      <section aria-labelledby="summary-results">
        <h2 id="summary-results">{t.resultsHeading}</h2>
        {/* Paper only: rendered for printing (as the rows' details are), so loading the page does not build it. */}
        {printing && <SummaryReportTable results={results} />}
        <p class="summary__filter no-print">
          <label for="summary-filter">{t.filterLegend}</label>{' '}
          <select id="summary-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as SummaryFilter)}>
            {SUMMARY_FILTERS.map((f) => <option key={f} value={f}>{t.filters[f]}</option>)}
          </select>
        </p>
        <p class="summary__filter-count no-print" role="status">
          {filter === 'all' ? '' : matching.length ? t.filterCount(matching.length) : t.filterNone}
        </p>
        {groups.map((g) => {
          const shown = g.list.filter((r) => matching.includes(r));
          if (shown.length === 0) return null;
          return (
            <section key={g.id} aria-labelledby={g.id} class={`summary__group${shown.some(hasActivity) ? ' is-touched' : ''}`}>
              <h3 id={g.id}>{g.heading}</h3>
              <ul class="task-list">
                {shown.map((r) => (
                  <SummaryTask
                    key={r.page.pageId}
                    result={r}
                    actions={source.actions}
                    guidance={guidance}
                    filter={filter}
                    open={isOpen(r.page.pageId)}
                    render={isOpen(r.page.pageId) || printing}
                    printOpen={printOpen}
                    onToggle={toggle}
                  />
                ))}
              </ul>
            </section>
          );
        })}
        <p class="summary__print-option no-print">
          <label>
            <input type="checkbox" checked={printOpen} onChange={(e) => setPrintOpen(e.currentTarget.checked)} aria-describedby="summary-print-hint" />
            {t.printOpen}
          </label>
          <span id="summary-print-hint" class="meta">{t.printHint}</span>
        </p>
      </section>

      <section aria-labelledby="summary-plan">
        <h2 id="summary-plan">{toolsUi.actions.heading}</h2>
        <ActionPlan pages={withChecklists} assessment={whole} />
      </section>
    </div>
  );
}
