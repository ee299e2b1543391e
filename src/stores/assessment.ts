/**
 * What the reader saves: one store, one localStorage key. Islands read these stores and call
 * these actions; nothing else in the site touches localStorage.
 *
 * Storage can fail in three ways, and none of them may cost the reader anything already saved:
 * - unavailable (disabled, privacy mode): the site works in memory and says changes are not kept;
 * - full (quota): the write is refused, the old saved copy stays, the reader is told at once;
 * - unreadable (corrupt, foreign or newer data): it is moved aside under another key before
 *   anything new is written, or, if that is impossible, nothing is written at all.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import {
  activeAssessment,
  emptyDocument,
  newAssessment,
  readSaved,
  serialise,
  updateActive,
  withAction,
  withItemState,
  withNote,
  type Assessment,
  type ItemState,
  type PlannedAction,
  type Rating,
  type SavedDocument,
  type Scorecard,
} from './saved-format';

export const STORAGE_KEY = 'inclusion-handbook';
export const KEPT_ASIDE_PREFIX = 'inclusion-handbook:kept-aside:';

export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  | { kind: 'corrupt'; reason: string; keptAs: string | null }
  | { kind: 'newer'; version: number };

/** The latest storage problem, or null while all is well. */
export const storageProblem = atom<StorageProblem | null>(null);
let local: Storage | null = null;
/** Set when writing could destroy data we could not read and could not move aside. */
let writesBlocked = false;

function openLocalStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(STORAGE_KEY);
    return s;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  if (!local || writesBlocked) return;
  try {
    local.setItem(key, value);
    if (key === STORAGE_KEY) {
      if (storageProblem.get()?.kind === 'full') storageProblem.set(null);
    }
  } catch {
    storageProblem.set({ kind: 'full' });
  }
}

/** Moves unreadable data to a key of its own, so that saving afresh never overwrites it. */
function keepAside(raw: string): string | null {
  if (!local) return null;
  const key = KEPT_ASIDE_PREFIX + new Date().toISOString();
  try {
    local.setItem(key, raw);
    local.removeItem(STORAGE_KEY);
    return key;
  } catch {
    writesBlocked = true;
    return null;
  }
}

function decode(raw: string): SavedDocument {
  const result = readSaved(raw);
  if (result.status === 'corrupt') {
    storageProblem.set({ kind: 'corrupt', reason: result.reason, keptAs: keepAside(raw) });
  } else if (result.status === 'newer') {
    writesBlocked = true;
    storageProblem.set({ kind: 'newer', version: result.version });
  }
  return result.doc;
}

if (typeof window !== 'undefined') {
  local = openLocalStorage();
  if (!local) storageProblem.set({ kind: 'unavailable' });
  const engine = new Proxy<Record<string, string>>(
    {},
    {
      get: (_, key) => (typeof key === 'string' && local ? (local.getItem(key) ?? undefined) : undefined),
      has: (_, key) => typeof key === 'string' && local !== null && local.getItem(key) !== null,
      set: (_, key, value) => {
        if (typeof key === 'string') write(key, String(value));
        return true;
      },
      deleteProperty: (_, key) => {
        if (typeof key === 'string' && local && !writesBlocked) local.removeItem(key);
        return true;
      },
    },
  );
  setPersistentEngine(engine, windowPersistentEvents);
} else {
  // On the server nothing is saved: pages render the empty state.
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
}

/** The reader's saved document. Other tabs' changes arrive through the storage event. */
// In the browser a first assessment is dated today; the server's copy is never shown with a date.
export const saved = persistentAtom<SavedDocument>(STORAGE_KEY, emptyDocument(typeof window === 'undefined' ? new Date(0) : new Date()), {
  encode: serialise,
  decode,
});

/** The assessment the reader is working on: what checklists, notes and the summary show. */
export const active = computed(saved, activeAssessment);

function change(update: (a: Assessment) => Assessment): void {
  saved.set(updateActive(saved.get(), update));
}

export function setItemState(checklistId: string, itemId: string, state: ItemState | undefined): void {
  change((a) => withItemState(a, checklistId, itemId, state));
}

export function setNote(pageId: string, text: string): void {
  change((a) => withNote(a, pageId, text, new Date()));
}

export function setAction(checklistId: string, itemId: string, action: PlannedAction): void {
  change((a) => withAction(a, `${checklistId}/${itemId}`, action));
}

