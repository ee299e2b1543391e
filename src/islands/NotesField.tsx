import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { active, setNote, storageProblem } from '../stores/assessment';
import { ui } from '../i18n/ui';
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
  const problem = useStore(storageProblem);
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef('');
  const storedText = doc.notes[pageId]?.text ?? '';

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current !== (active.get().notes[pageId]?.text ?? '')) setNote(pageId, latest.current);
    setPending(false);
  };

  // On mount: take the saved note, and keep anything typed before hydration (appended, never lost).
  useEffect(() => {
    const typed = area.current?.value ?? '';
    const stored = active.get().notes[pageId]?.text ?? '';
    const merged = typed && typed !== stored ? (stored ? `${stored}\n\n${typed}` : typed) : stored;
    latest.current = merged;
    setText(merged);
    if (merged !== stored) setNote(pageId, merged);
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  // A change from another tab shows here unless the reader is typing in this one.
  useEffect(() => {
    if (!hydrated || timer.current || document.activeElement === area.current) return;
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

  const fieldId = `notes-${pageId.replace(/[^a-z0-9-]/g, '-')}`;
  let status = '';
  if (hydrated) {
    if (problem?.kind === 'unavailable' || problem?.kind === 'full' || problem?.kind === 'newer') status = ui.notes.notSaved;
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
      <div class="notes__print print-only" aria-hidden="true">{hydrated ? text : ''}</div>
    </div>
  );
}
