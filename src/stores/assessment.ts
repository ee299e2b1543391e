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
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import {
  emptyDocument,
  readSaved,
  serialise,
  withItemState,
  withNote,
  type ItemState,
  type SavedDocument,
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
/** When the document was last written to storage successfully. */
export const lastSaved = atom<Date | null>(null);

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
      lastSaved.set(new Date());
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
export const saved = persistentAtom<SavedDocument>(STORAGE_KEY, emptyDocument(), { encode: serialise, decode });

export function setItemState(checklistId: string, itemId: string, state: ItemState | undefined): void {
  saved.set(withItemState(saved.get(), checklistId, itemId, state));
}

export function setNote(pageId: string, text: string): void {
  saved.set(withNote(saved.get(), pageId, text, new Date()));
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
