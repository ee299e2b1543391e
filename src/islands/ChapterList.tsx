import { useStore } from '@nanostores/preact';
import { active } from '../stores/assessment';
import { progressOf } from '../lib/progress';
import { labelledName, type ChecklistData } from '../lib/pages';
import { chapterUi as ui } from '../i18n/live-chapter';
import { useHydrated } from './useHydrated';

export interface ChapterListProps {
  chapters: { title: string; shortTitle: string; href: string; checklists: ChecklistData[]; description?: string; label?: string }[];
  /** href of the page being shown, marked as current. */
  current?: string;
  /** `compact`: the sidebar (short titles, beside their number); `full`: the contents page, with descriptions. */
  variant: 'compact' | 'full';
}

/** The list of chapters, each with the reader's progress on its checklists once it is known. */
export default function ChapterList({ chapters, current, variant }: ChapterListProps) {
  const hydrated = useHydrated();
  const doc = useStore(active);
  return (
    <ol class={`chapter-list chapter-list--${variant}`}>
      {chapters.map((c) => {
        const p = progressOf([{ pageId: c.href, checklists: c.checklists }], doc.checklists);
        return (
          <li key={c.href} class="chapter-list__item">
            <a href={c.href} aria-current={c.href === current ? 'page' : undefined}>
              {variant === 'full' && c.label && <span class="chapter-list__label">{c.label}</span>}
              <span class="chapter-list__title">{variant === 'full' ? c.title : labelledName(c.label, c.shortTitle)}</span>
            </a>
            {c.checklists.length > 0 && (
              // The line is there from the first paint; its figure appears once the saved state is read.
              <span class="chapter-list__progress" data-testid="chapter-progress">
                {hydrated && (
                  <>
                    <progress max={p.total || 1} value={p.done} aria-hidden="true" />
                    <span>{ui.progressScoped.page(p.done, p.total)}</span>
                  </>
                )}
              </span>
            )}
            {variant === 'full' && c.description && <p class="chapter-list__description">{c.description}</p>}
          </li>
        );
      })}
    </ol>
  );
}
