import { percentDone } from '../lib/progress';
import { fill } from '../lib/fill';
import type { PageResult, SummaryFilter, SummarySource } from '../lib/summary';
import { hasActivity } from '../lib/summary';
import { ui } from '../i18n/ui';
import { toolsUi } from '../i18n/ui-tools';
import SummaryDetail from './SummaryDetail';

const t = toolsUi.overview;

export interface SummaryTaskProps {
  result: PageResult;
  actions: SummarySource['actions'];
  guidance: { all: string; some: string; none: string };
  filter: SummaryFilter;
  open: boolean;
  /** Render the detail: the row is open, or the page is being printed. */
  render: boolean;
  printOpen: boolean;
  onToggle: (pageId: string, open: boolean) => void;
}

/** The reading of a page in a few words: all, some or no points met; for plans, how many are planned. */
function reading(r: PageResult): string {
  if (r.status === 'not-started') return '';
  const assess = r.page.checklists.some((c) => c.mode === 'assess');
  if (!assess) return r.progress.planned ? `${r.progress.planned} ${t.planned}` : '';
  if (r.progress.total === 0) return toolsUi.results.empty;
  return toolsUi.results[r.progress.done === r.progress.total ? 'all' : r.progress.done === 0 ? 'none' : 'some'];
}

/** One row of the task list: a page's status and figures; opening it shows its detail. */
export default function SummaryTask({ result: r, actions, guidance, filter, open, render, printOpen, onToggle }: SummaryTaskProps) {
  const p = r.progress;
  const counts = [r.notes.length ? t.notes(r.notes.length) : '', r.withAction.length ? t.actions(r.withAction.length) : ''].filter(Boolean);
  const said = reading(r);
  const touched = hasActivity(r);
  return (
    <li class={`task is-${r.status}${touched ? ' is-touched' : ''}`} data-page={r.page.pageId}>
      {/* A toggle that only follows what was rendered (a filter opened the row) is not the reader's. */}
      <details open={open} onToggle={(e) => { const now = (e.currentTarget as HTMLDetailsElement).open; if (now !== open) onToggle(r.page.pageId, now); }}>
        <summary class="task__summary">
          <span class="task__name">{r.page.name}</span>
          <span class="task__status summary__figure" data-testid="task-status">{t.status[r.status]}</span>
          <span class="task__progress summary__figure">
            <progress max={p.total || 1} value={p.done} aria-hidden="true" />
            <span data-testid="task-progress">{fill(ui.progressScoped.page, { ...p })} ({percentDone(p)}%){p.notApplicable > 0 && `, ${fill(ui.checklist.naCount, { n: p.notApplicable })}`}</span>
            {counts.length > 0 && <span class="task__counts" data-testid="task-counts">{counts.join(' · ')}</span>}
          </span>
          {said && <span class="task__meta summary__figure" data-testid="task-reading">{said}</span>}
        </summary>
        {render && <SummaryDetail result={r} actions={actions} guidance={guidance} filter={filter} printOpen={printOpen} />}
      </details>
    </li>
  );
}
