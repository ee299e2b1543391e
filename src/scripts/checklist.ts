/**
 * The checklists of a page (src/components/Checklist.astro): shows the saved marks and the
 * progress line, saves each mark the reader sets, and keeps a mark set before this script ran.
 */
import { active, setItemState } from '../stores/assessment';
import { checklistProgress, type ItemState } from '../lib/progress';
import { fill } from '../lib/fill';
import { enhance } from './enhance';

enhance('checklist', (root) => {
  const id = root.dataset.checklistId!;
  const words = { progress: root.dataset.progress ?? '', naCount: root.dataset.naCount ?? '' };
  const items = [...root.querySelectorAll<HTMLElement>('.checklist__item')];
  // Each item's element has the id "<checklist>--<item>".
  const itemIds = items.map((li) => li.id.slice(id.length + 2));
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-mark]')];
  const summary = root.querySelector<HTMLElement>('.checklist__progress')!;
  const notSavedMessage = root.querySelector<HTMLTemplateElement>('template[data-not-saved]')!;
  /** The item whose last change the browser refused to save: its message shows beside it. */
  let notSaved: { item: string; message: Element } | null = null;

  const tellNotSaved = (item: string | null) => {
    if (notSaved?.item === item) return;
    notSaved?.message.remove();
    notSaved = null;
    const body = items[itemIds.indexOf(item ?? '')]?.querySelector('.checklist__body');
    if (!item || !body) return;
    const message = (notSavedMessage.content.cloneNode(true) as DocumentFragment).firstElementChild!;
    body.append(message);
    notSaved = { item, message };
  };

  const render = () => {
    const states = active.get().checklists[id];
    items.forEach((li, n) => {
      const state = states?.[itemIds[n]!];
      for (const s of ['done', 'na', 'planned'] as const) li.classList.toggle(`is-${s}`, state === s);
    });
    for (const box of boxes) box.checked = states?.[box.dataset.item!] === box.dataset.mark;
    const p = checklistProgress(itemIds, states);
    summary.textContent = fill(words.progress, { ...p }) + (p.notApplicable ? `, ${fill(words.naCount, { n: p.notApplicable })}` : '');
  };

  const save = (item: string, state: ItemState | undefined) => tellNotSaved(setItemState(id, item, state) === 'failed' ? item : null);

  // Marks set before this script ran are on the page but not in the store: save them now.
  for (const box of boxes) {
    const { item, mark } = box.dataset;
    if (box.checked && item && mark && active.get().checklists[id]?.[item] !== mark) save(item, mark as ItemState);
  }

  root.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const { item, mark } = box.dataset;
    if (!item || !mark) return;
    save(item, box.checked ? (mark as ItemState) : undefined);
    // A refused change leaves the store as it was: the boxes go back to what is saved.
    render();
  });
  active.subscribe(render);
});
