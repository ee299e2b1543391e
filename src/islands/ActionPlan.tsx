import { useState } from 'preact/hooks';
import { isOverdue, localDate, sortPlan, type PlanRow, type PlanSort } from '../lib/action-plan';
import type { AssessablePage } from '../lib/pages';
import type { SummarySource } from '../lib/summary';
import { formatDate } from '../lib/dates';
import { toolsUi } from '../i18n/live-tools';

export interface ActionPlanProps {
  pages: AssessablePage[];
  assessment: SummarySource;
}

/** Every planned action, sortable by target date or by chapter, overdue ones marked; cards on a narrow screen. */
export default function ActionPlan({ pages, assessment }: ActionPlanProps) {
  const [sort, setSort] = useState<PlanSort>('date');
  const today = localDate(new Date());
  const rows: PlanRow[] = [];
  pages.forEach((page, pageOrder) => {
    for (const cl of page.checklists) {
      for (const item of cl.items) {
        const act = assessment.actions[`${cl.id}/${item.id}`];
        if (!act?.action || assessment.checklists[cl.id]?.[item.id] === 'done') continue;
        rows.push({ ...act, key: `${cl.id}/${item.id}`, pageTitle: page.shortName, pageOrder, itemText: item.text, href: `${page.href}#${cl.id}--${item.id}`, overdue: isOverdue(act.due, today) });
      }
    }
  });
  if (rows.length === 0) return <p>{toolsUi.actions.none}</p>;
  return (
    <div class="action-plan">
      <p class="action-plan__sort no-print">
        <label for="plan-sort">{toolsUi.actions.sortBy}</label>{' '}
        <select id="plan-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as PlanSort)}>
          <option value="date">{toolsUi.actions.byDate}</option>
          <option value="chapter">{toolsUi.actions.byChapter}</option>
        </select>
      </p>
      <table class="action-plan__table" data-testid="action-plan">
        <thead>
          <tr>
            <th scope="col">{toolsUi.actions.action}</th>
            <th scope="col">{toolsUi.actions.owner}</th>
            <th scope="col">{toolsUi.actions.due}</th>
            <th scope="col">{toolsUi.actions.item}</th>
          </tr>
        </thead>
        <tbody>
          {sortPlan(rows, sort).map((r) => (
            <tr key={r.key} class={r.overdue ? 'is-overdue' : undefined} data-plan={r.key}>
              <td data-label={toolsUi.actions.action}>{r.action}</td>
              <td data-label={toolsUi.actions.owner}>{r.owner}</td>
              <td data-label={toolsUi.actions.due}>
                {r.due ? formatDate(`${r.due}T00:00`) : toolsUi.actions.noDate}
                {r.overdue && <strong class="action-plan__overdue"> {toolsUi.actions.overdue}</strong>}
              </td>
              <td data-label={toolsUi.actions.item}><a href={r.href}>{r.itemText}</a> <span class="meta">({r.pageTitle})</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
