import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { saved, type WriteResult } from '../stores/assessment';
import { createScorecard, deleteScorecard, duplicateScorecard, renameScorecard, restoreScorecard, setEvidence, setRating } from '../stores/manage';
import type { Scorecard } from '../lib/saved-format';
import { roundScore, scoreScorecard, type Rating, type ScoreResult } from '../lib/scoring';
import { scoringDimensions, type ScorecardDimension } from '../lib/scorecard';
import type { AssessedPractice } from '../data/scorecard';
import ScoreProfile, { type ProfileSeries } from './ScoreProfile';
import { toolsUi } from '../i18n/live-tools';
import { formatDate } from '../lib/dates';
import { useHydrated } from './useHydrated';
import { NotSaved } from './NotSaved';

export interface ScorecardAppProps {
  dimensions: ScorecardDimension[];
  /** The practices SPRING's experts assessed, to compare with. */
  practices: AssessedPractice[];
  worksheetHref: string;
}

const t = toolsUi.scorecard;
const OPTIONS: [Rating | '', string][] = [
  ['', t.ratings.none],
  ['met', t.ratings.met],
  ['partly', t.ratings.partly],
  ['not-met', t.ratings['not-met']],
  ['na', t.ratings.na],
];

type Deleted = NonNullable<ReturnType<typeof deleteScorecard>>;

const displayName = (c: Scorecard) => c.name.trim() || t.unnamed;
const newest = (cards: readonly Scorecard[]) => [...cards].sort((a, b) => b.updated.localeCompare(a.updated))[0];
const letter = (i: number) => String.fromCharCode(97 + i);
const dateText = (iso: string | Date) => formatDate(iso);

function series(label: string, r: ScoreResult): ProfileSeries {
  return {
    label,
    scores: r.dimensions.map((d) => roundScore(d.score)),
    rated: r.dimensions.map((d) => t.ratedOf(d.rated, d.total)),
    overall: roundScore(r.overall),
  };
}

/**
 * The scorecard: pick, name, duplicate or delete a scorecard (with undo), rate each SPRING
 * criterion, note evidence per question, and see the profile beside a SPRING practice's. The card
 * and the comparison are kept in the address (?card=…&compare=…), so a reload finds them again.
 */
