/**
 * The scorecard's form (src/components/ScorecardForm.astro): opens the card the address names
 * (else the newest), keeps what was rated or typed before this script ran, saves each rating,
 * evidence and name as the reader sets it (creating the card on the first one), and on every
 * change of the saved card, the open card or the comparison updates only what differs. The card
 * picker and the profile are islands that share the open card through src/stores/scorecard-view.ts.
 */
import { saved, type WriteResult } from '../stores/assessment';
import { createScorecard, renameScorecard, setEvidence, setRating } from '../stores/manage';
import { compareWith, openCard } from '../stores/scorecard-view';
import { addressWith, openFromAddress } from '../lib/scorecard-view';
import { roundScore, scoreScorecard, type Rating } from '../lib/scoring';
import { formatDate } from '../lib/dates';
import { scorecardUi } from '../i18n/live-scorecard';
import { enhance } from './enhance';

interface Practice {
  id: string;
  title: string;
  ratings: Record<string, Rating>;
}

const t = scorecardUi.scorecard;

enhance('scorecard', (root) => {
  const practices = JSON.parse(root.dataset.practices ?? '[]') as Practice[];
  const nameField = root.querySelector<HTMLInputElement>('#sc-name')!;
  const lastChanged = root.querySelector<HTMLElement>('[data-last-changed]')!;
  const criteria = [...root.querySelectorAll<HTMLElement>('li[data-criterion]')].map((li) => ({
    id: li.dataset.criterion!,
    li,
    radios: [...li.querySelectorAll<HTMLInputElement>('input[type=radio]')],
    print: li.querySelector<HTMLElement>('.sc-criterion__print')!,
    shown: '',
    compare: null as HTMLElement | null,
  }));
  const questions = [...root.querySelectorAll<HTMLTextAreaElement>('textarea[data-question]')].map((area) => ({
    id: area.dataset.question!,
    area,
    print: area.parentElement!.querySelector<HTMLElement>('.sc-evidence__print')!,
  }));
  const dimensions = [...root.querySelectorAll<HTMLElement>('section[data-dimension]')].map((section) => ({
    id: section.dataset.dimension!,
    score: section.querySelector<HTMLElement>('.sc-dimension__score')!,
    criteria: [...section.querySelectorAll<HTMLElement>('li[data-criterion]')].map((li) => li.dataset.criterion!),
  }));
  root.querySelector<HTMLElement>('[data-printed]')!.textContent = t.printed(formatDate(new Date()));

  const openNow = () => saved.get().scorecards.find((c) => c.id === openCard.get());

  /** The message a refused write shows, rendered at build time in the page's language (as the checklist's). */
  const notSavedMessage = root.querySelector<HTMLTemplateElement>('template[data-not-saved]')!;
  /** The control whose last change the browser refused, with the message beside it. */
  let refused: { control: string; message: HTMLElement } | null = null;
  const tellRefused = (control: string | null, after: Element | null) => {
    refused?.message.remove();
    refused = null;
    if (!control || !after) return;
    const message = (notSavedMessage.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    after.after(message);
    refused = { control, message };
  };

  /** The open card's id, creating the card on the reader's first rating or word; null if refused. */
  const ensureCard = (): string | null => {
    const open = openNow();
    if (open) return open.id;
    const id = createScorecard(nameField.value.trim());
    if (id) openCard.set(id);
    return id;
  };
  /** Saves one control's change; a refusal is told beside it, and the control shows what is saved. */
  const save = (control: string, after: Element, write: (id: string) => WriteResult) => {
    const id = ensureCard();
    tellRefused(id && write(id) !== 'failed' ? null : control, after);
    render();
  };

  const render = () => {
    const card = openNow();
    const ratings = card?.ratings ?? {};
    if (nameField.value !== (card?.name ?? '')) nameField.value = card?.name ?? '';
    const changedOn = card ? t.lastChanged(formatDate(card.updated)) : '';
    if (lastChanged.textContent !== changedOn) lastChanged.textContent = changedOn;
    for (const c of criteria) {
      const rating = ratings[c.id] ?? '';
      for (const r of c.radios) if (r.checked !== (r.value === rating)) r.checked = r.value === rating;
      if (c.shown === rating) continue;
      c.li.classList.replace(`is-${c.shown || 'none'}`, `is-${rating || 'none'}`);
      c.print.textContent = t.printRatings[rating || 'none'];
      c.shown = rating;
    }
    for (const q of questions) {
      const text = card?.evidence[q.id] ?? '';
      if (q.area.value !== text) q.area.value = text;
      if (q.print.textContent !== text) q.print.textContent = text;
    }
    const score = scoreScorecard(dimensions, ratings);
    dimensions.forEach((d, i) => {
      const s = score.dimensions[i]!;
      const line = t.dimensionScore(roundScore(s.score), s.rated, s.total);
      if (d.score.textContent !== line) d.score.textContent = line;
    });
  };

  /** Each criterion's mark by the practice compared with, after its rating. */
  const renderCompare = () => {
    const practice = practices.find((p) => p.id === compareWith.get());
    for (const c of criteria) {
      c.compare?.remove();
      c.compare = null;
      if (!practice) continue;
      const mark = practice.ratings[c.id];
      const p = document.createElement('p');
      p.className = 'sc-criterion__compare';
      const strong = document.createElement('strong');
      strong.textContent = t.marks[mark === 'met' || mark === 'not-met' ? mark : 'none'];
      p.append(`${t.theirMark(practice.title)} `, strong);
      c.li.append(p);
      c.compare = p;
    }
  };

  // Open the card the address names (else the newest); keep anything rated or typed before this
  // script ran, in a new card so that no saved card is overwritten.
  const start = openFromAddress(location.search, saved.get().scorecards, practices.map((p) => p.id));
  const typedName = nameField.value.trim();
  const rated = criteria.flatMap((c) => c.radios.filter((r) => r.checked && r.value));
  const notes = questions.filter((q) => q.area.value.trim());
  const made = typedName || rated.length || notes.length ? createScorecard(typedName) : null;
  if (made) {
    for (const r of rated) setRating(made, r.dataset.criterion!, r.value as Rating);
    for (const q of notes) setEvidence(made, q.id, q.area.value);
  }
  compareWith.set(start.compare);
  openCard.set(made ?? start.card);

  root.addEventListener('change', (e) => {
    const radio = e.target as HTMLInputElement;
    const criterion = radio.dataset.criterion;
    if (radio.type !== 'radio' || !criterion) return;
    const group = radio.closest('.sc-criterion__options')!;
    save(criterion, group, (id) => setRating(id, criterion, (radio.value as Rating) || undefined));
  });
  root.addEventListener('input', (e) => {
    const field = e.target as HTMLElement;
    if (field === nameField) {
      const value = nameField.value;
      const card = openNow();
      // A blank name starts no card: the field keeps what was typed until a word comes.
      if (!card && !value.trim()) return;
      const id = card?.id ?? createScorecard(value);
      if (id && !card) openCard.set(id);
      tellRefused(id && (card ? renameScorecard(id, value) !== 'failed' : true) ? null : 'name', nameField);
      render();
    } else if (field instanceof HTMLTextAreaElement && field.dataset.question) {
      const question = field.dataset.question;
      // Taken now: opening a new card first shows it, empty.
      const text = field.value;
      save(question, field, (id) => setEvidence(id, question, text));
    }
  });

  // Keep the open card and the comparison in the address.
  const address = () => {
    const href = addressWith(location.href, openNow()?.id ?? null, compareWith.get());
    if (href !== location.href) history.replaceState(history.state, '', href);
  };
  saved.listen(render);
  openCard.subscribe(() => {
    tellRefused(null, null);
    render();
    address();
  });
  compareWith.subscribe(() => {
    renderCompare();
    address();
  });
});
