/**
 * What the reader saves: one store, one localStorage key. Islands and page scripts read these
 * stores and call these actions; nothing else in the site touches localStorage.
 *
 * Storage can fail in four ways, and none of them may cost the reader anything already saved:
 * - unavailable (disabled, privacy mode): the site works in memory and says changes are not kept;
 * - full (quota): the write is refused, the old saved copy stays, and the screen goes back to what
 *   is saved; each action returns 'failed' so that the control the reader used can say so;
 * - unreadable (corrupt or foreign data): it is moved aside under a key of its own before anything
 *   new is written (see `keepAside`), or, if even that is impossible, nothing is written at all;
 * - newer (saved by a newer version of the site): never overwritten; this page works in memory.
 *
 * Two tabs: before every write, and on every storage event, the document in storage is merged
 * field by field with this tab's (src/lib/merge.ts), so neither tab overwrites the other's changes.
 */
import { atom, computed } from 'nanostores';
import {
  activeAssessment,
  emptyDocument,
  readSaved,
  serialise,
  updateActive,
  withAction,
  withItemState,
  withNote,
  type Assessment,
  type ItemState,
  type PlannedAction,
  type SavedDocument,
} from '../lib/saved-format';
import { changesBetween, mergeDocuments, undoesChanges, type Kept } from '../lib/merge';
import { reportProblem, resolveProblem } from './storage-problems';

export { storageProblems, dismissProblem, problemId, type StorageProblem } from './storage-problems';

export const STORAGE_KEY = 'inclusion-handbook';
export const KEPT_ASIDE_PREFIX = 'inclusion-handbook:kept-aside:';
/**
 * At most this many kept-aside copies: setting a new one aside drops the oldest beyond it.
 * Unreadable data is nearly always one incident, and a copy left from it is a whole saved
 * document; with no limit, repeated incidents would fill the quota and then nothing new could be
 * saved. Three copies keep the last incidents while the reader's working data always has room.
 */
export const MAX_KEPT_ASIDE = 3;

/** What became of a change: saved in storage, kept in this page only, or refused by the browser. */
export type WriteResult = 'saved' | 'memory' | 'failed';

let local: Storage | null = null;
/** Set when writing could destroy data we could not read and could not move aside, or newer data. */
let writesBlocked = false;
/** Unreadable data that could not be kept aside: the reader can still download it from here. */
let unkeptRaw: string | null = null;
/** What this tab last read from or wrote to storage, and its text: the base of every merge. */
let base: SavedDocument = emptyDocument(typeof window === 'undefined' ? new Date(0) : new Date());
let baseRaw: string | null = null;
/**
 * How long this tab re-applies its own changes that another tab's write put back: the time a
 * write takes to reach the other tabs' cached copies of localStorage is far below this.
 */
const KEEP_MS = 3000;
const kept = new Map<string, { replaced: (string | undefined)[]; value: string | undefined; at: number }>();

/** This tab's changes of the last `KEEP_MS`, for the merge. */
function recentChanges(): Kept {
  const now = Date.now();
  for (const [key, k] of kept) if (now - k.at > KEEP_MS) kept.delete(key);
  return kept;
}

function remember(before: SavedDocument, after: SavedDocument): void {
  const now = Date.now();
  for (const [key, [was, value]] of changesBetween(before, after)) {
    const replaced = kept.get(key)?.replaced ?? [];
    kept.set(key, { replaced: [...replaced, was], value, at: now });
  }
}

function openLocalStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(STORAGE_KEY);
    return s;
  } catch {
    return null;
  }
}

export interface KeptAsideCopy {
  key: string;
  /** ISO date of when it was set aside. */
  when: string;
  /** Its size in bytes as a downloaded file. */
  bytes: number;
}

/** The kept-aside copies in this browser, newest first. */
export const keptAside = atom<KeptAsideCopy[]>([]);

function listKeptAside(): KeptAsideCopy[] {
  if (!local) return [];
  const out: KeptAsideCopy[] = [];
  for (let i = 0; i < local.length; i++) {
    const key = local.key(i);
    if (key?.startsWith(KEPT_ASIDE_PREFIX)) {
      out.push({ key, when: key.slice(KEPT_ASIDE_PREFIX.length), bytes: new Blob([local.getItem(key) ?? '']).size });
    }
  }
  return out.sort((a, b) => b.key.localeCompare(a.key));
}

const refreshKeptAside = () => keptAside.set(listKeptAside());

/** The text of a kept-aside copy (or of unreadable data that could not be kept), for download. */
export function keptAsideText(key: string | null): string | null {
  if (key === null) return unkeptRaw;
  return local?.getItem(key) ?? null;
}

export function deleteKeptAside(key: string): void {
  if (!key.startsWith(KEPT_ASIDE_PREFIX)) return;
  local?.removeItem(key);
  refreshKeptAside();
}

/**
 * Moves unreadable data under a key of its own, so that saving afresh never overwrites it.
 * Copies beyond `MAX_KEPT_ASIDE` are dropped, oldest first, and so are older copies when the
 * quota has no room for the new one. If the copy cannot be written beside the original, the
 * original is removed first and written back at once if the copy still fails: within one task,
 * so that no other tab sees the gap. Returns the key, or null when nothing could be kept.
 */
