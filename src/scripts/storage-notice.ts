/** The storage notices (src/components/StorageNotice.astro): one per problem the store reports, until dismissed. */
import { dismissProblem, keptAsideText, problemId, saved, storageProblems, type StorageProblem } from '../stores/assessment';
import { exportDocument, exportFileName } from '../lib/backup';
import { fill } from '../lib/fill';
import { download } from './download';
import { enhance } from './enhance';

/** Which of the page's templates tells a problem. */
const templateOf = (p: StorageProblem): string => (p.kind === 'corrupt' && !p.keptAs ? 'corrupt-not-kept' : p.kind);

function act(action: string | undefined, problem: StorageProblem): void {
  if (action === 'dismiss') dismissProblem(problem);
  if (action === 'download' && problem.kind === 'corrupt') {
    const text = keptAsideText(problem.keptAs);
    if (text !== null) download(text, 'inclusion-handbook-kept-data.json', 'application/json');
  }
  // Imported with the page, not on demand: the export code is smaller than the loader a dynamic import needs.
  if (action === 'backup') download(exportDocument(saved.get()), exportFileName('backup'), 'application/json');
}

enhance('storage-notice', (root) => {
  const shown = new Map<string, Element>();
  storageProblems.subscribe((problems) => {
    const ids = problems.map(problemId);
    for (const [id, notice] of shown) {
      if (!ids.includes(id)) {
        notice.remove();
        shown.delete(id);
      }
    }
    problems.forEach((problem, n) => {
      if (shown.has(ids[n]!)) return;
      const template = root.querySelector<HTMLTemplateElement>(`template[data-kind="${templateOf(problem)}"]`);
      const notice = (template?.content.cloneNode(true) as DocumentFragment | undefined)?.firstElementChild;
      if (!notice) return;
      const message = notice.querySelector('p')!;
      if (problem.kind === 'corrupt') message.textContent = fill(message.textContent ?? '', { reason: problem.reason });
      notice.addEventListener('click', (e) => act((e.target as Element).closest<HTMLElement>('button[data-action]')?.dataset.action, problem));
      root.append(notice);
      shown.set(ids[n]!, notice);
    });
  });
});
