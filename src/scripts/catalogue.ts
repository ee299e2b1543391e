/**
 * The catalogue's script (/practices/): filters the server-rendered cards with the facet index of
 * src/lib/catalogue-filter.ts, keeps the choice in the address, and updates the live counts, the
 * chips and "Filters (N)".
 *
 * Built for speed with a few thousand cards: the index is built once from the cards' data
 * attributes; a change computes the shown set and every count with word-wide bit operations and
 * then writes, in one pass with no layout read between, only what differs from what is on screen:
 * the `hidden` attribute of the cards that come or go, and the text of the counts that changed.
 * Every card stays in the list, already in the chosen order: a filter change moves none; a new
 * order or grouping puts the cards in new chunks. The cards come in chunks (lists of CHUNK cards,
 * `content-visibility: auto` in the page's style): off screen, a chunk costs next to nothing, one
 * with no card shown is hidden, and each chunk's estimated height follows the cards it shows.
 * Choosing adds a history entry (back and forward step through filters); typing replaces the entry
 * it started.
 */
import {
  CHUNK, FACETS, activeCount, bits, buildIndex, changedMembers, chunked, emptyFilter, foldText, groupOf, has, liveCounts, parseFilter, popcount, selection, serialiseFilter, sortOrder,
  textMatcher,
  type Bits, type CatalogueFilter, type Facet, type Sort,
} from '../lib/catalogue-filter';

const form = document.querySelector<HTMLFormElement>('#catalogue-filter');
if (form) start(form);

