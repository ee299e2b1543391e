import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { keptAsideCopies, saved, storageProblem } from '../stores/assessment';
import { download as offer } from './download';
import { ui } from '../i18n/ui';
import { useHydrated } from './useHydrated';

/** Tells the reader at once when their browser cannot keep, or could not read, what they saved. */
export default function StorageNotice() {
  const hydrated = useHydrated();
  const problem = useStore(storageProblem);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!hydrated || !problem || dismissed === problem.kind) return <div class="storage-notice" hidden />;

  let message: string;
  if (problem.kind === 'unavailable') message = ui.storage.unavailable;
  else if (problem.kind === 'full') message = ui.storage.full;
  else if (problem.kind === 'newer') message = ui.storage.newer;
  else message = problem.keptAs ? ui.storage.corrupt(problem.reason) : ui.storage.corruptNotKept(problem.reason);

  // Loaded on demand: the export code is not needed until storage fails.
  const backup = async () => {
    const { exportDocument, exportFileName } = await import('../lib/transfer');
    offer(exportDocument(saved.get()), exportFileName('backup'), 'application/json');
  };
  const download = () => {
    const copy = keptAsideCopies()[0];
    if (copy) offer(copy.raw, 'inclusion-handbook-kept-data.json', 'application/json');
  };

  return (
    <div class="storage-notice" role="alert" data-testid="storage-notice">
      <p>{message}</p>
      <p class="storage-notice__actions">
        {problem.kind === 'corrupt' && problem.keptAs && (
          <button type="button" class="button button--secondary" onClick={download}>{ui.storage.download}</button>
        )}
        {(problem.kind === 'full' || problem.kind === 'unavailable') && (
          <button type="button" class="button" onClick={backup}>{ui.storage.backup}</button>
        )}
        <button type="button" class="button button--secondary" onClick={() => setDismissed(problem.kind)}>{ui.storage.dismiss}</button>
      </p>
    </div>
  );
}
