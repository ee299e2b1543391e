import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { active, savesToStorage, setNote } from '../stores/assessment';
import { download } from './download';
import { chapterUi as ui } from '../i18n/live-chapter';
import { useHydrated } from './useHydrated';

export interface NotesFieldProps {
  /** Key of the note in the saved document, e.g. "handbook/know-the-needs". */
  pageId: string;
  /** The field's label where a page has two (one per checklist); else "Notes for this chapter". */
  label?: string;
}

const SAVE_AFTER_MS = 400;

/** A page's notes: saved as the reader types, flushed when the page is hidden or closed. */
export default function NotesField({ pageId, label = ui.notes.label }: NotesFieldProps) {
  const hydrated = useHydrated();
  const doc = useStore(active);
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  /** The browser refused the last save: the text lives only in this field until a save succeeds. */
  const [failed, setFailed] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef('');
  const storedText = doc.notes[pageId]?.text ?? '';

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current !== (active.get().notes[pageId]?.text ?? '')) setFailed(setNote(pageId, latest.current) === 'failed');
    setPending(false);
  };

  // On mount: take the saved note, and keep anything typed before hydration (appended, never lost).
  useEffect(() => {
    const typed = area.current?.value ?? '';
    const stored = active.get().notes[pageId]?.text ?? '';
    const merged = typed && typed !== stored ? (stored ? `${stored}\n\n${typed}` : typed) : stored;
    latest.current = merged;
    setText(merged);
    if (merged !== stored) setFailed(setNote(pageId, merged) === 'failed');
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  // A change from another tab shows here unless the reader is typing in this one, or this
  // field holds text the browser refused to save.
  useEffect(() => {
    if (!hydrated || timer.current || failed || document.activeElement === area.current) return;
    latest.current = storedText;
    setText(storedText);
  }, [storedText]);

  const onInput = (e: Event) => {
    const value = (e.currentTarget as HTMLTextAreaElement).value;
    latest.current = value;
    setText(value);
    setPending(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_AFTER_MS);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(latest.current);
      setCopyStatus(ui.notes.copied);
    } catch {
      setCopyStatus(ui.notes.copyBlocked);
    }
  };

  const fieldId = `notes-${pageId.replace(/[^a-z0-9-]/g, '-')}`;
  let status = '';
  if (hydrated) {
    if (!savesToStorage()) status = ui.notes.notSaved;
    else if (failed && !pending) status = '';
    else if (pending) status = ui.notes.saving;
    else if (doc.notes[pageId]) status = ui.notes.saved(new Date(doc.notes[pageId].updated).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
  }

  return (
    <div class="notes">
      <label class="notes__label" for={fieldId}>{label}</label>
      <p class="notes__hint" id={`${fieldId}-hint`}>{ui.notes.hint}</p>
      <textarea
        id={fieldId}
        ref={area}
        class="notes__field"
        rows={6}
        aria-describedby={`${fieldId}-hint ${fieldId}-status`}
        value={hydrated ? text : undefined}
        onInput={onInput}
        onBlur={flush}
      />
      <p class="notes__status" id={`${fieldId}-status`} role="status" data-testid="notes-status">{status}</p>
      {failed && (
        <div class="not-saved no-print" role="alert" data-testid="note-not-saved">
          <p>{ui.notes.writeFailed}</p>
          <p class="storage-notice__actions">
            <button type="button" class="button button--secondary" onClick={copy}>{ui.notes.copy}</button>
            <button type="button" class="button button--secondary" onClick={() => download(latest.current, `${fieldId}.txt`, 'text/plain')}>{ui.notes.download}</button>
          </p>
          <p role="status">{copyStatus}</p>
        </div>
      )}
      <div class="notes__print print-only" aria-hidden="true">{hydrated ? text : ''}</div>
    </div>
  );
}
