import { useStore } from '@nanostores/preact';
import { active } from '../stores/assessment';
import { checklistProgress, sumProgress } from '../lib/progress';
import type { AssessablePage } from '../lib/pages';
import { ui } from '../i18n/ui';
import { useHydrated } from './useHydrated';

export interface ChapterListProps {
  chapters: (Pick<AssessablePage, 'title' | 'shortTitle' | 'href' | 'checklists'> & { description?: string; label?: string })[];
  /** href of the page being shown, marked as current. */
  current?: string;
  /** `compact`: the sidebar; `full`: the contents page, with descriptions. */
  variant: 'compact' | 'full';
}

/** The list of chapters, each with the reader's progress on its checklists once it is known. */
export default function ChapterList({ chapters, current, variant }: ChapterListProps) {
  const hydrated = useHydrated();
  const doc = useStore(active);
  return (
    <ol class={`chapter-list chapter-list--${variant}`}>
      {chapters.map((c) => {
        const p = sumProgress(c.checklists.map((cl) => checklistProgress(cl.items.map((i) => i.id), doc.checklists[cl.id])));
        const showProgress = hydrated && c.checklists.length > 0;
        return (
          <li key={c.href} class="chapter-list__item">
            <a href={c.href} aria-current={c.href === current ? 'page' : undefined}>
              {c.label && <span class="chapter-list__label">{c.label}</span>}
              <span class="chapter-list__title">{variant === 'full' ? c.title : c.shortTitle}</span>
            </a>
            {showProgress && (
              <span class="chapter-list__progress" data-testid="chapter-progress">
                <progress max={p.total || 1} value={p.done} aria-hidden="true" />
                <span>{ui.progressLabel(p.done, p.total)}</span>
              </span>
            )}
            {variant === 'full' && c.description && <p class="chapter-list__description">{c.description}</p>}
          </li>
        );
      })}
    </ol>
  );
}
