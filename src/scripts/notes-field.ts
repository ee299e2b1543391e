/**
 * The notes fields of a page (src/components/NotesField.astro): saved as the reader types, and
 * at once when the page is hidden or closed; text typed before this script ran is kept.
 */
import { active, savesToStorage, setNote } from '../stores/assessment';
import { fill } from '../lib/fill';
import { download } from './download';
import { enhance } from './enhance';

const SAVE_AFTER_MS = 400;

enhance('notes-field', (root) => {
  const pageId = root.dataset.pageId!;
  const words = { saving: root.dataset.saving ?? '', saved: root.dataset.saved ?? '', notKept: root.dataset.notKept ?? '' };
  const area = root.querySelector('textarea')!;
  const status = root.querySelector<HTMLElement>('.notes__status')!;
  const printed = root.querySelector<HTMLElement>('.notes__print')!;
  const failMessage = root.querySelector<HTMLTemplateElement>('template[data-not-saved]')!;
  const stored = () => active.get().notes[pageId];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  /** The browser refused the last save: the text lives only in this field until a save succeeds. */
  let failed: Element | null = null;
  let storedText = stored()?.text ?? '';

  const render = () => {
    const note = stored();
    let line = '';
    if (!savesToStorage()) line = words.notKept;
    else if (failed && !pending) line = '';
    else if (pending) line = words.saving;
    else if (note) line = fill(words.saved, { time: new Date(note.updated).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) });
    status.textContent = line;
    printed.textContent = area.value;
  };

  const offerCopies = (message: Element) => {
    const told = message.querySelector<HTMLElement>('p[role=status]')!;
    message.addEventListener('click', async (e) => {
      const button = (e.target as Element).closest<HTMLElement>('button[data-action]');
      if (button?.dataset.action === 'download') download(area.value, button.dataset.fileName!, 'text/plain');
      if (button?.dataset.action !== 'copy') return;
      try {
        await navigator.clipboard.writeText(area.value);
        told.textContent = (message as HTMLElement).dataset.copied ?? '';
      } catch {
        told.textContent = (message as HTMLElement).dataset.copyBlocked ?? '';
      }
    });
  };

  const save = (text: string) => {
    const refused = setNote(pageId, text) === 'failed';
    if (refused && !failed) {
      failed = (failMessage.content.cloneNode(true) as DocumentFragment).firstElementChild!;
      offerCopies(failed);
      failMessage.before(failed);
    } else if (!refused && failed) {
      failed.remove();
      failed = null;
    }
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (area.value !== (stored()?.text ?? '')) save(area.value);
    pending = false;
    render();
  };

  // Take the saved note, and keep anything typed before this script ran (appended, never lost).
  const typed = area.value;
  area.value = typed && typed !== storedText ? (storedText ? `${storedText}\n\n${typed}` : typed) : storedText;
  if (area.value !== storedText) save(area.value);

  area.addEventListener('input', () => {
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_AFTER_MS);
    render();
  });
  area.addEventListener('blur', flush);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());

  // A change from another tab shows here unless the reader is typing in this one, or this field
  // holds text the browser refused to save.
  active.subscribe((doc) => {
    const text = doc.notes[pageId]?.text ?? '';
    if (text !== storedText && !timer && !failed && document.activeElement !== area) area.value = text;
    storedText = text;
    render();
  });
});
