import { useStore } from '@nanostores/preact';
import { active } from '../stores/assessment';
import { checklistProgress, percentDone, sumProgress, type Progress } from '../lib/progress';
import type { AssessablePage } from '../lib/pages';
import { ui } from '../i18n/ui';
import { useHydrated } from './useHydrated';

export interface SummaryViewProps {
  /** Every page with checklists or notes, in reading order. */
  pages: AssessablePage[];
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

/** The final page: every checklist's state, every note, progress, and what is left to do. */
export default function SummaryView({ pages }: SummaryViewProps) {
  const hydrated = useHydrated();
  const doc = useStore(active);
  if (!hydrated) return <p class="summary__loading">{ui.summary.loading}</p>;

  const withChecklists = pages.filter((p) => p.checklists.length > 0);
  const progressOf = (page: AssessablePage) =>
    sumProgress(page.checklists.map((cl) => checklistProgress(cl.items.map((i) => i.id), doc.checklists[cl.id])));
  const overall = sumProgress(withChecklists.map(progressOf));
  const notes = pages.filter((p) => doc.notes[p.pageId]);

  return (
    <div class="summary" data-testid="summary">
      <section aria-labelledby="summary-overall">
        <h2 id="summary-overall">{ui.summary.overall}</h2>
        <Bar p={overall} label={ui.summary.overall} />
      </section>

      <section aria-labelledby="summary-by-chapter">
        <h2 id="summary-by-chapter">{ui.summary.byChapter}</h2>
        <table class="summary__table">
          <thead>
            <tr><th scope="col">Chapter</th><th scope="col">Progress</th></tr>
          </thead>
          <tbody>
            {withChecklists.map((page) => (
              <tr key={page.pageId}>
                <th scope="row"><a href={`${page.href}#checklist`}>{page.title}</a></th>
                <td><Bar p={progressOf(page)} label={page.shortTitle} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="summary-todo">
        <h2 id="summary-todo">{ui.summary.notDone}</h2>
        {overall.open === 0 ? (
          <p>{ui.summary.nothingLeft}</p>
        ) : (
          withChecklists.map((page) => {
            const open = page.checklists.flatMap((cl) =>
              cl.items.filter((i) => !doc.checklists[cl.id]?.[i.id]).map((i) => ({ cl, item: i })),
            );
            if (open.length === 0) return null;
            return (
              <div key={page.pageId} class="summary__todo">
                <h3><a href={page.href}>{page.title}</a></h3>
                <ul>
                  {open.map(({ cl, item }) => (
                    <li key={`${cl.id}/${item.id}`}><a href={`${page.href}#${cl.id}--${item.id}`}>{item.text}</a></li>
                  ))}
                </ul>
              </div>
            );
          })
        )}
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
                    const state = doc.checklists[cl.id]?.[item.id];
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
            const note = doc.notes[page.pageId]!;
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
