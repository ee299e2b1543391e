import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { deleteKeptAside, keptAside, keptAsideText, MAX_KEPT_ASIDE } from '../stores/assessment';
import { formatDateTime } from '../lib/dates';
import { toolsUi } from '../i18n/ui-tools';
import { download } from '../scripts/download';
import { useHydrated } from './useHydrated';

const t = toolsUi.keptAside;

/** On the summary: the copies of unreadable data kept aside in this browser, to download or delete. */
export default function KeptAsideCopies() {
  const hydrated = useHydrated();
  const copies = useStore(keptAside);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  if (!hydrated || (copies.length === 0 && !status)) return <div hidden />;

  const remove = (key: string) => {
    deleteKeptAside(key);
    setConfirming(null);
    setStatus(t.deleted);
  };

  return (
    <section aria-labelledby="kept-aside" class="kept-aside no-print" data-testid="kept-aside">
      <h2 id="kept-aside">{t.heading}</h2>
      <p>{t.intro}</p>
      <p>{t.limit(MAX_KEPT_ASIDE)}</p>
      <ul class="kept-aside__list">
        {copies.map((copy, n) => {
          const label = t.item(formatDateTime(copy.when), t.size(copy.bytes));
          const name = `${t.copyName(n + 1)}, ${label}`;
          return (
            <li key={copy.key} class="kept-aside__item">
              <p class="kept-aside__when">{label}</p>
              {confirming === copy.key ? (
                <div class="kept-aside__buttons" role="group" aria-label={name}>
                  <p>{t.confirm}</p>
                  <button type="button" class="button button--danger" onClick={() => remove(copy.key)}>{t.confirmDelete}</button>
                  <button type="button" class="button button--secondary" onClick={() => setConfirming(null)}>{t.cancel}</button>
                </div>
              ) : (
                <p class="kept-aside__buttons">
                  <button
                    type="button"
                    class="button button--secondary"
                    aria-label={`${t.download}: ${name}`}
                    onClick={() => download(keptAsideText(copy.key) ?? '', `inclusion-handbook-kept-${copy.when.slice(0, 19).replace(/:/g, '-')}.json`, 'application/json')}
                  >
                    {t.download}
                  </button>
                  <button type="button" class="button button--secondary" aria-label={`${t.delete}: ${name}`} onClick={() => setConfirming(copy.key)}>{t.delete}</button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status">{status}</p>
    </section>
  );
}
