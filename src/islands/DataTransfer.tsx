import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { active, saveDocument, saved, savesToStorage } from '../stores/assessment';
import { summaryPages } from '../stores/summary-pages';
import { deleteAssessment, replaceAssessment } from '../stores/manage';
import { freeSpace, readBack, storedLength } from '../stores/space';
import { localDate } from '../lib/action-plan';
import { reportCsv, reportMarkdown } from '../lib/report';
import { exportDocument, exportFileName } from '../lib/backup';
import { assessmentContents, extraSpaceNeeded, planAdd, planReplace, readImport, type ImportResult } from '../lib/transfer';
import { shownName, type Assessment, type SavedDocument } from '../lib/saved-format';
import { ui } from '../i18n/live-ui';
import { toolsUi } from '../i18n/live-tools';
import { download } from '../scripts/download';
import { useHydrated } from './useHydrated';

const t = toolsUi.transfer;

/**
 * Export everything or one assessment, reports as Markdown and CSV, and import with a preview. The
 * reports' pages come from the results overview on the same page (src/stores/summary-pages.ts).
 */
export default function DataTransfer() {
  const hydrated = useHydrated();
  const pages = useStore(summaryPages);
  const doc = useStore(saved);
  const a = useStore(active);
  const [incoming, setIncoming] = useState<Extract<ImportResult, { ok: true }> | null>(null);
  const [error, setError] = useState('');
  const [mode, setMode] = useState<'add' | 'replace'>('add');
  const [target, setTarget] = useState('');
  const [source, setSource] = useState(0);
  const [message, setMessage] = useState('');
  const [pendingReplace, setPendingReplace] = useState<{ id: string; backupId: string; name: string } | null>(null);

  if (!hydrated) return <p>{ui.summary.loading}</p>;
  const today = localDate(new Date());

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setIncoming(null);
    setError('');
    setMessage('');
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(t.readError);
      return;
    }
    const result = readImport(text, file.size);
    if (result.ok) {
      setIncoming(result);
      setTarget(doc.active);
      setSource(0);
    } else setError(result.message);
  };

  /** Saves `next` if it fits, and says what was saved; returns the stored document, or null. */
  const save = (next: SavedDocument): SavedDocument | null => {
    if (savesToStorage()) {
      const needed = extraSpaceNeeded(next, storedLength());
      const free = freeSpace();
      if (needed > free) {
        setError(t.noRoom(needed, free));
        return null;
      }
    }
    const result = saveDocument(next);
    if (result === 'failed') {
      setError(t.writeFailed);
      return null;
    }
    if (result === 'memory') return saved.get();
    const back = readBack();
    if (!back) setError(t.writeFailed);
    return back;
  };

  const doImport = (e: Event) => {
    e.preventDefault();
    if (!incoming) return;
    setError('');
    setMessage('');
    if (mode === 'add') {
      const plan = planAdd(saved.get(), incoming);
      const skipped = [...plan.alreadyHere.assessments, ...plan.alreadyHere.scorecards];
      if (plan.added.assessments.length + plan.added.scorecards.length === 0) {
        setMessage(t.nothingNew);
        setIncoming(null);
        return;
      }
      const back = save(plan.doc);
      if (!back) return;
      // Counted from what storage holds now, not from what was meant to be written.
      const assessments = back.assessments.filter((x) => plan.added.assessments.includes(x.id)).length;
      const scorecards = back.scorecards.filter((x) => plan.added.scorecards.includes(x.id)).length;
      setMessage(
        [
          t.added(assessments, scorecards),
          plan.replacedEmpty ? t.replacedEmpty : '',
          skipped.length ? t.alreadyHere(skipped) : '',
          savesToStorage() ? '' : t.memoryOnly,
        ].filter(Boolean).join(' '),
      );
    } else {
      const old = doc.assessments.find((x) => x.id === target);
      const chosen = incoming.assessments[source];
      if (!old || !chosen) return;
      // The replaced content is kept as an assessment of its own until the reader confirms.
      const plan = planReplace(saved.get(), old.id, chosen, t.beforeImport(old.name));
      if (!plan || !save(plan.doc)) return;
      setPendingReplace({ id: old.id, backupId: plan.backupId, name: old.name });
      setMessage(t.replaced(shownName(old.name, ui.badge.defaultName)));
    }
    setIncoming(null);
  };

  const confirmReplace = () => {
    if (pendingReplace) deleteAssessment(pendingReplace.backupId);
    setPendingReplace(null);
    setMessage('');
  };
  const undoReplace = () => {
    const backup = saved.get().assessments.find((x) => x.id === pendingReplace?.backupId);
    if (pendingReplace && backup) {
      replaceAssessment(pendingReplace.id, { ...backup, name: pendingReplace.name } as Assessment);
      deleteAssessment(pendingReplace.backupId);
    }
    setPendingReplace(null);
    setMessage('');
  };

  return (
    <div class="transfer">
      <p>{t.intro}</p>
      <p class="transfer__buttons">
        <button type="button" class="button" onClick={() => download(exportDocument(doc), exportFileName('backup'), 'application/json')}>{t.exportAll}</button>
        <button type="button" class="button button--secondary" onClick={() => download(exportDocument(doc, [a.id]), exportFileName(a.name), 'application/json')}>{t.exportActive}</button>
        {/* The reports need the overview's pages; the backups and the import never wait for them. */}
        <button type="button" class="button button--secondary" disabled={!pages} onClick={() => pages && download(reportMarkdown(a, pages, today), exportFileName(a.name, new Date(), 'md'), 'text/markdown')}>{t.markdown}</button>
        <button type="button" class="button button--secondary" disabled={!pages} onClick={() => pages && download(reportCsv(a, pages), exportFileName(a.name, new Date(), 'csv'), 'text/csv')}>{t.csv}</button>
      </p>

      <div class="transfer__import">
        <label for="import-file" class="transfer__label">{t.importLabel}</label>
        <p class="transfer__hint" id="import-hint">{t.importHint}</p>
        <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint import-error" onChange={onFile} />
        <p id="import-error" class="transfer__error" role="alert">{error}</p>
      </div>

      {incoming && (
        <form class="transfer__preview" onSubmit={doImport} aria-labelledby="import-preview">
          <p id="import-preview"><strong>{t.preview}</strong></p>
          <ul data-testid="import-preview">
            {incoming.assessments.map((x, i) => {
              const c = assessmentContents(x);
              return <li key={i}>{t.assessmentLine(shownName(x.name, ui.badge.defaultName), c.ticked, c.notes, c.actions)}</li>;
            })}
            {incoming.scorecards.length > 0 && <li>{t.scorecardLine(incoming.scorecards.length)}</li>}
          </ul>
          <fieldset>
            <legend class="visually-hidden">{t.doImport}</legend>
            <label class="transfer__choice"><input type="radio" name="import-mode" checked={mode === 'add'} onChange={() => setMode('add')} /> {t.addNew}</label>
            <label class="transfer__choice"><input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t.replace}</label>
          </fieldset>
          {mode === 'replace' && (
            <div class="transfer__replace">
              <p>
                <label for="replace-target">{t.replaceWhich}</label>{' '}
                <select id="replace-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                  {doc.assessments.map((x) => <option key={x.id} value={x.id}>{shownName(x.name, ui.badge.defaultName)}</option>)}
                </select>
              </p>
              {incoming.assessments.length > 1 && (
                <p>
                  <label for="replace-source">{t.replaceWith}</label>{' '}
                  <select id="replace-source" value={String(source)} onChange={(e) => setSource(Number(e.currentTarget.value))}>
                    {incoming.assessments.map((x, i) => <option key={i} value={String(i)}>{shownName(x.name, ui.badge.defaultName)}</option>)}
                  </select>
                </p>
              )}
            </div>
          )}
          <p class="transfer__buttons">
            <button type="submit" class="button">{t.doImport}</button>
            <button type="button" class="button button--secondary" onClick={() => setIncoming(null)}>{t.cancelImport}</button>
          </p>
        </form>
      )}

      <div role="status" class="transfer__status" data-testid="import-status">
        {message && <p>{message}</p>}
        {pendingReplace && (
          <p class="transfer__buttons">
            <button type="button" class="button" onClick={confirmReplace}>{t.confirmReplace}</button>
            <button type="button" class="button button--secondary" onClick={undoReplace}>{t.undoReplace}</button>
          </p>
        )}
      </div>
    </div>
  );
}
