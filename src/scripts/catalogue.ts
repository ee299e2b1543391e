/**
 * The catalogue's script (/practices/): filters the server-rendered cards with the facet index of
 * src/lib/catalogue-filter.ts, keeps the choice in the address, and updates the live counts, the
 * chips and "Filters (N)".
 *
 * Built for speed with a few thousand cards: the index is built once from the cards' data
 * attributes; a change computes the shown set and every count with word-wide bit operations,
 * writes only the counts that changed, and never recreates a card: the list holds the matching
 * cards (the same elements, moved), the first screenful at once and the rest in slices between
 * frames (the list is aria-busy until then), so that a change costs the same with ten times the
 * practices.
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
  // The page lists the cards by name: that order needs no sorting.
  orders.set('name', items.map((_, i) => i));
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

  let job = 0;
  /** Cards put in the list at once; the rest follow in slices of STEP, one task each. */
  const FIRST = 48;
  const STEP = 240;

  // Each card's text, folded: computed in idle moments after the start, or at once when needed first.
  const folded: string[] = [];
  const foldSome = (until: number) => {
    for (let i = folded.length; i < until; i++) folded.push(foldText(`${items[i]!.textContent} ${items[i]!.dataset.text ?? ''}`));
  };
  const foldLater = () => {
    foldSome(Math.min(size, folded.length + 100));
    if (folded.length < size) setTimeout(foldLater, 50);
  };
  const textBits = (query: string): Bits | undefined => {
    if (!foldText(query)) return undefined;
    foldSome(size);
    texts ??= folded;
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

  /** The cards to show (and, when grouping, the group headings), in order. */
  const sequence = (filter: CatalogueFilter, visible: Bits): HTMLElement[] => {
    const order = orderOf(filter.sort).filter((i) => has(visible, i));
    if (!filter.group) return order.map((i) => items[i]!);
    // Each practice once, under its first key area among those chosen (or its first of all).
    const chosen = new Set(filter.keyArea);
    const other = groupIds.indexOf('other');
    const byGroup: number[][] = groups.map(() => []);
    for (const i of order) {
      const g = groupIds.indexOf(entries[i]!.keyArea.find((k) => chosen.has(k)) ?? entries[i]!.keyArea[0] ?? 'other');
      byGroup[g < 0 ? other : g]!.push(i);
    }
    return byGroup.flatMap((members, g) => {
      if (!members.length) return [];
      groups[g]!.querySelector('[data-n]')!.textContent = `(${members.length})`;
      return [groups[g]!, ...members.map((i) => items[i]!)];
    });
  };

  /** Makes the list hold `nodes`: keeps what is already in place, then adds the rest in slices. */
  const render = (nodes: HTMLElement[]) => {
    const mine = ++job;
    const current = list.children;
    let same = 0;
    while (same < nodes.length && current[same] === nodes[same]) same++;
    if (current.length > same) {
      const range = document.createRange();
      range.setStartBefore(current[same]!);
      range.setEndAfter(list.lastElementChild!);
      range.deleteContents();
    }
    let at = same;
    const more = (n: number) => {
      if (mine !== job) return;
      list.append(...nodes.slice(at, (at += n)));
      if (at < nodes.length) setTimeout(() => more(STEP));
      else list.removeAttribute('aria-busy');
    };
    list.setAttribute('aria-busy', 'true');
    more(Math.max(0, FIRST - same));
  };

  const chip = (label: string, remove: () => void) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.textContent = `${label} ×`;
    button.setAttribute('aria-label', d.remove!.replace('{label}', label));
    button.addEventListener('click', () => {
      // The chips are redrawn: focus goes to the one now in this place (or the count when none is left).
      const at = [...chipList.querySelectorAll('button')].indexOf(button);
      remove();
      commit('push');
      const rest = chipList.querySelectorAll('button');
      (rest[Math.min(at, rest.length - 1)] ?? status).focus();
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
    render(sequence(filter, next));
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
    for (const f of FACETS) for (const b of boxes[f]) b.input.checked = false;
    q.value = '';
    sort.value = s;
    group.checked = g;
    commit('push');
  });
  addEventListener('popstate', () => {
    typing = false;
    show(parseFilter(location.search, known));
  });

  // Group headings join the list only when grouping; then they show.
  for (const g of groups) {
    g.remove();
    g.hidden = false;
  }
  status.tabIndex = -1;
  for (const el of form.querySelectorAll<HTMLFieldSetElement>('[data-catalogue-controls]')) el.disabled = false;
  // Showing the address's filter at once (even none) also readies the code for the reader's first change.
  show(parseFilter(location.search, known));
  setTimeout(foldLater, 500);
}
