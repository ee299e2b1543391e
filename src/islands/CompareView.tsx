import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { saved } from '../stores/assessment';
import { compareItems, comparePages, keyAreaProgress, signed, type KeyArea } from '../lib/compare';
import { percentDone, type Progress } from '../lib/progress';
import type { AssessablePage } from '../lib/pages';
import { togetherUi } from '../i18n/live-together';
import { nameOf } from './together-name';
import { useHydrated } from './useHydrated';
import { readList, readParam, writeParams } from './query-state';
import { CompareChart } from './CompareChart';
import { PrintAction } from './PrintAction';

const t = togetherUi.compare;

export interface CompareViewProps {
  pages: AssessablePage[];
  keyAreas: KeyArea[];
  summaryHref: string;
}

/** Which of a page's checklists an item belongs to, where a page has more than one. */
export const listName = (page: AssessablePage, id: string) => {
  const cl = page.checklists.find((c) => c.id === id);
  return cl?.audience ?? cl?.title ?? '';
};

/** A cell's column name, shown only where narrow screens set the table's rows out as cards. */
const Label = ({ text }: { text: string }) => <span class="together__cell-label" aria-hidden="true">{text}: </span>;

const figure = (p: Progress) => t.progress(p.done, p.total, percentDone(p));

/** Two or more assessments side by side: per page, per key area (chart and table), item by item. */
export default function CompareView({ pages, keyAreas, summaryHref }: CompareViewProps) {
  const hydrated = useHydrated();
  const doc = useStore(saved);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [onlyDiff, setOnlyDiff] = useState(true);

  useEffect(() => {
    const ids = readList('a').filter((id) => saved.get().assessments.some((a) => a.id === id));
    setChosen(ids.length ? ids : saved.get().assessments.map((a) => a.id));
    setOnlyDiff(readParam('all') !== '1');
  }, []);

  if (!hydrated || chosen === null) return <p>{togetherUi.loading}</p>;
  if (doc.assessments.length < 2) {
    return <p class="callout" data-testid="compare-only-one">{t.onlyOne} <a href={summaryHref}>{togetherUi.nav.back}</a></p>;
  }

  const list = doc.assessments.filter((a) => chosen.includes(a.id));
  const names = list.map(nameOf);
  const toggle = (id: string, on: boolean) => {
    const next = doc.assessments.map((a) => a.id).filter((x) => (x === id ? on : chosen.includes(x)));
    setChosen(next);
    writeParams({ a: next.join(',') });
  };
  const setFilter = (on: boolean) => {
    setOnlyDiff(on);
    writeParams({ all: on ? null : '1' });
  };

  const picker = (
    <fieldset class="together__choose no-print">
      <legend>{t.choose}</legend>
      <p class="together__hint">{t.chooseHint}</p>
      {doc.assessments.map((a) => (
        <label key={a.id} class="together__choice">
          <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
          {nameOf(a)}
        </label>
      ))}
    </fieldset>
  );
  if (list.length < 2) return <div>{picker}<p role="status" class="callout">{t.needTwo}</p></div>;

  const rows = comparePages(pages, list);
  const areas = keyAreaProgress(pages, keyAreas, list);
  const items = compareItems(pages, list);
  const shown = onlyDiff ? items.filter((i) => i.differs) : items;
  const stateName = (mode: string, s: string | undefined) => (mode === 'plan' ? togetherUi.planStates : togetherUi.states)[s ?? 'open'];
  const modeOf = new Map(pages.flatMap((p) => p.checklists.map((cl) => [cl.id, cl.mode] as const)));

  return (
    <div class="compare" data-testid="compare">
      <PrintAction label={t.print} />
      {picker}
      <p class="together__print-names">{names.join(' · ')}</p>

      <section aria-labelledby="compare-pages">
        <h2 id="compare-pages">{t.byPage}</h2>
        <div class="together__scroll">
          <table class="together__table" data-testid="compare-pages">
            <thead>
              <tr>
                <th scope="col">{t.page}</th>
                {names.map((n, i) => <th scope="col" key={i}>{n}</th>)}
                <th scope="col">{t.change}</th>
                <th scope="col">{t.differences}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.pageId} data-page={r.pageId}>
                  <th scope="row"><a href={r.href}>{r.title}</a></th>
                  {r.progress.map((p, i) => <td key={i}><Label text={names[i]!} />{figure(p)}</td>)}
                  <td><Label text={t.change} />{t.changeOf(signed(r.changeDone), signed(r.changePoints))}</td>
                  <td><Label text={t.differences} /><span data-differences>{r.differences}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="compare-chart" class="together__keep">
        <h2 id="compare-chart">{t.chartHeading}</h2>
        <CompareChart rows={areas} names={names} />
        <div class="together__scroll">
          <table class="together__table" data-testid="compare-areas">
            <caption>{t.chartTable}</caption>
            <thead>
              <tr><th scope="col">{t.keyArea}</th>{names.map((n, i) => <th scope="col" key={i}>{n}</th>)}</tr>
            </thead>
            <tbody>
              {areas.map((r) => (
                <tr key={r.pageId}>
                  <th scope="row">{r.label}</th>
                  {r.progress.map((p, i) => <td key={i}><Label text={names[i]!} />{figure(p)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="compare-items">
        <h2 id="compare-items">{t.items}</h2>
        <p class="no-print">
          <label class="together__choice">
            <input type="checkbox" checked={onlyDiff} onChange={(e) => setFilter(e.currentTarget.checked)} />
            {t.onlyDifferences}
          </label>
        </p>
        <p role="status" data-testid="compare-items-count">{t.itemsShown(shown.length, items.length)}</p>
        {shown.length === 0 && <p>{t.noDifferences}</p>}
        {pages.map((page) => {
          const here = shown.filter((i) => i.pageId === page.pageId);
          if (here.length === 0) return null;
          return (
            <div class="together__scroll" key={page.pageId}>
              <table class="together__table together__items" data-testid="compare-items" data-page={page.pageId}>
                <caption>{page.name}</caption>
                <thead>
                  <tr><th scope="col">{t.item}</th>{names.map((n, i) => <th scope="col" key={i}>{n}</th>)}</tr>
                </thead>
                <tbody>
                  {here.map((item) => (
                    <tr key={`${item.checklistId}/${item.itemId}`} data-item={`${item.checklistId}/${item.itemId}`} class={item.differs ? 'is-different' : undefined}>
                      <th scope="row">
                        {page.checklists.length > 1 && <span class="together__list">{listName(page, item.checklistId)}: </span>}
                        <span class="together__number">{item.number}.</span> {item.text}
                      </th>
                      {item.states.map((s, i) => (
                        <td key={i} class={`together__state is-${s ?? 'open'}`}><Label text={names[i]!} />{stateName(modeOf.get(item.checklistId) ?? 'assess', s)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </section>
    </div>
  );
}
