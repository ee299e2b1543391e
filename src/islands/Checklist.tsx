import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { active, setItemState } from '../stores/assessment';
import { checklistProgress, type ItemState } from '../lib/progress';
import { chapterUi as ui } from '../i18n/live-chapter';
import { useHydrated } from './useHydrated';

export interface ChecklistProps {
  id: string;
  mode: 'assess' | 'plan';
  items: { id: string; text: string; hint?: string }[];
}

/** The two marks an item can take besides "not yet", per mode. */
const MARKS: Record<ChecklistProps['mode'], [ItemState, string][]> = {
  assess: [['done', ui.checklist.done], ['na', ui.checklist.notApplicable]],
  plan: [['done', ui.checklist.weDoThis], ['planned', ui.checklist.planned]],
};

/** A checklist whose ticks are saved in the reader's browser. */
export default function Checklist({ id, mode, items }: ChecklistProps) {
  const hydrated = useHydrated();
  const doc = useStore(active);
  const root = useRef<HTMLOListElement>(null);
  const states = hydrated ? doc.checklists[id] : undefined;
  /** The item whose last change the browser refused to save: its message shows beside it. */
  const [notSaved, setNotSaved] = useState<string | null>(null);
  const save = (item: string, state: ItemState | undefined) => setNotSaved(setItemState(id, item, state) === 'failed' ? item : null);

  // Ticks made before hydration are in the DOM but not in the store: save them now.
  useEffect(() => {
    const boxes = root.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? [];
    for (const box of boxes) {
      const { item, mark } = box.dataset;
      if (item && mark && active.get().checklists[id]?.[item] !== mark) setItemState(id, item, mark as ItemState);
    }
  }, []);

  const progress = checklistProgress(items.map((i) => i.id), states);
  const marks = MARKS[mode];
  const summary = !hydrated
    ? `${items.length} items`
    : (mode === 'plan'
        ? ui.checklist.planProgress(progress.done, progress.planned, progress.total)
        : ui.checklist.progress(progress.done, progress.total)) +
      (progress.notApplicable ? `, ${ui.checklist.naCount(progress.notApplicable)}` : '');

  return (
    <div class={`checklist checklist--${mode}`}>
      <p class="checklist__progress" aria-live="polite" data-testid="checklist-progress">
        {summary}
      </p>
      <ol class="checklist__items" ref={root}>
        {items.map((item, n) => {
          const state = states?.[item.id];
          const textId = `${id}--${item.id}-text`;
          const hintId = item.hint ? `${id}--${item.id}-hint` : undefined;
          return (
            <li id={`${id}--${item.id}`} class={`checklist__item${state ? ` is-${state}` : ''}`} key={item.id}>
              <span class="checklist__number" aria-hidden="true">{n + 1}</span>
              <div class="checklist__body">
                {mode === 'assess' ? (
                  <div class="checklist__main">
                    <input
                      type="checkbox"
                      id={`${id}--${item.id}-done`}
                      data-item={item.id}
                      data-mark="done"
                      checked={state === 'done'}
                      aria-describedby={hintId}
                      onChange={(e) => save(item.id, e.currentTarget.checked ? 'done' : undefined)}
                    />
                    <label for={`${id}--${item.id}-done`} id={textId}>{item.text}</label>
                  </div>
                ) : (
                  <p class="checklist__text" id={textId}>{item.text}</p>
                )}
                {item.hint && <p class="checklist__hint" id={hintId}>{item.hint}</p>}
                <div class="checklist__marks" role={mode === 'plan' ? 'group' : undefined} aria-labelledby={mode === 'plan' ? textId : undefined}>
                  {marks.filter(([mark]) => mode === 'plan' || mark !== 'done').map(([mark, label]) => (
                    <span class="checklist__mark" key={mark}>
                      <input
                        type="checkbox"
                        id={`${id}--${item.id}-${mark}`}
                        data-item={item.id}
                        data-mark={mark}
                        checked={state === mark}
                        aria-label={ui.checklist.markName(label, item.text)}
                        onChange={(e) => save(item.id, e.currentTarget.checked ? mark : undefined)}
                      />
                      <label for={`${id}--${item.id}-${mark}`}>{label}</label>
                    </span>
                  ))}
                </div>
                {notSaved === item.id && <p class="not-saved" role="alert" data-testid="mark-not-saved">{ui.checklist.notSaved}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
