import { useState } from 'preact/hooks';

export interface CopyTextProps {
  /** The text put on the clipboard. */
  text: string;
  label: string;
  done: string;
}

/** A button that copies prepared text (e.g. indicators for a monitoring plan) to the clipboard. */
export default function CopyText({ text, label, done }: CopyTextProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('Copying was blocked by the browser: select the table and copy it instead.');
    }
  };
  return (
    <p class="copy-text no-print">
      <button type="button" class="button button--secondary" onClick={copy}>{label}</button>
      <span role="status" class="copy-text__status">{status}</span>
    </p>
  );
}
