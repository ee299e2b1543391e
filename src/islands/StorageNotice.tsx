import { useStore } from '@nanostores/preact';
import { dismissProblem, keptAsideText, problemId, saved, storageProblems, type StorageProblem } from '../stores/assessment';
import { download as offer } from './download';
import { chapterUi as ui } from '../i18n/live-chapter';
import { useHydrated } from './useHydrated';

function message(problem: StorageProblem): string {
  if (problem.kind === 'unavailable') return ui.storage.unavailable;
  if (problem.kind === 'full') return ui.storage.full;
  if (problem.kind === 'newer') return ui.storage.newer;
  return problem.keptAs ? ui.storage.corrupt(problem.reason) : ui.storage.corruptNotKept(problem.reason);
}

/**
 * Tells the reader when their browser cannot keep, or could not read, what they saved: on every
 * page that reads saved data, until they dismiss it.
 */
export default function StorageNotice() {
  const hydrated = useHydrated();
  const problems = useStore(storageProblems);
  if (!hydrated || problems.length === 0) return <div class="storage-notice" hidden />;

  // Loaded on demand: the export code is not needed until storage fails.
  const backup = async () => {
    const { exportDocument, exportFileName } = await import('../lib/backup');
    offer(exportDocument(saved.get()), exportFileName('backup'), 'application/json');
  };
  const downloadKept = (key: string | null) => {
    const text = keptAsideText(key);
    if (text !== null) offer(text, 'inclusion-handbook-kept-data.json', 'application/json');
  };

  return (
    <div class="storage-notices">
      {problems.map((problem) => (
        <div class="storage-notice" role="alert" data-testid="storage-notice" key={problemId(problem)}>
          <p>{message(problem)}</p>
          <p class="storage-notice__actions">
            {problem.kind === 'corrupt' && (
              <button type="button" class="button button--secondary" onClick={() => downloadKept(problem.keptAs)}>{ui.storage.download}</button>
            )}
            {(problem.kind === 'full' || problem.kind === 'unavailable') && (
              <button type="button" class="button" onClick={backup}>{ui.storage.backup}</button>
            )}
            <button type="button" class="button button--secondary" onClick={() => dismissProblem(problem)}>{ui.storage.dismiss}</button>
          </p>
        </div>
      ))}
    </div>
  );
}
