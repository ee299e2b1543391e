import { useStore } from '@nanostores/preact';
import { active } from '../stores/assessment';
import { checklistProgress, isStarted, percentDone, sumProgress } from '../lib/progress';
import type { AssessablePage } from '../lib/pages';
import { useHydrated } from './useHydrated';

export interface HomeProgressProps {
  pages: Pick<AssessablePage, 'checklists'>[];
  summaryHref: string;
}

/** On the home page, for a returning reader: how far they got, and a way back to it. */
export default function HomeProgress({ pages, summaryHref }: HomeProgressProps) {
  const hydrated = useHydrated();
  const doc = useStore(active);
  const p = sumProgress(pages.flatMap((pg) => pg.checklists.map((cl) => checklistProgress(cl.items.map((i) => i.id), doc.checklists[cl.id]))));
  const notes = Object.keys(doc.notes).length;
  if (!hydrated || (!isStarted(p) && notes === 0)) return <div hidden />;
  return (
    <section class="callout home-progress" aria-labelledby="home-progress">
      <h2 id="home-progress">Your progress</h2>
      <p>
        <progress max={p.total || 1} value={p.done} aria-hidden="true" /> You have done {p.done} of {p.total} checklist points ({percentDone(p)}%)
        {notes > 0 && ` and written notes on ${notes} page${notes === 1 ? '' : 's'}`}.
      </p>
      <p><a href={summaryHref}>See your summary and what is left to do</a></p>
    </section>
  );
}
