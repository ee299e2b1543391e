import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { saveDocument, saved } from '../stores/assessment';
import { decodeShare, isShareFragment, type ShareResult } from '../lib/share-link';
import { assessmentContents, planAdd } from '../lib/transfer';
import { togetherUi } from '../i18n/live-together';
import { nameOf } from './together-name';
import { useHydrated } from './useHydrated';

const t = togetherUi.share;

type View = { kind: 'none' } | { kind: 'reading' } | { kind: 'read'; result: ShareResult } | { kind: 'done'; message: string };

/** Opening a shared link: a preview of what it carries, and the reader's choice to import it. */
export default function SharedImport() {
  const hydrated = useHydrated();
  const doc = useStore(saved);
  const [view, setView] = useState<View>({ kind: 'none' });

  useEffect(() => {
    async function read() {
      if (!isShareFragment(location.hash)) return;
      setView({ kind: 'reading' });
      setView({ kind: 'read', result: await decodeShare(location.hash) });
    }
    void read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  // The fragment leaves the address once answered, so a reload does not offer it again.
  const forget = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);

  if (!hydrated || view.kind === 'none') return null;
  return (
    <section class="share__preview" aria-labelledby="share-opened" data-testid="share-open">
      {view.kind === 'reading' && <p id="share-opened">{t.reading}</p>}
      {view.kind === 'done' && <p id="share-opened" role="status">{view.message}</p>}
      {view.kind === 'read' && !view.result.ok && (
        <div role="alert">
          <h2 id="share-opened">{t.refusedHeading}</h2>
          <p data-testid="share-refused">{view.result.message}</p>
        </div>
      )}
      {view.kind === 'read' && view.result.ok && (() => {
        const list = view.result.assessments;
        return (
          <>
            <h2 id="share-opened">{t.openedHeading}</h2>
            {list.map((a) => {
              const c = assessmentContents(a);
              const same = doc.assessments.some((x) => x.name === a.name);
              return (
                <div key={a.id}>
                  <p data-testid="share-holds">{t.holds(nameOf(a), c.ticked, c.notes, c.actions)}</p>
                  {same && <p data-testid="share-same-name">{t.sameName(nameOf(a))}</p>}
                </div>
              );
            })}
            <p class="together__row">
              <button type="button" class="button" onClick={() => {
                if (!view.result.ok) return;
                // The same checks as a file import: an empty browser's default assessment gives way, and
                // an assessment already here (same id, same content) is not added twice.
                const plan = planAdd(saved.get(), view.result);
                if (plan.added.assessments.length === 0) {
                  forget();
                  setView({ kind: 'done', message: t.alreadyHere });
                  return;
                }
                if (saveDocument(plan.doc) === 'failed') {
                  setView({ kind: 'done', message: t.notSaved });
                  return;
                }
                forget();
                setView({ kind: 'done', message: t.imported(list.map(nameOf).join('”, “')) });
              }}>{t.importIt}</button>
              <button type="button" class="button button--secondary" onClick={() => { forget(); setView({ kind: 'done', message: t.dismissed }); }}>{t.dismiss}</button>
            </p>
          </>
        );
      })()}
    </section>
  );
}
