import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { saved } from '../stores/assessment';
import { deleteScorecard, duplicateScorecard, restoreScorecard } from '../stores/manage';
import { openCard } from '../stores/scorecard-view';
import { cardName, newestCard } from '../lib/scorecard-view';
import { roundScore, scoreScorecard, type ScoringDimension } from '../lib/scoring';
import { scorecardUi } from '../i18n/live-scorecard';
import { useHydrated } from './useHydrated';

export interface ScorecardCardsProps {
  /** Each dimension's criterion ids, to show each card's overall score in the picker. */
  scoring: ScoringDimension[];
}

const t = scorecardUi.scorecard;
type Deleted = NonNullable<ReturnType<typeof deleteScorecard>>;

/** The practice's name field, rendered at build time (src/components/ScorecardForm.astro). */
const focusName = () => document.getElementById('sc-name')?.focus();

/**
 * The reader's scorecards: pick one, start a new one, duplicate or delete the open one (with
 * undo), and the notice that tells what happened. Shown once the page's script has opened a card
 * (src/scripts/scorecard.ts), and only when there is a card to pick.
 */
export default function ScorecardCards({ scoring }: ScorecardCardsProps) {
  const doc = useStore(saved);
  // The first render matches the server's (Preact does not patch it); the open card shows after.
  const hydrated = useHydrated();
  const openId = useStore(openCard);
  const live = hydrated && openId !== undefined;
  const [notice, setNotice] = useState<{ text: string; undo?: Deleted } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'name' | 'undo' | null>(null);
  const cards = !live ? [] : doc.scorecards;
  const card = cards.find((c) => c.id === openId);

  useEffect(() => {
    if (focusNext.current === 'name') focusName();
    if (focusNext.current === 'undo') undoButton.current?.focus();
    focusNext.current = null;
  });

  const onNew = () => {
    openCard.set(null);
    setNotice({ text: t.started });
    focusNext.current = 'name';
  };
  const onDuplicate = () => {
    if (!card) return;
    const name = t.copyName(cardName(card, t.unnamed));
    const id = duplicateScorecard(card.id, name);
    if (!id) return;
    openCard.set(id);
    setNotice({ text: t.duplicated(name) });
    focusNext.current = 'name';
  };
  const onDelete = () => {
    if (!card) return;
    const deleted = deleteScorecard(card.id);
    if (!deleted) return;
    openCard.set(newestCard(saved.get().scorecards)?.id ?? null);
    setNotice({ text: t.deleted(cardName(deleted.scorecard, t.unnamed)), undo: deleted });
    focusNext.current = 'undo';
  };
  const onUndo = () => {
    const deleted = notice?.undo;
    if (!deleted) return;
    restoreScorecard(deleted);
    openCard.set(deleted.scorecard.id);
    setNotice({ text: t.restored(cardName(deleted.scorecard, t.unnamed)) });
    focusNext.current = 'name';
  };

  return (
    <>
      {cards.length > 0 && (
        <div class="sc__cards no-print" role="group" aria-label={t.cards}>
          <div class="sc__pick">
            <label for="sc-pick">{t.pick}</label>
            <select id="sc-pick" value={card?.id ?? ''} onChange={(e) => openCard.set(e.currentTarget.value || null)}>
              {!card && <option value="">{t.draft}</option>}
              {cards.map((c) => (
                <option key={c.id} value={c.id}>{t.option(cardName(c, t.unnamed), roundScore(scoreScorecard(scoring, c.ratings).overall))}</option>
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
        <p role="status" data-testid="sc-notice">{notice?.text}</p>
        {notice?.undo && <button type="button" class="button button--secondary" ref={undoButton} onClick={onUndo}>{t.undo}</button>}
      </div>
    </>
  );
}
