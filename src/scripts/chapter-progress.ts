/** The progress lines of a chapter list (src/components/ChapterList.astro), kept up to date with the store. */
import { active } from '../stores/assessment';
import { progressOf, type ProgressPage } from '../lib/progress';
import { fill } from '../lib/fill';
import { enhance } from './enhance';

enhance('chapter-progress', (list) => {
  const words = list.dataset.progress ?? '';
  const lines = [...list.querySelectorAll<HTMLElement>('[data-checklists]')].map((line) => {
    const page: ProgressPage = { pageId: '', checklists: JSON.parse(line.dataset.checklists!) };
    const bar = document.createElement('progress');
    bar.setAttribute('aria-hidden', 'true');
    const figure = document.createElement('span');
    return { line, page, bar, figure };
  });
  active.subscribe((doc) => {
    for (const { line, page, bar, figure } of lines) {
      const p = progressOf([page], doc.checklists);
      bar.max = p.total || 1;
      bar.value = p.done;
      figure.textContent = fill(words, { ...p });
      if (!line.firstChild) line.append(bar, figure);
    }
  });
});
