import { useEffect, useRef, useState } from 'preact/hooks';
import { ui } from '../i18n/ui';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: Record<string, Record<string, number>> }>;
}

export interface SearchPageProps {
  /** Site base path ending in "/", where Pagefind's bundle lives under pagefind/. */
  base: string;
  /** Type filter values in display order (the values pages carry in data-pagefind-filter="type:…"). */
  types: string[];
}

const PAGE = 10;

/** Search with Pagefind: loads its scripts on this page only, keeps the query in the address. */
export default function SearchPage({ base, types }: SearchPageProps) {
  const pagefind = useRef<Pagefind | null>(null);
  const [query, setQuery] = useState('');
  const [type, setType] = useState('');
  const [state, setState] = useState<'idle' | 'loading' | 'ready' | 'unavailable'>('idle');
  const [results, setResults] = useState<{ data(): Promise<PagefindResult> }[]>([]);
  const [shown, setShown] = useState<PagefindResult[]>([]);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [searched, setSearched] = useState('');

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    setQuery(params.get('q') ?? '');
    setType(params.get('type') ?? '');
    (async () => {
      try {
        const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        await pf.options({ baseUrl: base });
        pagefind.current = pf;
        setState('ready');
      } catch {
        setState('unavailable');
      }
    })();
    const onPop = () => {
      const p = new URLSearchParams(location.search);
      setQuery(p.get('q') ?? '');
      setType(p.get('type') ?? '');
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (state !== 'ready' || !pagefind.current) return;
    const q = query.trim();
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (type) params.set('type', type);
    const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
    if (!q) {
      setResults([]);
      setShown([]);
      setSearched('');
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const search = await pagefind.current!.search(q, type ? { filters: { type } } : {});
      const all = await pagefind.current!.search(q);
      if (cancelled) return;
      setCounts(all.filters.type ?? {});
      setResults(search.results);
      setShown(await Promise.all(search.results.slice(0, PAGE).map((r) => r.data())));
      setSearched(q);
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, type, state]);

  const showMore = async () => {
    const more = await Promise.all(results.slice(shown.length, shown.length + PAGE).map((r) => r.data()));
    setShown([...shown, ...more]);
  };

  return (
    <div class="search">
      <form role="search" class="search__form" onSubmit={(e) => e.preventDefault()} action="" method="get">
        <label for="search-input" class="search__label">{ui.search.label}</label>
        <input
          id="search-input"
          name="q"
          type="search"
          value={query}
          placeholder={ui.search.placeholder}
          autocomplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <fieldset class="search__types">
          <legend>{ui.search.filterType}</legend>
          {['', ...types].map((t) => (
            <label key={t || 'all'} class="search__type">
              <input type="radio" name="type" value={t} checked={type === t} onChange={() => setType(t)} />
              {t || ui.search.all}
              {searched && <span class="search__count"> ({t ? counts[t] ?? 0 : Object.values(counts).reduce((a, b) => a + b, 0)})</span>}
            </label>
          ))}
        </fieldset>
      </form>
      <div class="search__status" role="status" aria-live="polite">
        {state === 'unavailable' && ui.search.unavailable}
        {state === 'ready' && searched && (results.length ? ui.search.results(results.length, searched) : ui.search.none(searched))}
      </div>
      <ol class="search__results">
        {shown.map((r) => (
          <li key={r.url} class="search__result">
            <h2 class="search__result-title"><a href={r.url}>{r.meta.title ?? r.url}</a></h2>
            {r.filters.type?.[0] && <p class="search__result-type">{r.filters.type[0]}</p>}
            <p class="search__excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
          </li>
        ))}
      </ol>
      {shown.length < results.length && (
        <button type="button" class="button button--secondary" onClick={showMore}>{ui.search.more}</button>
      )}
    </div>
  );
}
