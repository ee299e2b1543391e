import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { saved } from '../stores/assessment';
import { replaceAssessment } from '../stores/manage';
import { withItemState, withNote, type Assessment } from '../lib/saved-format';
import type { ChecklistData } from '../lib/pages';
import type { ItemState } from '../lib/progress';
import { agreedText, roomLine, withRoomLine } from '../lib/room';
import { togetherUi } from '../i18n/live-together';
import { nameOf } from './together-name';
import { useHydrated } from './useHydrated';
import { readParam, writeParams } from './query-state';

const t = togetherUi.present;

export interface PresenterProps {
  /** The chapter's page id. */
  pageId: string;
  /** The key of each checklist's note (see noteKeys in src/lib/pages.ts), where the room's counts go. */
  noteKeys: string[];
  checklists: ChecklistData[];
}

interface Slide {
  checklist: ChecklistData;
  itemId: string;
  text: string;
  hint?: string;
  number: number;
}

type Answer = ItemState | 'open';

const answersOf = (mode: 'assess' | 'plan'): { answer: Answer; word: string; key: string }[] =>
  mode === 'plan'
    ? [
        { answer: 'done', word: togetherUi.planStates.done!, key: 'D' },
        { answer: 'planned', word: togetherUi.planStates.planned!, key: 'L' },
        { answer: 'open', word: togetherUi.planStates.open!, key: 'T' },
      ]
    : [
        { answer: 'done', word: togetherUi.states.done!, key: 'D' },
        { answer: 'na', word: togetherUi.states.na!, key: 'A' },
        { answer: 'open', word: togetherUi.states.open!, key: 'T' },
      ];

