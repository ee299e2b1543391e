import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { saved } from '../stores/assessment';
import { exportDocument, exportFileName } from '../lib/backup';
import { MAX_LINK_CHARS, encodeShare } from '../lib/share-link';
import { togetherUi } from '../i18n/live-together';
import { nameOf } from './together-name';
import { useHydrated } from './useHydrated';
import { download } from '../scripts/download';

const t = togetherUi.share;

/** Makes a link that carries one assessment in its fragment, or offers the file when too long. */
export default function ShareLink() {
  const hydrated = useHydrated();
  const doc = useStore(saved);
  const [chosen, setChosen] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [tooLong, setTooLong] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  if (!hydrated) return <p>{togetherUi.loading}</p>;

  const id = doc.assessments.some((a) => a.id === chosen) ? chosen : doc.active;
  const a = doc.assessments.find((x) => x.id === id)!;
  const file = () => exportDocument(saved.get(), [id]);

  async function make() {
    const fragment = await encodeShare(file());
    const url = `${location.origin}${location.pathname}#${fragment}`;
    setStatus('');
    if (url.length > MAX_LINK_CHARS) {
      setLink(null);
      setTooLong(url.length);
    } else {
      setTooLong(null);
      setLink(url);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(link ?? '');
      setStatus(t.copied);
    } catch {
      setStatus('Copying was blocked by the browser: select the link and copy it instead.');
    }
  }

  return (
    <div class="share" data-testid="share-make">
      <p class="together__field">
        <label for="share-choose">{t.choose}</label>
        <select id="share-choose" value={id} onChange={(e) => { setChosen(e.currentTarget.value); setLink(null); setTooLong(null); }}>
          {doc.assessments.map((x) => <option key={x.id} value={x.id}>{nameOf(x)}</option>)}
        </select>
      </p>
      <p class="together__hint">{t.warning}</p>
      <p><button type="button" class="button" onClick={() => void make()}>{t.make}</button></p>
      {link && (
        <div class="together__field">
          <label for="share-link">{t.link}</label>
          <textarea id="share-link" class="share__link" readOnly rows={4} aria-describedby="share-length" value={link} onFocus={(e) => e.currentTarget.select()} />
          <p id="share-length" class="together__hint">{t.length(link.length)}</p>
          <p>
            <button type="button" class="button button--secondary" onClick={() => void copy()}>{t.copy}</button>{' '}
            <span role="status">{status}</span>
          </p>
        </div>
      )}
      <div role="status">
        {tooLong !== null && (
          <div class="together__notice" data-testid="share-too-long">
            <p>{t.tooLong(tooLong, MAX_LINK_CHARS)}</p>
            <p><button type="button" class="button" onClick={() => download(file(), exportFileName(a.name), 'application/json')}>{t.downloadFile}</button></p>
          </div>
        )}
      </div>
    </div>
  );
}
