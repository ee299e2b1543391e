import type { PageResult } from '../lib/summary';
import { percentDone } from '../lib/progress';
import { fill } from '../lib/fill';
import { ui } from '../i18n/ui';
import { toolsUi } from '../i18n/ui-tools';

const t = toolsUi.overview;

/** The printed report's overview: one line per chapter and guide (on screen the task list shows the same). */
export default function SummaryReportTable({ results }: { results: PageResult[] }) {
  return (
    <div class="print-only">
    <table class="summary__report-table">
      <caption>{t.reportTable}</caption>
      <thead>
        <tr>
          <th scope="col">{ui.summary.page}</th>
          <th scope="col">{ui.summary.progress}</th>
          <th scope="col">{toolsUi.results.heading}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={r.page.pageId}>
            <th scope="row">{r.page.shortName}</th>
            <td>
              {fill(ui.progressScoped.page, { ...r.progress })} ({percentDone(r.progress)}%)
              {r.progress.notApplicable > 0 && `, ${fill(ui.checklist.naCount, { n: r.progress.notApplicable })}`}
            </td>
            <td>
              {[t.status[r.status], r.notes.length ? t.notes(r.notes.length) : '', r.withAction.length ? t.actions(r.withAction.length) : ''].filter(Boolean).join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
