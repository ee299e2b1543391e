/** The copy buttons of a page (src/components/CopyText.astro): put their text on the clipboard and say so. */
import { enhance } from './enhance';

enhance('copy-text', (root) => {
  const { text = '', done = '', blocked = '' } = root.dataset;
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  root.querySelector('button')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
    } catch {
      status.textContent = blocked;
    }
  });
});
