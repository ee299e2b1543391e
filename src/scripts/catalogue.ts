/**
 * The catalogue's script (/practices/): filters the server-rendered cards with the facet index of
 * src/lib/catalogue-filter.ts, keeps the choice in the address, and updates the live counts, the
 * chips and "Filters (N)".
 *
 * Built for speed with a few thousand cards: the index is built once from the cards' data
 * attributes; a change toggles `hidden` only on the cards whose state changed, writes only the
 * counts that changed, and never recreates a card (sorting and grouping move the same elements).
 * Choosing adds a history entry (back and forward step through filters); typing replaces the entry
 * it started.
 */
import {
  FACETS, activeCount, bits, buildIndex, emptyFilter, foldText, has, liveCounts, parseFilter, popcount, selection, serialiseFilter, sortOrder, textMatches,
  type Bits, type CatalogueFilter, type Facet, type Sort,
} from '../lib/catalogue-filter';

const form = document.querySelector<HTMLFormElement>('#catalogue-filter');
if (form) start(form);

function start(form: HTMLFormElement) {
  const list = form.querySelector<HTMLElement>('#catalogue-list')!;
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > .catalogue__item')];
  const groups = [...list.querySelectorAll<HTMLLIElement>(':scope > .catalogue__group')];
  const groupIds = groups.map((g) => g.dataset.group!);
  const words = (s?: string) => (s ? s.split(' ') : []);
  const entries = items.map((li) => ({
    country: words(li.dataset.country), keyArea: words(li.dataset.keyArea), sector: words(li.dataset.sector), source: words(li.dataset.source), kind: words(li.dataset.kind),
  }));
  const index = buildIndex(entries);
  const size = items.length;
  const keys = items.map((li) => ({ name: li.querySelector('a')?.textContent ?? '', country: li.dataset.sortCountry ?? '', source: li.dataset.sortSource ?? '' }));
  const orders = new Map<Sort, number[]>();
  const orderOf = (s: Sort) => orders.get(s) ?? orders.set(s, sortOrder(keys, s)).get(s)!;
  let texts: string[] | undefined;

  interface Box { input: HTMLInputElement; label: HTMLElement; text: string; n: HTMLElement; count: number }
  const boxesOf = (f: Facet): Box[] => [...form.querySelectorAll<HTMLInputElement>(`[data-facet="${f}"] input[type=checkbox]`)].map((input) => {
    const label = input.closest('label')!;
    return { input, label, text: label.querySelector('[data-label]')!.textContent!, n: label.querySelector<HTMLElement>('[data-n]')!, count: -1 };
  });
  const boxes = Object.fromEntries(FACETS.map((f) => [f, boxesOf(f)])) as Record<Facet, Box[]>;
  const known = Object.fromEntries(FACETS.map((f) => [f, new Set(boxes[f].map((b) => b.input.value))]));
  const valueOrder = Object.fromEntries(FACETS.map((f) => [f, boxes[f].map((b) => b.input.value)]));
  const q = form.querySelector<HTMLInputElement>('[name=q]')!;
  const sort = form.querySelector<HTMLSelectElement>('[name=sort]')!;
  const group = form.querySelector<HTMLInputElement>('[name=group]')!;
  const status = form.querySelector<HTMLElement>('[role=status]')!;
  const showResults = form.querySelector<HTMLElement>('[data-show-results]')!;
  const active = form.querySelector<HTMLElement>('[data-active-count]')!;
  const chips = form.querySelector<HTMLElement>('[data-chips]')!;
  const chipList = form.querySelector<HTMLElement>('[data-chip-list]')!;
  const d = form.dataset;

  let shown = bits(size, true);
  let arrangement = 'name';

  const textBits = (query: string): Bits | undefined => {
    if (!foldText(query)) return undefined;
    texts ??= items.map((li) => foldText(`${li.textContent} ${li.dataset.text ?? ''}`));
    const b = bits(size);
    texts.forEach((t, i) => { if (textMatches(t, query)) b[i >>> 5]! |= 1 << (i & 31); });
    return b;
  };

  const read = (): CatalogueFilter => {
    const filter = emptyFilter();
    for (const f of FACETS) filter[f] = boxes[f].filter((b) => b.input.checked).map((b) => b.input.value);
    filter.q = q.value.replace(/\s+/g, ' ').trim();
    filter.sort = sort.value as Sort;
    filter.group = group.checked;
    return filter;
  };

  /** Puts the cards (and, when grouping, the group headings) in order, moving only when the order changes. */
  const arrange = (filter: CatalogueFilter, visible: Bits) => {
    const order = orderOf(filter.sort);
    if (!filter.group) {
      for (const g of groups) g.hidden = true;
      if (arrangement !== filter.sort) list.append(...order.map((i) => items[i]!));
      arrangement = filter.sort;
      return;
    }
    // Each practice once, under its first key area among those chosen (or its first of all).
    const chosen = new Set(filter.keyArea);
    const home = entries.map((e) => groupIds.indexOf(e.keyArea.find((k) => chosen.has(k)) ?? e.keyArea[0] ?? 'other'));
    const other = groupIds.indexOf('other');
    const byGroup: number[][] = groups.map(() => []);
    for (const i of order) byGroup[home[i]! < 0 ? other : home[i]!]!.push(i);
    byGroup.forEach((members, g) => {
      const n = members.reduce((sum, i) => sum + (has(visible, i) ? 1 : 0), 0);
      groups[g]!.hidden = n === 0;
      groups[g]!.querySelector('[data-n]')!.textContent = `(${n})`;
    });
    const key = `${filter.sort} group ${filter.keyArea.join(' ')}`;
    if (arrangement !== key) list.append(...byGroup.flatMap((members, g) => [groups[g]!, ...members.map((i) => items[i]!)]));
    arrangement = key;
  };

  const chip = (label: string, remove: () => void) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.textContent = `${label} ×`;
    button.setAttribute('aria-label', d.remove!.replace('{label}', label));
    button.addEventListener('click', () => {
      const next = (li.nextElementSibling ?? li.previousElementSibling)?.querySelector('button');
      remove();
      commit('push');
      (next ?? status).focus();
    });
    li.append(button);
    return li;
  };

  const show = (filter: CatalogueFilter) => {
    for (const f of FACETS) for (const b of boxes[f]) b.input.checked = filter[f].includes(b.input.value);
    if (foldText(q.value) !== foldText(filter.q)) q.value = filter.q;
    sort.value = filter.sort;
    group.checked = filter.group;

    const text = textBits(filter.q);
    const next = selection(index, filter, text);
    for (let w = 0; w < next.length; w++) {
      let diff = next[w]! ^ shown[w]!;
      while (diff) {
        const bit = diff & -diff;
        const i = (w << 5) + 31 - Math.clz32(bit);
        items[i]!.hidden = (next[w]! & bit) === 0;
        diff ^= bit;
      }
    }
    shown = next;
    const n = popcount(next);
    status.textContent = d.count!.replace('{n}', String(n)).replace('{total}', String(size)) + (n ? '' : `. ${d.none}`);
    showResults.textContent = d.showResults!.replace('{n}', String(n));

    const counts = liveCounts(index, filter, text);
    for (const f of FACETS) {
      for (const b of boxes[f]) {
        const c = counts[f].get(b.input.value) ?? 0;
        if (c === b.count) continue;
        b.n.textContent = `(${c})`;
        b.label.toggleAttribute('data-zero', c === 0);
        b.count = c;
      }
    }
    const a = activeCount(filter);
    active.textContent = a ? ` (${a})` : '';

    chipList.replaceChildren(
      ...FACETS.flatMap((f) => boxes[f].filter((b) => b.input.checked).map((b) => chip(b.text, () => { b.input.checked = false; }))),
      ...(filter.q ? [chip(d.words!.replace('{q}', filter.q), () => { q.value = ''; })] : []),
    );
    chips.hidden = a === 0;
    arrange(filter, next);
  };

  let typing = false;
  const commit = (mode: 'push' | 'replace') => {
    const filter = read();
    const next = location.pathname + serialiseFilter(filter, valueOrder);
    if (next !== location.pathname + location.search) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', next);
    show(filter);
  };

  form.addEventListener('input', (e) => {
    if (e.target !== q) return;
    commit(typing ? 'replace' : 'push');
    typing = true;
  });
  form.addEventListener('change', (e) => {
    if (e.target === q) typing = false;
    else commit('push');
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    typing = false;
    const { sort: s, group: g } = read();
    show({ ...emptyFilter(), sort: s, group: g });
    commit('push');
  });
  addEventListener('popstate', () => {
    typing = false;
    show(parseFilter(location.search, known));
  });

  status.tabIndex = -1;
  for (const el of form.querySelectorAll<HTMLFieldSetElement>('[data-catalogue-controls]')) el.disabled = false;
  if (location.search) show(parseFilter(location.search, known));
  else for (const f of FACETS) for (const b of boxes[f]) b.count = index.values[f].get(b.input.value) ? popcount(index.values[f].get(b.input.value)!) : 0;
}