function keepAside(raw: string): string | null {
  if (!local) return null;
  const key = KEPT_ASIDE_PREFIX + new Date().toISOString();
  const older = listKeptAside().reverse();
  while (older.length >= MAX_KEPT_ASIDE) local.removeItem(older.shift()!.key);
  const attempt = (): boolean => {
    try {
      local!.setItem(key, raw);
      return true;
    } catch {
      return false;
    }
  };
  let kept = attempt();
  while (!kept && older.length > 0) {
    local.removeItem(older.shift()!.key);
    kept = attempt();
  }
  if (!kept) {
    local.removeItem(STORAGE_KEY);
    kept = attempt();
    if (!kept) {
      try {
        local.setItem(STORAGE_KEY, raw);
      } catch {
        // The original's own space was just freed; if even that fails, it is still in memory.
      }
    }
  }
  if (kept) local.removeItem(STORAGE_KEY);
  refreshKeptAside();
  return kept ? key : null;
}

/** What storage holds now, read into a document; `null` when this tab must not write over it. */
function readStorage(raw: string | null): SavedDocument | null {
  const result = readSaved(raw);
  // A reader's first assessment is dated the day they start.
  if (result.status === 'empty') return emptyDocument(new Date());
  if (result.status === 'corrupt') {
    const keptAs = keepAside(raw!);
    reportProblem({ kind: 'corrupt', reason: result.reason, keptAs });
    if (!keptAs) {
      writesBlocked = true;
      unkeptRaw = raw;
      return null;
    }
    return emptyDocument(new Date());
  }
  if (result.status === 'newer') {
    writesBlocked = true;
    reportProblem({ kind: 'newer', version: result.version });
    return null;
  }
  return result.doc;
}

if (typeof window !== 'undefined') {
  local = openLocalStorage();
  if (!local) reportProblem({ kind: 'unavailable' });
  else {
    refreshKeptAside();
    const raw = local.getItem(STORAGE_KEY);
    const doc = readStorage(raw);
    if (doc) {
      base = doc;
      // After unreadable data was moved aside, storage holds nothing under our key.
      baseRaw = local.getItem(STORAGE_KEY);
    }
  }
}

/** The reader's saved document: what storage holds, merged with what other tabs write. */
export const saved = atom<SavedDocument>(base);

/**
 * Writes `mine` (this tab's document after one change), merged with whatever another tab saved
 * since this tab last read. On failure storage is left as it was and the store shows what is saved.
 */
function commit(mine: SavedDocument): WriteResult {
  if (!local || writesBlocked) {
    saved.set(mine);
    return 'memory';
  }
  const raw = local.getItem(STORAGE_KEY);
  let theirs = base;
  if (raw !== baseRaw) {
    const read = readStorage(raw);
    if (!read) return commit(mine);
    theirs = read;
  }
  const merged = theirs === base ? mine : mergeDocuments(base, mine, theirs, recentChanges());
  const text = serialise(merged);
  try {
    local.setItem(STORAGE_KEY, text);
  } catch {
    reportProblem({ kind: 'full' });
    base = theirs;
    baseRaw = local.getItem(STORAGE_KEY);
    saved.set(theirs);
    return 'failed';
  }
  remember(theirs, merged);
  base = merged;
  baseRaw = text;
  saved.set(merged);
  resolveProblem('full');
  return 'saved';
}

if (local) {
  window.addEventListener('storage', (e) => {
    if (e.storageArea !== local) return;
    if (e.key === null || e.key.startsWith(KEPT_ASIDE_PREFIX)) refreshKeptAside();
    if ((e.key !== null && e.key !== STORAGE_KEY) || writesBlocked) return;
    const raw = local!.getItem(STORAGE_KEY);
    if (raw === baseRaw) return;
    const result = readSaved(raw);
    // Unreadable data from elsewhere is kept aside by this tab's next write, not by a mere event.
    if (result.status === 'corrupt') return;
    if (result.status === 'newer') {
      readStorage(raw);
      return;
    }
    const mine = saved.get();
    const recent = recentChanges();
    const merged = mine === base && recent.size === 0 ? result.doc : mergeDocuments(base, mine, result.doc, recent);
    base = result.doc;
    baseRaw = raw;
    saved.set(merged);
    // Another tab wrote before it received a change of ours: write that change again.
    if (recent.size > 0 && undoesChanges(result.doc, recent)) commit(merged);
  });
}

/** Whether this page saves what the reader does (false: storage unavailable or blocked). */
export const savesToStorage = (): boolean => local !== null && !writesBlocked;

/** Saves a whole new document: an import (read back by the caller to report), or a change from manage.ts. */
export function saveDocument(doc: SavedDocument): WriteResult {
  return commit(doc);
}

/** The assessment the reader is working on: what checklists, notes and the summary show. */
export const active = computed(saved, activeAssessment);

function change(update: (a: Assessment) => Assessment): WriteResult {
  return commit(updateActive(saved.get(), update));
}

export function setItemState(checklistId: string, itemId: string, state: ItemState | undefined): WriteResult {
  return change((a) => withItemState(a, checklistId, itemId, state));
}

export function setNote(pageId: string, text: string): WriteResult {
  return change((a) => withNote(a, pageId, text, new Date()));
}

export function setAction(checklistId: string, itemId: string, action: PlannedAction): WriteResult {
  return change((a) => withAction(a, `${checklistId}/${itemId}`, action));
}
