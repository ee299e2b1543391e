import { useStore } from '@nanostores/preact';
import { active } from '../stores/assessment';
import { isStarted, nextPage, pagesInScope, percentDone, progressOf } from '../lib/progress';
import type { AssessablePage } from '../lib/pages';
import { fill } from '../lib/fill';
import { ui } from '../i18n/ui';
import { useHydrated } from './useHydrated';

export interface HomeProgressProps {
  pages: Pick<AssessablePage, 'pageId' | 'checklists' | 'href' | 'shortName'>[];
  /** The first key area, where a new reader starts. */
  start: { href: string; label: string };
  summaryHref: string;
}

/**
 * The home page's one primary action: "Start with key area 1", or for a returning reader
 * "Continue where you left off" (the first page begun and not finished), with their progress.
 * The progress line keeps its height before the saved state is read, so nothing moves.
 */
export default function HomeProgress({ pages, start, summaryHref }: HomeProgressProps) {
  const hydrated = useHydrated();
  const doc = useStore(active);
  const handbook = pagesInScope(pages, 'handbook');
  const p = progressOf(handbook, doc.checklists);
  const notes = Object.keys(doc.notes).length;
  const returning = hydrated && (isStarted(progressOf(pages, doc.checklists)) || notes > 0);
  const next = returning ? nextPage(pages, doc.checklists) : undefined;
  const t = ui.home;
  return (
    <div class="home-start" data-testid="home-start">
      <a class="button home-start__action" href={next ? `${next.href}#checklist` : returning ? summaryHref : start.href}>
        {returning ? t.continue : start.label}
      </a>
      <p class="home-start__progress" data-testid="home-progress">
        {!returning && ui.home.nothingYet}
        {returning && (
          <>
            <progress max={p.total || 1} value={p.done} aria-hidden="true" />{' '}
            {t.progress(fill(ui.progressScoped.handbook, { ...p }), percentDone(p), notes)}{' '}
            {next && <>{t.next(next.shortName)} </>}
            <a href={summaryHref}>{t.summary}</a>
          </>
        )}
      </p>
    </div>
  );
}