export default function ScorecardApp({ dimensions, practices, worksheetHref }: ScorecardAppProps) {
  const hydrated = useHydrated();
  const doc = useStore(saved);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [compareId, setCompareId] = useState('');
  const [notice, setNotice] = useState<{ text: string; undo?: Deleted } | null>(null);
  /** The control whose last change the browser refused; a new object each time, to re-render. */
  const [refused, setRefused] = useState<{ control: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'name' | 'undo' | null>(null);
  const scoring = useMemo(() => scoringDimensions(dimensions), [dimensions]);

  const cards = hydrated ? doc.scorecards : [];
  const card = cards.find((c) => c.id === currentId);
  const ratings = card?.ratings ?? {};
  const practice = practices.find((p) => p.id === compareId);

  // On mount: open the card the address names (else the latest), and keep anything rated or
  // typed before the island hydrated, in a new card so that no saved card is overwritten.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const all = saved.get().scorecards;
    let id = all.find((c) => c.id === params.get('card'))?.id ?? newest(all)?.id ?? null;
    const compare = params.get('compare');
    if (compare && practices.some((p) => p.id === compare)) setCompareId(compare);
    const el = root.current;
    const typedName = nameField.current?.value.trim() ?? '';
    const rated = [...(el?.querySelectorAll<HTMLInputElement>('input[type=radio][data-criterion]:checked') ?? [])].filter((r) => r.value);
    const notes = [...(el?.querySelectorAll<HTMLTextAreaElement>('textarea[data-question]') ?? [])].filter((a) => a.value.trim());
    const made = typedName || rated.length || notes.length ? createScorecard(typedName) : null;
    if (made) {
      id = made;
      for (const r of rated) setRating(made, r.dataset.criterion!, r.value as Rating);
      for (const a of notes) setEvidence(made, a.dataset.question!, a.value);
    }
    setCurrentId(id);
  }, []);

  // Keep the open card and the comparison in the address.
  useEffect(() => {
    if (!hydrated) return;
    const u = new URL(location.href);
    if (card) u.searchParams.set('card', card.id);
    else u.searchParams.delete('card');
    if (compareId) u.searchParams.set('compare', compareId);
    else u.searchParams.delete('compare');
    if (u.href !== location.href) history.replaceState(history.state, '', u);
  }, [hydrated, card?.id, compareId]);

  useEffect(() => {
    if (focusNext.current === 'name') nameField.current?.focus();
    if (focusNext.current === 'undo') undoButton.current?.focus();
    focusNext.current = null;
  });

  /** The open card's id, creating the card on the reader's first rating or word; null if refused. */
  const ensureCard = (): string | null => {
    if (card) return card.id;
    const id = createScorecard(nameField.current?.value.trim() ?? '');
    if (id) setCurrentId(id);
    return id;
  };
  /** Saves one control's change; a refusal is told beside it, and the control shows what is saved. */
  const save = (control: string, write: (id: string) => WriteResult) => {
    const id = ensureCard();
    setRefused(id && write(id) !== 'failed' ? null : { control });
  };
  const refusedHere = (control: string) => refused?.control === control && <NotSaved text={t.notSaved} testId="sc-not-saved" />;

  const onName = (value: string) => {
    if (card) setRefused(renameScorecard(card.id, value) === 'failed' ? { control: 'name' } : null);
    else if (value.trim()) {
      const id = createScorecard(value);
      if (id) setCurrentId(id);
      setRefused(id ? null : { control: 'name' });
    }
  };
  const onNew = () => {
    setCurrentId(null);
    setNotice({ text: t.started });
    focusNext.current = 'name';
  };
  const onDuplicate = () => {
    if (!card) return;
    const name = t.copyName(displayName(card));
    const id = duplicateScorecard(card.id, name);
    if (!id) return;
    setCurrentId(id);
    setNotice({ text: t.duplicated(name) });
    focusNext.current = 'name';
  };
  const onDelete = () => {
    if (!card) return;
    const deleted = deleteScorecard(card.id);
    if (!deleted) return;
    setCurrentId(newest(saved.get().scorecards)?.id ?? null);
    setNotice({ text: t.deleted(displayName(deleted.scorecard)), undo: deleted });
    focusNext.current = 'undo';
  };
  const onUndo = () => {
    const deleted = notice?.undo;
    if (!deleted) return;
    restoreScorecard(deleted);
    setCurrentId(deleted.scorecard.id);
    setNotice({ text: t.restored(displayName(deleted.scorecard)) });
    focusNext.current = 'name';
  };

  const mine = scoreScorecard(scoring, ratings);
  const theirs = practice ? scoreScorecard(scoring, practice.ratings) : null;
  const profiles = [series(card ? displayName(card) : t.yours, mine), ...(practice && theirs ? [series(practice.title, theirs)] : [])];
  const titleOf = (id: string) => dimensions.find((d) => d.id === id)?.title ?? id;
  const ratedDimensions = mine.dimensions.filter((d) => d.score !== null).length;
  const overall = roundScore(mine.overall);

  return (
    <div class="sc" ref={root}>
      <div class="sc__main">
        {hydrated && cards.length > 0 && (
          <div class="sc__cards no-print" role="group" aria-label={t.cards}>
            <div class="sc__pick">
              <label for="sc-pick">{t.pick}</label>
              <select id="sc-pick" value={card?.id ?? ''} onChange={(e) => setCurrentId(e.currentTarget.value || null)}>
                {!card && <option value="">{t.draft}</option>}
                {cards.map((c) => (
                  <option key={c.id} value={c.id}>{t.option(displayName(c), roundScore(scoreScorecard(scoring, c.ratings).overall))}</option>
                ))}
              </select>
            </div>
            <div class="sc__buttons">
              <button type="button" class="button button--secondary" onClick={onNew}>{t.newCard}</button>
              {card && <button type="button" class="button button--secondary" onClick={onDuplicate}>{t.duplicate}</button>}
              {card && <button type="button" class="button button--secondary" onClick={onDelete}>{t.delete}</button>}
            </div>
          </div>
        )}
        <div class="sc__notice no-print">
          <p role="status" data-testid="sc-notice">{notice?.text ?? ''}</p>
          {notice?.undo && <button type="button" class="button button--secondary" ref={undoButton} onClick={onUndo}>{t.undo}</button>}
        </div>

        <div class="sc__name">
          <label for="sc-name">{t.name}</label>
          <p class="sc__hint" id="sc-name-hint">{t.nameHint}</p>
          <input
            id="sc-name"
            ref={nameField}
            type="text"
            autocomplete="off"
            aria-describedby="sc-name-hint"
            value={hydrated ? (card?.name ?? '') : undefined}
            onInput={(e) => onName(e.currentTarget.value)}
          />
          {refusedHere('name')}
          <p class="sc__meta">
            {card && t.lastChanged(dateText(card.updated))}
            <span class="print-only">{hydrated && t.printed(dateText(new Date()))}</span>
          </p>
          <p class="no-print"><a href="#sc-profile">{t.jumpToProfile}</a></p>
        </div>

        {dimensions.map((d) => {
          const score = mine.dimensions.find((s) => s.id === d.id)!;
          return (
            <section key={d.id} class="sc-dimension" aria-labelledby={`sc-${d.id}`} data-dimension={d.id}>
              <h2 id={`sc-${d.id}`}>{d.order}. {d.title}</h2>
              <p class="sc-dimension__summary">{d.summary}</p>
              <p class="sc-dimension__score" data-testid="sc-dimension-score">{t.dimensionScore(roundScore(score.score), score.rated, score.total)}</p>
              {d.questions.map((q, qi) => {
                const num = `${d.order}.${qi + 1}`;
                const evidence = hydrated ? (card?.evidence[q.id] ?? '') : '';
                return (
                  <div key={q.id} class="sc-question" id={q.id}>
                    <h3><span class="sc-num">{num}</span> {q.text}</h3>
                    {q.guidance.length > 0 && (
                      <details class="sc-guidance">
                        <summary>{t.guidance(q.guidance.length)}</summary>
                        <ul>{q.guidance.map((g) => <li key={g.id}>{g.text}</li>)}</ul>
                      </details>
                    )}
                    <ol class="sc-criteria">
                      {q.criteria.map((c, ci) => {
                        const rating = hydrated ? (ratings[c.id] ?? '') : '';
                        const textId = `${c.id}--text`;
                        const mark = practice ? practice.ratings[c.id] : undefined;
                        return (
                          <li key={c.id} class={`sc-criterion is-${rating || 'none'}`} data-criterion={c.id}>
                            <p class="sc-criterion__text" id={textId}><span class="sc-num">{letter(ci)}</span> {c.text}</p>
                            <div class="sc-criterion__options" role="radiogroup" aria-labelledby={textId}>
                              {OPTIONS.map(([value, label]) => (
                                <label key={value} class={`sc-option sc-option--${value || 'none'}`}>
                                  <input
                                    type="radio"
                                    name={`rate-${c.id}`}
                                    id={`${c.id}--${value || 'none'}`}
                                    value={value}
                                    data-criterion={c.id}
                                    checked={rating === value}
                                    onChange={() => save(c.id, (id) => setRating(id, c.id, value || undefined))}
                                  />
                                  <span>{label}</span>
                                </label>
                              ))}
                            </div>
                            {refusedHere(c.id)}
                            <p class="sc-criterion__print print-only" aria-hidden="true">{t.printRatings[rating || 'none']}</p>
                            {practice && (
                              <p class="sc-criterion__compare">
                                {t.theirMark(practice.title)} <strong>{t.marks[mark === 'met' || mark === 'not-met' ? mark : 'none']}</strong>
                              </p>
                            )}
                          </li>
                        );
                      })}
                    </ol>
                    <div class="sc-evidence">
                      <label for={`${q.id}--evidence`}>
                        {t.evidence}<span class="visually-hidden">{t.evidenceFor(num)}</span> {t.optional}
                      </label>
                      <textarea
                        id={`${q.id}--evidence`}
                        data-question={q.id}
                        rows={2}
                        value={hydrated ? evidence : undefined}
                        onInput={(e) => save(q.id, (id) => setEvidence(id, q.id, e.currentTarget.value))}
                      />
                      {refusedHere(q.id)}
                      <p class="sc-evidence__print print-only" aria-hidden="true">{evidence}</p>
                    </div>
                  </div>
                );
              })}
            </section>
          );
        })}
      </div>

      <section class="sc__profile" id="sc-profile" aria-labelledby="sc-profile-title" tabindex={-1}>
        <h2 id="sc-profile-title">{t.profile}</h2>
        <p class="sc__overall" data-testid="sc-overall">{overall === null ? t.overallNone : t.overallLine(overall, ratedDimensions)}</p>
        <div class="sc__compare no-print">
          <label for="sc-compare">{t.compare}</label>
          <select id="sc-compare" data-pagefind-ignore value={compareId} onChange={(e) => setCompareId(e.currentTarget.value)}>
            <option value="">{t.noCompare}</option>
            {practices.map((p) => <option key={p.id} value={p.id}>{p.title} ({p.place})</option>)}
          </select>
        </div>
        <ScoreProfile dimensions={dimensions} series={profiles} idPrefix="sc" />
        <dl class="sc__findings">
          <div><dt>{t.strengths}</dt><dd data-testid="sc-strengths">{mine.strengths.map(titleOf).join(', ') || t.noneYet}</dd></div>
          <div><dt>{t.gaps}</dt><dd data-testid="sc-gaps">{mine.gaps.map(titleOf).join(', ') || t.noneYet}</dd></div>
        </dl>
        {practice && (
          <p class="sc__spring-note">{t.springNote} <a href={practice.href}>{t.readAssessment(practice.title)}</a></p>
        )}
        <p class="sc__actions no-print">
          <button type="button" class="button" onClick={() => window.print()}>{t.print}</button>
          <a href={worksheetHref}>{t.worksheetLink}</a>
        </p>
      </section>
    </div>
  );
}
