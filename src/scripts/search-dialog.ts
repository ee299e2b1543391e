/**
 * The search dialog's behaviour (markup: src/components/SearchDialog.astro), loaded the first
 * time the reader opens search. Pagefind's JavaScript API loads on that first opening too.
 * Results show as the reader types (after a pause of 120 ms), filtered by type; the field, the
 * type and the "all results" link agree with the /search/ page's address (`?q=…&type=…`).
 */
import { SEARCH_RANKING } from '../lib/search-options';
import { fillPlural } from '../lib/plural';

interface PagefindResult { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const DEBOUNCE_MS = 120;
const SHOWN = 8;

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
const input = dialog.querySelector<HTMLInputElement>('input[name=q]')!;
const type = dialog.querySelector<HTMLSelectElement>('select[name=type]')!;
const status = dialog.querySelector<HTMLElement>('[data-status]')!;
const list = dialog.querySelector<HTMLOListElement>('[data-results-list]')!;
const all = dialog.querySelector<HTMLElement>('[data-all]')!;
const base = dialog.dataset.base ?? '/';
/** The page's words (SearchDialog.astro writes them in the page's language), so that no dictionary is bundled here. */
const words = JSON.parse(dialog.dataset.words ?? '{}') as { loading: string; unavailable: string; none: string; results: Record<string, string> };
const locale = dialog.dataset.locale ?? 'en-GB';
/** The /search/ page of the page's language (the dialog's form submits to it). */
const searchPage = dialog.querySelector('form')!.getAttribute('action')!;
let pagefind: Promise<Pagefind> | undefined;
let opener: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let run = 0;

const load = () =>
  (pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base, ranking: SEARCH_RANKING });
    await pf.init();
    return pf;
  }));

const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

function result(r: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  const title = document.createElement('span');
  title.className = 'search-dialog__title';
  title.textContent = r.meta.title ?? r.url;
  const kind = document.createElement('span');
  kind.className = 'search-dialog__kind';
  kind.textContent = r.filters.type?.[0] ?? '';
  const excerpt = document.createElement('span');
  excerpt.className = 'search-dialog__excerpt';
  // Pagefind's excerpt is the page's text, escaped, with <mark> around the words found.
  excerpt.innerHTML = r.excerpt;
  a.append(title, kind, excerpt);
  li.append(a);
  return li;
}

/** The query and type the listed results answer: reopening the dialog on them keeps the list (and focus in it). */
let shownFor = '';

async function search() {
  const q = input.value.trim();
  const key = `${q}\u0000${type.value}`;
  if (q && key === shownFor && list.childElementCount) return;
  const mine = ++run;
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (type.value) params.set('type', type.value);
  all.querySelector('a')!.href = `${searchPage}${params.size ? `?${params}` : ''}`;
  if (!q) {
    list.replaceChildren();
    shownFor = '';
    status.textContent = '';
    all.hidden = true;
    return;
  }
  status.textContent = words.loading;
  try {
    const pf = await load();
    const found = await pf.search(q, type.value ? { filters: { type: type.value } } : {});
    if (mine !== run || !found) return;
    const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== run) return;
    list.replaceChildren(...data.map(result));
    shownFor = key;
    status.textContent = (found.results.length ? fillPlural(words.results, found.results.length, locale) : words.none).split('{q}').join(q);
    all.hidden = found.results.length === 0;
    dialog.dispatchEvent(new CustomEvent('search-results'));
  } catch {
    if (mine === run) status.textContent = words.unavailable;
  }
}

const soon = () => {
  clearTimeout(timer);
  timer = setTimeout(search, DEBOUNCE_MS);
};

input.addEventListener('input', soon);
type.addEventListener('change', search);
dialog.querySelector('form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  links()[0]?.click();
});
dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => opener?.focus());
// A click on the backdrop (outside the dialog's box) closes it.
dialog.addEventListener('click', (e) => {
  if (e.target === dialog) {
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
  }
});
dialog.addEventListener('keydown', (e) => {
  // In a search field the browser's Escape would first empty the field: here it closes, keeping the words.
  if (e.key === 'Escape') {
    e.preventDefault();
    dialog.close();
    return;
  }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const items = links();
  const at = items.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && at < 0) return;
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? Math.min(at + 1, items.length - 1) : at - 1;
  (next < 0 ? input : items[next] ?? input).focus();
});

/** Opens the dialog, if the header's opener has not already; focus returns to `from` when it closes. */
export function openSearch(from?: Element | null) {
  if (from instanceof HTMLElement && !dialog.contains(from)) opener = from;
  if (!dialog.open) {
    dialog.showModal();
    input.select();
  }
  input.focus();
  void load().catch(() => undefined);
  if (input.value.trim()) void search();
}
