import { useStore } from '@nanostores/preact';
import { active } from '../stores/assessment';
import { checklistProgress, percentDone, sumProgress, verdict, type Progress } from '../lib/progress';
import type { AssessablePage } from '../lib/pages';
import { ui } from '../i18n/ui';
import { toolsUi } from '../i18n/ui-tools';
import { useHydrated } from './useHydrated';
import ActionFields from './ActionFields';
import ActionPlan from './ActionPlan';

export interface SummaryViewProps {
  /** Every page with checklists or notes, in reading order. */
  pages: AssessablePage[];
  /** The handbook's reading of a checklist's result, from the chapter on using the handbook. */
  guidance: { all: string; some: string; none: string };
}

function Bar({ p, label }: { p: Progress; label: string }) {
  return (
    <div class="bar">
      <progress max={p.total || 1} value={p.done} aria-label={label} />
      <span class="bar__text">
        {ui.progressLabel(p.done, p.total)} ({percentDone(p)}%)
        {p.planned > 0 && `, ${p.planned} ${ui.summary.itemState.planned.toLowerCase()}`}
        {p.notApplicable > 0 && `, ${ui.checklist.naCount(p.notApplicable)}`}
      </span>
    </div>
  );
}

/** The final page: progress, the reading of each result, what is left to do and its plan, every tick and note. */
export default function SummaryView({ pages, guidance }: SummaryViewProps) {
  const hydrated = useHydrated();
  const a = useStore(active);
  if (!hydrated) return <p class="summary__loading">{ui.summary.loading}</p>;

  const withChecklists = pages.filter((p) => p.checklists.length > 0);
  const progressOf = (ids: string[], checklistId: string) => checklistProgress(ids, a.checklists[checklistId]);
  const pageProgress = (page: AssessablePage) => sumProgress(page.checklists.map((cl) => progressOf(cl.items.map((i) => i.id), cl.id)));
  const overall = sumProgress(withChecklists.map(pageProgress));
  const notes = pages.filter((p) => a.notes[p.pageId]);
  const assessed = withChecklists.flatMap((page) => page.checklists.filter((cl) => cl.mode === 'assess').map((cl) => ({ page, cl })));

  return (
    <div class="summary" data-testid="summary">
      <p class="summary__report-meta">{ui.summary.reportOf(a.name, new Date().toLocaleDateString())}</p>
      <section aria-labelledby="summary-overall">
        <h2 id="summary-overall">{ui.summary.overall}</h2>
        <Bar p={overall} label={ui.summary.overall} />
        <table class="summary__table">
          <caption class="visually-hidden">{ui.summary.byChapter}</caption>
          <thead>
            <tr><th scope="col">{ui.summary.page}</th><th scope="col">{ui.summary.progress}</th></tr>
          </thead>
          <tbody>
            {withChecklists.map((page) => (
              <tr key={page.pageId}>
                <th scope="row"><a href={`${page.href}#checklist`}>{page.title}</a></th>
                <td><Bar p={pageProgress(page)} label={page.shortTitle} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="summary-results">
        <h2 id="summary-results">{toolsUi.results.heading}</h2>
        <ul class="summary__results">
          {assessed.map(({ page, cl }) => {
            const p = progressOf(cl.items.map((i) => i.id), cl.id);
            const started = p.done + p.notApplicable > 0;
            const v = verdict(p);
            return (
              <li key={cl.id} data-result={cl.id} class={`summary__result is-${started ? v : 'not-started'}`}>
                <strong>{page.title}{cl.audience && ` (${cl.audience})`}:</strong>{' '}
                {started ? toolsUi.results[v] : toolsUi.results.notStarted}
                {started && v !== 'empty' && <> ({ui.progressLabel(p.done, p.total)}). {guidance[v]}</>}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="summary-todo">
        <h2 id="summary-todo">{ui.summary.notDone}</h2>
        {overall.open + overall.planned === 0 ? (
          <p>{ui.summary.nothingLeft}</p>
        ) : (
          withChecklists.map((page) => {
            const open = page.checklists.flatMap((cl) =>
              cl.items.filter((i) => !a.checklists[cl.id]?.[i.id] || a.checklists[cl.id]?.[i.id] === 'planned').map((i) => ({ cl, item: i })),
            );
            if (open.length === 0) return null;
            return (
              <div key={page.pageId} class="summary__todo">
                <h3><a href={page.href}>{page.title}</a></h3>
                <ul>
                  {open.map(({ cl, item }) => (
                    <li key={`${cl.id}/${item.id}`} data-todo={`${cl.id}/${item.id}`}>
                      <a href={`${page.href}#${cl.id}--${item.id}`}>{item.text}</a>
                      <ActionFields checklistId={cl.id} itemId={item.id} itemText={item.text} value={a.actions[`${cl.id}/${item.id}`]} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })
        )}
      </section>

      <section aria-labelledby="summary-plan">
        <h2 id="summary-plan">{toolsUi.actions.heading}</h2>
        <ActionPlan pages={withChecklists} assessment={a} />
      </section>

      <section aria-labelledby="summary-checklists">
        <h2 id="summary-checklists">{ui.sections.checklists}</h2>
        {withChecklists.map((page) => (
          <div key={page.pageId} class="summary__page">
            <h3><a href={page.href}>{page.title}</a></h3>
            {page.checklists.map((cl) => (
              <div key={cl.id} class="summary__checklist" data-checklist={cl.id}>
                {page.checklists.length > 1 && <h4>{cl.audience ?? cl.title}</h4>}
                <ul class="summary__items">
                  {cl.items.map((item) => {
                    const state = a.checklists[cl.id]?.[item.id];
                    return (
                      <li key={item.id} class={`summary__item is-${state ?? 'open'}`} data-item={item.id}>
                        <span class="summary__state">{ui.summary.itemState[state ?? 'open']}</span>
                        <span class="summary__text">{item.text}</span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        ))}
      </section>

      <section aria-labelledby="summary-notes">
        <h2 id="summary-notes">{ui.summary.allNotes}</h2>
        {notes.length === 0 ? (
          <p>{ui.summary.noNotes}</p>
        ) : (
          notes.map((page) => {
            const note = a.notes[page.pageId]!;
            return (
              <article key={page.pageId} class="summary__note" data-note={page.pageId}>
                <h3><a href={`${page.href}#notes`}>{page.title}</a></h3>
                <p class="summary__note-text">{note.text}</p>
                <p class="summary__note-date">{ui.summary.savedNote(new Date(note.updated).toLocaleString())}</p>
              </article>
            );
          })
        )}
      </section>
    </div>
  );
}
