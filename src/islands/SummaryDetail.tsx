import type { ItemRef, PageResult, SummaryFilter, SummarySource } from '../lib/summary';
import { visibleGroups } from '../lib/summary';
import { formatDate, formatDateTime } from '../lib/dates';
import { ui } from '../i18n/live-ui';
import { toolsUi } from '../i18n/live-tools';
import ActionFields from './ActionFields';

const t = toolsUi.overview;

export interface SummaryDetailProps {
  result: PageResult;
  actions: SummarySource['actions'];
  guidance: { all: string; some: string; none: string };
  filter: SummaryFilter;
  printOpen: boolean;
}

const audience = (ref: ItemRef, many: boolean) => (many ? ` (${ref.checklist.audience ?? ref.checklist.title})` : '');

/** The detail of one page: the handbook's reading, its items grouped by state, its notes and actions. */
export default function SummaryDetail({ result: r, actions, guidance, filter, printOpen }: SummaryDetailProps) {
  const many = r.page.checklists.length > 1;
  const groups = visibleGroups(r, filter);
  const open = r.groups.open.length;
  const listsOpen = groups.some((g) => g.group === 'open');
  // One group of items (done, not applicable, to do, with an action), in the same markup for each.
  const renderGroup = ({ group, items }: (typeof groups)[number]) => (
    <div key={group} class={`task__group task__group--${group}`} data-group={group}>
      <h4>{t.groups[group]}{t.groupCount(items.length)}</h4>
      <ul class="task__items">
        {items.map((ref) => (
          <li key={ref.key} data-item={ref.key} class={`task__item is-${ref.state ?? 'open'}`}>
            <a href={ref.href}>{ref.item.text}</a>
            {audience(ref, many) && <span class="meta">{audience(ref, many)}</span>}
            {ref.state === 'planned' && <span class="tag">{ui.summary.itemState.planned}</span>}
            {(group === 'open' || group === 'action') && (
              <ActionFields checklistId={ref.checklist.id} itemId={ref.item.id} itemText={ref.item.text} value={actions[ref.key]} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <div class="task__detail" data-detail={r.page.pageId}>
      <p class="no-print"><a href={r.page.href}>{t.goTo(r.page.name)}</a></p>
      {filter === 'all' && r.status !== 'not-started' && r.readings.length > 0 && (
        <ul class="task__readings">
          {r.readings.map(({ checklist, progress, verdict: v }) => (
            <li key={checklist.id} data-result={checklist.id}>
              {many && <strong>{checklist.audience ?? checklist.title}: </strong>}
              {toolsUi.results[v]}
              {v !== 'empty' && <> ({ui.progressLabel(progress.done, progress.total)}). {guidance[v]}</>}
            </li>
          ))}
        </ul>
      )}
      {/* What the reader did and wrote comes first: one tap from the top reaches it. */}
      {groups.filter((g) => g.group === 'done' || g.group === 'na').map(renderGroup)}
      {filter === 'all' && r.notes.length > 0 && (
        <div class="task__notes">
          <h4>{t.notesHeading}</h4>
          {r.notes.map((n) => (
            <article key={n.key} class="summary__note" data-note={n.key}>
              {n.checklist && <p class="summary__note-for">{t.noteFor(n.checklist.audience ?? n.checklist.title)}</p>}
              <p class="summary__note-text">{n.text}</p>
              <p class="summary__note-date">{ui.summary.savedNote(formatDateTime(n.updated))}</p>
            </article>
          ))}
        </div>
      )}
      {groups.filter((g) => g.group === 'open' || g.group === 'action').map(renderGroup)}
      {r.withAction.length > 0 && (
        <div class="task__print-actions print-only">
          <h4>{t.groups.action}</h4>
          <ul>
            {r.withAction.map((ref) => {
              const act = actions[ref.key]!;
              return (
                <li key={ref.key}>
                  <strong>{act.action}</strong>
                  {act.owner && ` · ${act.owner}`}
                  {act.due && ` · ${formatDate(`${act.due}T00:00`)}`}
                  <br />
                  <span class="meta">{ref.item.text}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {filter === 'all' && (
        <p class={`task__left${listsOpen && printOpen ? ' no-print' : ''}`}>{open ? t.openLeft(open) : t.nothingLeft}</p>
      )}
    </div>
  );
}