/** A new id that no assessment or scorecard has yet. */
function freshId(prefix: string, taken: readonly { id: string }[]): string {
  let id: string;
  do id = `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  while (taken.some((x) => x.id === id));
  return id;
}

// Several assessments: one per service, team or year.

export function createAssessment(name: string): string {
  const doc = saved.get();
  const a = newAssessment(freshId('assessment', doc.assessments), name, new Date());
  saved.set({ ...doc, assessments: [...doc.assessments, a], active: a.id });
  return a.id;
}

export function switchAssessment(id: string): void {
  const doc = saved.get();
  if (doc.assessments.some((a) => a.id === id)) saved.set({ ...doc, active: id });
}

export function renameAssessment(id: string, name: string): void {
  const doc = saved.get();
  saved.set({ ...doc, assessments: doc.assessments.map((a) => (a.id === id ? { ...a, name } : a)) });
}

export function duplicateAssessment(id: string, name: string): string | undefined {
  const doc = saved.get();
  const original = doc.assessments.find((a) => a.id === id);
  if (!original) return undefined;
  const copy: Assessment = { ...structuredClone(original), id: freshId('assessment', doc.assessments), name, created: new Date().toISOString() };
  saved.set({ ...doc, assessments: [...doc.assessments, copy], active: copy.id });
  return copy.id;
}

/**
 * Deletes an assessment (never the last one) and returns what `restoreAssessment` needs to undo it.
 */
export function deleteAssessment(id: string): { assessment: Assessment; index: number; wasActive: boolean } | undefined {
  const doc = saved.get();
  const index = doc.assessments.findIndex((a) => a.id === id);
  if (index < 0 || doc.assessments.length < 2) return undefined;
  const assessments = doc.assessments.filter((a) => a.id !== id);
  const wasActive = doc.active === id;
  saved.set({ ...doc, assessments, active: wasActive ? assessments[0]!.id : doc.active });
  return { assessment: doc.assessments[index]!, index, wasActive };
}

export function restoreAssessment(deleted: { assessment: Assessment; index: number; wasActive: boolean }): void {
  const doc = saved.get();
  if (doc.assessments.some((a) => a.id === deleted.assessment.id)) return;
  const assessments = [...doc.assessments];
  assessments.splice(Math.min(deleted.index, assessments.length), 0, deleted.assessment);
  saved.set({ ...doc, assessments, active: deleted.wasActive ? deleted.assessment.id : doc.active });
}

/** Adds assessments (e.g. from an imported file) under fresh ids; returns the new ids. */
export function addAssessments(list: readonly Assessment[]): string[] {
  let doc = saved.get();
  const ids: string[] = [];
  for (const a of list) {
    const copy = { ...structuredClone(a), id: freshId('assessment', doc.assessments) };
    doc = { ...doc, assessments: [...doc.assessments, copy] };
    ids.push(copy.id);
  }
  saved.set(doc);
  return ids;
}

/** Adds scorecards (e.g. from an imported file) under fresh ids. */
export function addScorecards(list: readonly Scorecard[]): void {
  let doc = saved.get();
  for (const s of list) doc = { ...doc, scorecards: [...doc.scorecards, { ...structuredClone(s), id: freshId('scorecard', doc.scorecards) }] };
  saved.set(doc);
}

/** Puts `incoming`'s content in place of assessment `id`, keeping its id and place. */
export function replaceAssessment(id: string, incoming: Assessment): void {
  const doc = saved.get();
  saved.set({ ...doc, assessments: doc.assessments.map((a) => (a.id === id ? { ...structuredClone(incoming), id } : a)) });
}

// Scorecards: practices rated against the quality criteria.

export function createScorecard(name: string): string {
  const doc = saved.get();
  const now = new Date().toISOString();
  const card: Scorecard = { id: freshId('scorecard', doc.scorecards), name, created: now, updated: now, ratings: {}, evidence: {} };
  saved.set({ ...doc, scorecards: [...doc.scorecards, card] });
  return card.id;
}

function changeScorecard(id: string, update: (s: Scorecard) => Scorecard): void {
  const doc = saved.get();
  saved.set({ ...doc, scorecards: doc.scorecards.map((s) => (s.id === id ? { ...update(s), updated: new Date().toISOString() } : s)) });
}

export function renameScorecard(id: string, name: string): void {
  changeScorecard(id, (s) => ({ ...s, name }));
}

export function setRating(id: string, criterion: string, rating: Rating | undefined): void {
  changeScorecard(id, (s) => {
    const ratings = { ...s.ratings };
    if (rating) ratings[criterion] = rating;
    else delete ratings[criterion];
    return { ...s, ratings };
  });
}

export function setEvidence(id: string, question: string, text: string): void {
  changeScorecard(id, (s) => {
    const evidence = { ...s.evidence };
    if (text.trim()) evidence[question] = text;
    else delete evidence[question];
    return { ...s, evidence };
  });
}

export function duplicateScorecard(id: string, name: string): string | undefined {
  const doc = saved.get();
  const original = doc.scorecards.find((s) => s.id === id);
  if (!original) return undefined;
  const now = new Date().toISOString();
  const copy: Scorecard = { ...structuredClone(original), id: freshId('scorecard', doc.scorecards), name, created: now, updated: now };
  saved.set({ ...doc, scorecards: [...doc.scorecards, copy] });
  return copy.id;
}

export function deleteScorecard(id: string): { scorecard: Scorecard; index: number } | undefined {
  const doc = saved.get();
  const index = doc.scorecards.findIndex((s) => s.id === id);
  if (index < 0) return undefined;
  saved.set({ ...doc, scorecards: doc.scorecards.filter((s) => s.id !== id) });
  return { scorecard: doc.scorecards[index]!, index };
}

export function restoreScorecard(deleted: { scorecard: Scorecard; index: number }): void {
  const doc = saved.get();
  if (doc.scorecards.some((s) => s.id === deleted.scorecard.id)) return;
  const scorecards = [...doc.scorecards];
  scorecards.splice(Math.min(deleted.index, scorecards.length), 0, deleted.scorecard);
  saved.set({ ...doc, scorecards });
}

/** The raw text of every kept-aside copy, newest first, for the reader to download. */
export function keptAsideCopies(): { key: string; raw: string }[] {
  if (!local) return [];
  const out: { key: string; raw: string }[] = [];
  for (let i = 0; i < local.length; i++) {
    const key = local.key(i);
    if (key?.startsWith(KEPT_ASIDE_PREFIX)) out.push({ key, raw: local.getItem(key) ?? '' });
  }
  return out.sort((a, b) => b.key.localeCompare(a.key));
}
