/**
 * The storage problems the reader has been told about. A problem stays told on every page of
 * this tab's visit (kept in sessionStorage) until the reader dismisses it or it is over (a write
 * succeeds after "full"); a dismissed problem is not told again in this visit.
 */
import { atom } from 'nanostores';

export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  /** `keptAs`: the key of the kept-aside copy, or null when there was no room to keep one. */
  | { kind: 'corrupt'; reason: string; keptAs: string | null }
  | { kind: 'newer'; version: number };

/** One id per problem: the same problem found again on the next page is not told twice. */
export function problemId(p: StorageProblem): string {
  if (p.kind === 'corrupt') return `corrupt:${p.keptAs ?? 'not-kept'}`;
  if (p.kind === 'newer') return `newer:${p.version}`;
  return p.kind;
}

/** Kept for this tab's visit: what is told, and the ids the reader dismissed. */
const SESSION_KEY = 'inclusion-handbook:notices';
let dismissed: string[] = [];
let told: StorageProblem[] = [];
try {
  ({ told = [], dismissed = [] } = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? '{}'));
} catch {
  // No sessionStorage (or not ours): a problem is told on the page where it happens only.
}

/** The problems to tell, oldest first. */
export const storageProblems = atom<StorageProblem[]>(told);

function set(list: StorageProblem[]): void {
  storageProblems.set(list);
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ told: list, dismissed }));
  } catch {
    // As above.
  }
}

export function reportProblem(p: StorageProblem): void {
  const id = problemId(p);
  if (!dismissed.includes(id)) set([...storageProblems.get().filter((x) => problemId(x) !== id), p]);
}

/** The reader has read it: not told again in this visit. */
export function dismissProblem(p: StorageProblem): void {
  dismissed.push(problemId(p));
  set(storageProblems.get().filter((x) => problemId(x) !== problemId(p)));
}

/** The problem is over (storage took a write again): it is no longer told, and told anew if it returns. */
export function resolveProblem(kind: StorageProblem['kind']): void {
  if (kind === 'full' && dismissed.includes('full')) dismissed = dismissed.filter((id) => id !== 'full');
  else if (!storageProblems.get().some((p) => p.kind === kind)) return;
  set(storageProblems.get().filter((p) => p.kind !== kind));
}
