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

const TOLD_KEY = 'inclusion-handbook:told';
const DISMISSED_KEY = 'inclusion-handbook:dismissed';

/** One id per problem: the same problem found again on the next page is not told twice. */
export function problemId(p: StorageProblem): string {
  if (p.kind === 'corrupt') return `corrupt:${p.keptAs ?? 'not-kept'}`;
  if (p.kind === 'newer') return `newer:${p.version}`;
  return p.kind;
}

function session(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function readList<T>(key: string): T[] {
  try {
    const value = JSON.parse(session()?.getItem(key) ?? '[]');
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function writeList(key: string, list: unknown[]): void {
  try {
    session()?.setItem(key, JSON.stringify(list));
  } catch {
    // Without sessionStorage a problem is told on the page where it happens only.
  }
}

const dismissed = new Set(readList<string>(DISMISSED_KEY));

/** The problems to tell, oldest first. */
export const storageProblems = atom<StorageProblem[]>(readList<StorageProblem>(TOLD_KEY).filter((p) => !dismissed.has(problemId(p))));

function set(list: StorageProblem[]): void {
  storageProblems.set(list);
  writeList(TOLD_KEY, list);
}

export function reportProblem(p: StorageProblem): void {
  const id = problemId(p);
  if (dismissed.has(id)) return;
  set([...storageProblems.get().filter((x) => problemId(x) !== id), p]);
}

/** The reader has read it: not told again in this visit. */
export function dismissProblem(p: StorageProblem): void {
  dismissed.add(problemId(p));
  writeList(DISMISSED_KEY, [...dismissed]);
  set(storageProblems.get().filter((x) => problemId(x) !== problemId(p)));
}

/** The problem is over (storage took a write again): it is no longer told, and told anew if it returns. */
export function resolveProblem(kind: StorageProblem['kind']): void {
  if (kind === 'full' && dismissed.delete('full')) writeList(DISMISSED_KEY, [...dismissed]);
  if (storageProblems.get().some((p) => p.kind === kind)) set(storageProblems.get().filter((p) => p.kind !== kind));
}
