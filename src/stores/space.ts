/**
 * What an import needs to know about storage: the space left, and what a write left there.
 * Apart from `assessment.ts` so that chapter pages, which never import, do not load it.
 */
import { readSaved, type SavedDocument } from '../lib/saved-format';
import { STORAGE_KEY } from './assessment';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** What storage holds under our key now, read back after a write; null if it cannot be read. */
export function readBack(): SavedDocument | null {
  const local = storage();
  if (!local) return null;
  const result = readSaved(local.getItem(STORAGE_KEY));
  return result.status === 'ok' || result.status === 'empty' ? result.doc : null;
}

/**
 * About how many more characters localStorage will take, found by measuring: a probe value is
 * written under a spare key, doubled until the browser refuses it, then the limit is narrowed
 * down by halving, to within 1 K characters; the probe is removed at once. Browsers do not expose
 * localStorage's quota (navigator.storage.estimate counts other stores, not this one), so
 * trying is the only exact way. Used before an import, never on every write.
 */
export function freeSpace(): number {
  const local = storage();
  if (!local) return 0;
  const probe = 'inclusion-handbook:probe';
  const fits = (n: number): boolean => {
    try {
      local!.setItem(probe, 'x'.repeat(n));
      return true;
    } catch {
      return false;
    } finally {
      local!.removeItem(probe);
    }
  };
  const CAP = 64 * 1024 * 1024;
  let low = 0;
  let high = 64 * 1024;
  while (high <= CAP && fits(high)) {
    low = high;
    high *= 2;
  }
  if (high > CAP) return low;
  while (high - low > 1024) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/** The length in characters of what storage holds under our key. */
export const storedLength = (): number => storage()?.getItem(STORAGE_KEY)?.length ?? 0;