/** A chapter's checklist for a projector: the facilitator records the room's answers by keyboard or click. */
export default function Presenter({ pageId, noteKeys: keys, checklists }: PresenterProps) {
  const hydrated = useHydrated();
  const doc = useStore(saved);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [view, setView] = useState<'one' | 'all'>('one');
  const [index, setIndex] = useState(0);
  const [people, setPeople] = useState('');
  const [agreed, setAgreed] = useState('');
  const [told, setTold] = useState('');
  const slides: Slide[] = checklists.flatMap((cl) => cl.items.map((item, n) => ({ checklist: cl, itemId: item.id, text: item.text, hint: item.hint, number: n + 1 })));
  const slideRef = useRef<HTMLElement>(null);
  const state = useRef({ index, targetId, view });
  state.current = { index, targetId, view };

  useEffect(() => {
    const a = readParam('a');
    setTargetId(a && saved.get().assessments.some((x) => x.id === a) ? a : saved.get().active);
    setView(readParam('view') === 'all' ? 'all' : 'one');
    const n = Number(readParam('item'));
    setIndex(Number.isInteger(n) && n >= 1 && n <= slides.length ? n - 1 : 0);
    setPeople(readParam('people') ?? '');
  }, []);

  const target = (): Assessment | undefined => saved.get().assessments.find((a) => a.id === state.current.targetId);
  // One note follows each checklist: the room's counts go in the note of the item's checklist.
  const noteKey = (s: Slide) => keys[checklists.indexOf(s.checklist)] ?? pageId;
  const label = (s: Slide) => t.roomLabel(checklists.length > 1 ? (s.checklist.audience ?? s.checklist.title) : undefined, s.number);

  function go(i: number) {
    const next = Math.max(0, Math.min(slides.length - 1, i));
    setIndex(next);
    writeParams({ item: String(next + 1) });
    const a = target();
    setAgreed(a ? roomLine(a.notes[noteKey(slides[next]!)]?.text ?? '', label(slides[next]!)).match(/^\d+/)?.[0] ?? '' : '');
  }

  function record(i: number, answer: Answer) {
    const a = target();
    const s = slides[i];
    if (!a || !s) return;
    replaceAssessment(a.id, withItemState(a, s.checklist.id, s.itemId, answer === 'open' ? undefined : answer));
    const word = answersOf(s.checklist.mode).find((x) => x.answer === answer)?.word ?? '';
    setTold(`${t.itemOf(i + 1, slides.length)}. ${t.recorded(word)}`);
  }

  function recordCount(e: Event) {
    e.preventDefault();
    const a = target();
    const s = slides[state.current.index];
    if (!a || !s) return;
    const count = agreed.trim() === '' ? null : Number(agreed);
    const size = people.trim() === '' ? null : Number(people);
    const text = withRoomLine(a.notes[noteKey(s)]?.text ?? '', label(s), agreedText(count, size));
    replaceAssessment(a.id, withNote(a, noteKey(s), text, new Date()));
    setTold(`${t.itemOf(state.current.index + 1, slides.length)}. ${agreedText(count, size) || t.notRecorded}`);
    // Back to the slide, where the letter keys answer and the arrows move on.
    slideRef.current?.focus();
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA')) return;
      const { index: i } = state.current;
      const key = e.key.toUpperCase();
      const s = slides[i];
      if (e.key === 'ArrowRight' || (e.key === 'ArrowDown' && state.current.view === 'all') || key === 'N') go(i + 1);
      else if (e.key === 'ArrowLeft' || (e.key === 'ArrowUp' && state.current.view === 'all') || key === 'P') go(i - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(slides.length - 1);
      else {
        const hit = s && answersOf(s.checklist.mode).find((x) => x.key === key);
        if (!hit) return;
        record(i, hit.answer);
      }
      e.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (!hydrated || targetId === null) return <p>{togetherUi.loading}</p>;
  const a = doc.assessments.find((x) => x.id === targetId) ?? doc.assessments[0]!;
  const stateOf = (s: Slide): Answer => a.checklists[s.checklist.id]?.[s.itemId] ?? 'open';
  const answered = slides.filter((s) => stateOf(s) !== 'open').length;
  const current = slides[index]!;

  const buttons = (s: Slide, i: number) => (
    <div class="presenter__answers" role="group" aria-label={`${t.answer}: ${s.number}. ${s.text}`}>
      {answersOf(s.checklist.mode).map((x) => (
        <button type="button" key={x.answer} class="presenter__answer" aria-pressed={stateOf(s) === x.answer ? 'true' : 'false'} data-answer={x.answer} onClick={() => { if (i !== index) go(i); record(i, x.answer); }}>
          {x.word} <kbd aria-hidden="true">{x.key}</kbd>
        </button>
      ))}
    </div>
  );

  return (
    <div class="presenter" data-testid="presenter">
      <div class="presenter__settings no-print">
        <p class="presenter__field">
          <label for="presenter-assessment">{t.assessment}</label>
          <select id="presenter-assessment" value={a.id} onChange={(e) => { setTargetId(e.currentTarget.value); writeParams({ a: e.currentTarget.value }); }}>
            {doc.assessments.map((x) => <option key={x.id} value={x.id}>{nameOf(x)}</option>)}
          </select>
        </p>
        <p class="presenter__field">
          <label for="presenter-people">{t.people}</label>
          <input id="presenter-people" type="number" min="1" inputMode="numeric" value={people} onInput={(e) => { setPeople(e.currentTarget.value); writeParams({ people: e.currentTarget.value }); }} />
        </p>
        <fieldset class="presenter__view">
          <legend>{t.view}</legend>
          {(['one', 'all'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name="presenter-view" value={v} checked={view === v} onChange={() => { setView(v); writeParams({ view: v === 'all' ? 'all' : null }); }} />
              {t[v]}
            </label>
          ))}
        </fieldset>
      </div>
      <p class="presenter__progress" data-testid="presenter-progress">{t.progress(answered, slides.length)}</p>
      <p class="visually-hidden" role="status">{told}</p>

      {view === 'one' ? (
        <section class="presenter__slide" ref={slideRef} tabIndex={-1} aria-labelledby="presenter-count" data-item={`${current.checklist.id}/${current.itemId}`}>
          <p class="presenter__count" id="presenter-count" aria-live="polite">
            {checklists.length > 1 && `${current.checklist.audience ?? current.checklist.title} · `}
            {t.itemOf(index + 1, slides.length)}
          </p>
          <p class="presenter__text">{current.text}</p>
          {current.hint && <p class="presenter__hint">{current.hint}</p>}
          <p class="presenter__state" data-testid="presenter-state">
            {stateOf(current) === 'open' ? t.notRecorded : t.recorded(answersOf(current.checklist.mode).find((x) => x.answer === stateOf(current))!.word)}
          </p>
          {buttons(current, index)}
          <form class="presenter__agreed" onSubmit={recordCount}>
            <label for="presenter-agreed">{t.agreed}</label>
            <input id="presenter-agreed" type="number" min="0" inputMode="numeric" value={agreed} onInput={(e) => setAgreed(e.currentTarget.value)} />
            <button type="submit" class="button button--secondary">{t.saveCount}</button>
          </form>
          <div class="presenter__move">
            <button type="button" class="button button--secondary" disabled={index === 0} onClick={() => go(index - 1)}>← {t.previous}</button>
            <button type="button" class="button" disabled={index === slides.length - 1} onClick={() => go(index + 1)}>{t.next} →</button>
          </div>
        </section>
      ) : (
        <ol class="presenter__list">
          {slides.map((s, i) => (
            <li key={`${s.checklist.id}/${s.itemId}`} class={`presenter__row${i === index ? ' is-current' : ''}`} aria-current={i === index ? 'true' : undefined} data-item={`${s.checklist.id}/${s.itemId}`}>
              <p class="presenter__row-text"><strong>{s.number}.</strong> {s.text}</p>
              {buttons(s, i)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
