import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { saved } from '../stores/assessment';
import { createAssessment, deleteAssessment, duplicateAssessment, renameAssessment, restoreAssessment, switchAssessment } from '../stores/manage';
import { ui } from '../i18n/live-ui';
import { toolsUi } from '../i18n/live-tools';
import { useHydrated } from './useHydrated';
import { formatDate } from '../lib/dates';
import { shownName } from '../lib/saved-format';

const t = toolsUi.assessments;

/** Create, name, switch, duplicate and delete (with confirmation and undo) the reader's assessments. */
export default function AssessmentManager() {
  const hydrated = useHydrated();
  const doc = useStore(saved);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [undo, setUndo] = useState<ReturnType<typeof deleteAssessment>>(undefined);
  const [newName, setNewName] = useState('');

  if (!hydrated) return <p>{ui.summary.loading}</p>;

  const startRename = (id: string, name: string) => {
    setEditing(id);
    setDraft(name);
  };
  const saveName = (e: Event) => {
    e.preventDefault();
    if (editing && draft.trim()) renameAssessment(editing, draft.trim());
    setEditing(null);
  };
  const remove = (id: string) => {
    setUndo(deleteAssessment(id));
    setConfirming(null);
  };
  const create = (e: Event) => {
    e.preventDefault();
    createAssessment(newName.trim() || t.defaultNew(doc.assessments.length + 1));
    setNewName('');
  };

  return (
    <div class="assessments">
      <p>{t.intro}</p>
      <ul class="assessments__list">
        {doc.assessments.map((a) => (
          <li key={a.id} class={`assessments__item${a.id === doc.active ? ' is-active' : ''}`} data-assessment={a.name}>
            {editing === a.id ? (
              <form class="assessments__rename" onSubmit={saveName}>
                <label for={`name-${a.id}`}>{t.name}</label>
                <input id={`name-${a.id}`} value={draft} maxLength={120} onInput={(e) => setDraft(e.currentTarget.value)} required />
                <button type="submit" class="button">{t.save}</button>
                <button type="button" class="button button--secondary" onClick={() => setEditing(null)}>{t.cancel}</button>
              </form>
            ) : (
              <label class="assessments__choose">
                <input type="radio" name="active-assessment" checked={a.id === doc.active} onChange={() => switchAssessment(a.id)} />
                <span class="assessments__name">{shownName(a.name, ui.badge.defaultName)}</span>
                {Date.parse(a.created) > 0 && <span class="meta">{t.created(formatDate(a.created))}</span>}
                {a.id === doc.active && <span class="tag">{t.active}</span>}
              </label>
            )}
            {editing !== a.id && (
              <div class="assessments__actions">
                <button type="button" class="button button--secondary" aria-label={`${t.rename}: ${shownName(a.name, ui.badge.defaultName)}`} onClick={() => startRename(a.id, a.name)}>{t.rename}</button>
                <button type="button" class="button button--secondary" aria-label={`${t.duplicate}: ${shownName(a.name, ui.badge.defaultName)}`} onClick={() => duplicateAssessment(a.id, t.copyOf(a.name))}>{t.duplicate}</button>
                <button
                  type="button"
                  class="button button--secondary"
                  aria-label={`${t.delete}: ${shownName(a.name, ui.badge.defaultName)}`}
                  disabled={doc.assessments.length < 2}
                  title={doc.assessments.length < 2 ? t.lastOne : undefined}
                  onClick={() => setConfirming(a.id)}
                >
                  {t.delete}
                </button>
              </div>
            )}
            {confirming === a.id && (
              <div class="assessments__confirm" role="alertdialog" aria-labelledby={`confirm-${a.id}`}>
                <p id={`confirm-${a.id}`}>{t.confirmDelete(shownName(a.name, ui.badge.defaultName))}</p>
                <button type="button" class="button button--danger" onClick={() => remove(a.id)}>{t.confirm}</button>
                <button type="button" class="button button--secondary" onClick={() => setConfirming(null)}>{t.cancel}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div role="status" class="assessments__status">
        {undo && (
          <p>
            {t.deleted(undo.assessment.name)}{' '}
            <button type="button" class="button button--secondary" onClick={() => { restoreAssessment(undo); setUndo(undefined); }}>{t.undo}</button>
          </p>
        )}
      </div>
      <form class="assessments__new" onSubmit={create}>
        <label for="new-assessment">{t.newName}</label>
        <input id="new-assessment" value={newName} maxLength={120} placeholder={t.defaultNew(doc.assessments.length + 1)} onInput={(e) => setNewName(e.currentTarget.value)} />
        <button type="submit" class="button">{t.create}</button>
      </form>
    </div>
  );
}