function start(form: HTMLFormElement) {
  const list = form.querySelector<HTMLElement>('#catalogue-list')!;
  const items = [...list.querySelectorAll<HTMLLIElement>('.catalogue__item')];
  const groups = [...list.querySelectorAll<HTMLElement>(':scope > .catalogue__group')];
  /** The chunks (lists of cards), as many as the arrangement needs; `chunkAt` says which holds each card. */
  const chunks = [...list.querySelectorAll<HTMLUListElement>(':scope > .catalogue__chunk')];
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

  // Each card's text, folded: computed in idle moments after the start, or at once when needed first.
  const folded: string[] = [];
  const foldSome = (until: number) => {
    for (let i = folded.length; i < until; i++) folded.push(foldText(`${items[i]!.textContent} ${items[i]!.dataset.text ?? ''}`));
  };
  const foldLater = (deadline?: IdleDeadline) => {
    do foldSome(Math.min(size, folded.length + 20));
    while (folded.length < size && deadline && deadline.timeRemaining() > 2);
    if (folded.length < size) idle(foldLater);
  };
  const idle = (f: (deadline?: IdleDeadline) => void, timeout = 2000) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout }) : setTimeout(f, Math.min(timeout, 50));
  /** Idle time once the next frame is drawn: work that must not delay the frame a change asks for. */
  const afterFrame = (f: (deadline?: IdleDeadline) => void, timeout: number) => requestAnimationFrame(() => idle(f, timeout));
  const textBits = (query: string): Bits | undefined => {
    if (!foldText(query)) return undefined;
    foldSome(size);
    const b = bits(size);
    const matches = textMatcher(query);
    folded.forEach((t, i) => { if (matches(t)) b[i >>> 5]! |= 1 << (i & 31); });
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

  // Every card is in the list; `shownNow` are those without `hidden` (all, as the page is built).
  const shownNow = bits(size, true);
  // The order the list is in (sort, grouping and, when grouping, the chosen key areas): as built, by name, the headings first.
  let arranged = 'name';
  /** The cards (indices in `items`) in the order of the list. */
  let listed = items.map((_, i) => i);
  const groupCount = groups.map(() => -1);
  const groupN = groups.map((g) => g.querySelector<HTMLElement>('[data-n]')!);
  const other = Math.max(0, groupIds.indexOf('other'));
  /** The group each card is under when grouping (an index in `groups`). */
  const groupAt = new Int32Array(size);

  const chunkAt = new Int32Array(size);
  items.forEach((li, i) => { chunkAt[i] = chunks.indexOf(li.parentElement as HTMLUListElement); });
  const chunkShown = chunks.map((c) => c.children.length);
  // The chunks on screen, as an observer reports them (no layout read): a change draws at once those
  // from the first of them down one screen (see `render`), as the browser would draw a chunk that
  // moves onto the screen only a frame later.
  const onScreen = new Set<Element>();
  const observer = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((seen) => { for (const e of seen) onScreen[e.isIntersecting ? 'add' : 'delete'](e.target); })
    : undefined;
  for (const c of chunks) observer?.observe(c);
  let drawn: HTMLElement[] = [];
  /** Hides a chunk with no card shown and sizes its placeholder from the cards it shows, for the chunks in `dirty`. */
  const sizeChunks = (dirty: Iterable<number>) => {
    for (const k of dirty) {
      const n = chunkShown[k]!;
      const chunk = chunks[k]!;
      chunk.hidden = n === 0;
      estimated.set(chunk, n * cardRem);
      chunk.style.setProperty('contain-intrinsic-block-size', `${n * cardRem}rem`);
    }
  };

  /** Puts every card (and heading) in the order the filter asks for: the cards in new chunks, a heading before each group's. */
  const arrange = (filter: CatalogueFilter) => {
    const key = filter.group ? `${filter.sort} by ${[...filter.keyArea].sort().join(' ')}` : filter.sort;
    if (key === arranged) return;
    arranged = key;
    const order = orderOf(filter.sort);
    let runs: number[][];
    if (filter.group) {
      // Each practice once, under its first key area among those chosen (or its first of all).
      runs = groups.map(() => []);
      for (const i of order) {
        const g = groupIds.indexOf(groupOf(entries[i]!.keyArea, filter.keyArea));
        groupAt[i] = g < 0 ? other : g;
        runs[groupAt[i]!]!.push(i);
      }
    } else runs = [order];
    listed = runs.flat();
    const wanted: HTMLElement[] = filter.group ? [] : [...groups];
    let k = 0;
    runs.forEach((run, g) => {
      if (filter.group) wanted.push(groups[g]!);
      for (const piece of chunked([run])) {
        let chunk = chunks[k];
        if (!chunk) {
          chunk = chunks[0]!.cloneNode(false) as HTMLUListElement;
          chunks.push(chunk);
          observer?.observe(chunk);
          sizes?.observe(chunk);
        }
        const cards = piece.map((i) => items[i]!);
        if (chunk.children.length !== cards.length || cards.some((c, j) => chunk.children[j] !== c)) chunk.replaceChildren(...cards);
        for (const i of piece) chunkAt[i] = k;
        wanted.push(chunk);
        k++;
      }
    });
    // Chunks left over are empty now (their cards moved to others): out of the list until needed.
    for (const c of chunks.splice(k)) { observer?.unobserve(c); sizes?.unobserve(c); onScreen.delete(c); }
    if (wanted.length !== list.children.length || wanted.some((el, j) => list.children[j] !== el)) list.replaceChildren(...wanted);
    chunkShown.length = 0;
    for (let c = 0; c < k; c++) chunkShown.push(0);
    for (let i = 0; i < size; i++) if (has(shownNow, i)) chunkShown[chunkAt[i]!]!++;
    sizeChunks(chunks.keys());
  };

  /*
   * Showing and hiding: the cards on the first screen at once, the rest in idle moments (the list is
   * aria-busy until then). A change only needs the cards up to the bottom of the screen to be right
   * in the next frame: those are the first `reach` cards shown, counted without reading the layout
   * from the screen's size, the list's top and the smallest card (6rem high with its gap).
   */
  let filling = 0;
  /** As many cards as one screen can hold at most. */
  let screenCards = 0;
  const reachNow = () => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // One card under the other, each at least 6rem high with its gap.
    screenCards = Math.ceil(innerHeight / (6 * rem)) + 1;
    return Math.ceil(Math.max(0, innerHeight - list.getBoundingClientRect().top) / (6 * rem)) + 1;
  };
  const render = (filter: CatalogueFilter, next: Bits, reach: number) => {
    arrange(filter);
    const counts = groups.map(() => 0);
    if (filter.group) for (let i = 0; i < size; i++) if (has(next, i)) counts[groupAt[i]!]!++;
    counts.forEach((n, g) => {
      if (n === groupCount[g]) return;
      if (n) groupN[g]!.textContent = `(${n})`;
      groups[g]!.hidden = n === 0;
      groupCount[g] = n;
    });

    const mine = ++filling;
    if (!changedMembers(shownNow, next).length) {
      list.removeAttribute('aria-busy');
      return;
    }
    let at = 0;
    let seen = 0;
    /** Brings the cards from `at` on into line with `next`, until `done`, and then their chunks. */
    const walk = (done: () => boolean) => {
      const dirty = new Set<number>();
      for (; at < listed.length && !done(); at++) {
        const i = listed[at]!;
        const want = has(next, i);
        if (want !== has(shownNow, i)) {
          items[i]!.hidden = !want;
          shownNow[i >>> 5]! ^= 1 << (i & 31);
          chunkShown[chunkAt[i]!]! += want ? 1 : -1;
          dirty.add(chunkAt[i]!);
        }
        if (want) seen++;
      }
      sizeChunks(dirty);
    };
    walk(() => seen >= reach);
    // The chunks from the first on screen down one screen of cards are drawn in this frame, even those
    // off screen until now (else blank for a frame): `content-visibility` shows them until the next change.
    for (const c of drawn) c.classList.remove('catalogue__chunk--now');
    drawn = [];
    const first = onScreen.size ? Math.min(...[...onScreen].map((c) => chunks.indexOf(c as HTMLUListElement)).filter((k) => k >= 0)) : 0;
    const last = at < listed.length ? chunkAt[listed[Math.max(0, at - 1)]!]! : chunks.length - 1;
    for (let k = Math.max(0, first), cards = 0; k <= last && cards < CHUNK + screenCards; k++) {
      drawn.push(chunks[k]!);
      cards += chunkShown[k]!;
    }
    for (const c of drawn) c.classList.add('catalogue__chunk--now');
    const more = (deadline?: IdleDeadline) => {
      if (mine !== filling) return;
      const until = at + STEP;
      walk(() => at >= until || (deadline !== undefined && !deadline.didTimeout && deadline.timeRemaining() < 1));
      if (at < listed.length) idle(more, 50);
      else list.removeAttribute('aria-busy');
    };
    if (at < listed.length) {
      list.setAttribute('aria-busy', 'true');
      afterFrame(more, 50);
    } else list.removeAttribute('aria-busy');
  };
  /** Cards brought into line per idle moment, at most. */
  const STEP = 400;
  /**
   * A card's estimated height with its gap, in rem: an off-screen chunk's height is this times the
   * cards it shows. Cards are taller on narrow screens (about 11rem at 1280 px, 17rem at 412 px,
   * 21rem at 320 px), so the estimate is measured: from the chunks the browser has drawn, their
   * height over their cards, with a margin, as chunks differ by up to a fifth. Too low an estimate
   * lets an off-screen chunk's cards run into the next chunk in the layout that assistive
   * technology and checkers read (links on top of links); too high only makes the scroll bar less
   * exact. Never less than the 6rem `reachNow` counts with, so the cards above the screen are never
   * more than it reckons.
   */
  let cardRem = 11;
  /** The height, in rem, given to each chunk while off screen: one drawn is told apart by its height. */
  const estimated = new WeakMap<Element, number>();
  const MARGIN = 1.25;
  /** Chunks drawn tell the height of cards at this width: the estimate grows to fit, or shrinks when cards become much shorter (a wider window). */
  const measure = (seen: ResizeObserverEntry[]) => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    let height = 0;
    let cards = 0;
    for (const e of seen) {
      const k = chunks.indexOf(e.target as HTMLUListElement);
      const n = chunkShown[k] ?? 0;
      const h = (e.borderBoxSize?.[0]?.blockSize ?? e.contentRect.height) / rem;
      if (k < 0 || n === 0 || Math.abs(h - (estimated.get(e.target) ?? -1)) < 0.1) continue;
      height += h;
      cards += n;
    }
    if (!cards) return;
    const next = Math.max(6, Math.ceil((height / cards) * MARGIN * 4) / 4);
    if (next > cardRem || next < cardRem / 1.5) {
      cardRem = next;
      sizeChunks(chunks.keys());
    }
  };
  const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;

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

  let chipsShown = '[[],""]';
  const show = (filter: CatalogueFilter) => {
    // The one layout read, before any write.
    const reach = reachNow();
    // Only the boxes that differ: a box written is styled again even when it keeps its state.
    for (const f of FACETS) for (const b of boxes[f]) if (b.input.checked !== filter[f].includes(b.input.value)) b.input.checked = !b.input.checked;
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
        (b.n.firstChild as Text).data = `(${c})`;
        b.label.toggleAttribute('data-zero', c === 0);
        b.count = c;
      }
    }
    const a = activeCount(filter);
    const activeText = a ? ` (${a})` : '';
    if (active.textContent !== activeText) active.textContent = activeText;

    const chosen = FACETS.flatMap((f) => boxes[f].filter((b) => b.input.checked));
    const chipKey = JSON.stringify([chosen.map((b) => b.text), filter.q]);
    if (chipKey !== chipsShown) {
      chipsShown = chipKey;
      chipList.replaceChildren(
        ...chosen.map((b) => chip(b.text, () => { b.input.checked = false; })),
        ...(filter.q ? [chip(d.words!.replace('{q}', filter.q), () => { q.value = ''; })] : []),
      );
    }
    chips.hidden = a === 0;
    render(filter, next, reach);
  };

  // The address follows once the list is on screen: writing a history entry costs about as much as
  // the rest of a change, so it waits for the first idle moment after the next frame. A change made
  // before then first writes the earlier one's entry; typing on updates the waiting entry instead.
  let pending: { url: string; mode: 'push' | 'replace' } | undefined;
  const writeAddress = () => {
    if (!pending) return;
    const { url, mode } = pending;
    pending = undefined;
    if (url !== location.pathname + location.search) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  };
  addEventListener('pagehide', writeAddress);

  let typing = false;
  const commit = (mode: 'push' | 'replace') => {
    const filter = read();
    const url = location.pathname + serialiseFilter(filter, valueOrder);
    if (pending && mode === 'push') writeAddress();
    if (pending) pending.url = url;
    else {
      pending = { url, mode };
      afterFrame(writeAddress, 100);
    }
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
    for (const f of FACETS) for (const b of boxes[f]) if (b.input.checked) b.input.checked = false;
    q.value = '';
    sort.value = s;
    group.checked = g;
    commit('push');
  });
  addEventListener('popstate', () => {
    // Stepping back or forward leaves the change not yet in the address behind.
    pending = undefined;
    typing = false;
    show(parseFilter(location.search, known));
  });

  status.tabIndex = -1;
  for (const el of form.querySelectorAll<HTMLFieldSetElement>('[data-catalogue-controls]')) el.disabled = false;
  // Showing the address's filter at once (even none) also readies the code for the reader's first change.
  show(parseFilter(location.search, known));
  // Every chunk's estimate in the element (the page's style gives a full chunk's to all), then the
  // drawn ones measured.
  sizeChunks(chunks.keys());
  for (const c of chunks) sizes?.observe(c);
  // A link with filters kept the results out of sight until now (CatalogueBar.astro).
  document.documentElement.classList.remove('catalogue-pending');
  idle(foldLater);
  // In an idle moment, the counting runs once with a value of every facet chosen (nothing written):
  // the reader's first change then runs code already compiled, not a third slower.
  idle(() => {
    const f = emptyFilter();
    for (const facet of FACETS) f[facet] = (valueOrder[facet] ?? []).slice(0, 1);
    changedMembers(shownNow, selection(index, f, undefined));
    liveCounts(index, f, undefined);
  });
}
