import { useEffect, useRef, useState } from 'preact/hooks';
import { ui } from '../i18n/live-ui';
import { SEARCH_RANKING } from '../lib/search-options';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: Record<string, Record<string, number>> }>;
}

/** Filters besides the type, as Pagefind names them (data-pagefind-filter) and as the address does. */
const FACETS = ['country', 'keyArea', 'source'] as const;
type Facet = (typeof FACETS)[number];

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
  const [facets, setFacets] = useState<Record<Facet, string>>({ country: '', keyArea: '', source: '' });
  const [options, setOptions] = useState<Record<string, string[]>>({});

  useEffect(() => {
    const readAddress = () => {
      const p = new URLSearchParams(location.search);
      setQuery(p.get('q') ?? '');
      setType(p.get('type') ?? '');
      setFacets({ country: p.get('country') ?? '', keyArea: p.get('keyArea') ?? '', source: p.get('source') ?? '' });
    };
    readAddress();
    (async () => {
      try {
        const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        await pf.options({ baseUrl: base, ranking: SEARCH_RANKING });
        pagefind.current = pf;
        const all = await pf.filters();
        setOptions(Object.fromEntries(FACETS.map((f) => [f, Object.keys(all[f] ?? {}).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))])));
        setState('ready');
      } catch {
        setState('unavailable');
      }
    })();
    window.addEventListener('popstate', readAddress);
    return () => window.removeEventListener('popstate', readAddress);
  }, []);

  useEffect(() => {
    if (state !== 'ready' || !pagefind.current) return;
    const q = query.trim();
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (type) params.set('type', type);
    for (const f of FACETS) if (facets[f]) params.set(f, facets[f]);
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
      const chosen: Record<string, string> = Object.fromEntries(FACETS.filter((f) => facets[f]).map((f) => [f, facets[f]]));
      const search = await pagefind.current!.search(q, { filters: type ? { ...chosen, type } : chosen });
      const all = await pagefind.current!.search(q, { filters: chosen });
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
  }, [query, type, state, facets]);

  const active = (type ? 1 : 0) + FACETS.filter((f) => facets[f]).length;

  const showMore = async () => {
    const more = await Promise.all(results.slice(shown.length, shown.length + PAGE).map((r) => r.data()));
    setShown([...shown, ...more]);
  };

  return (
    <div class="search">
      <form role="search" class="search__form" onSubmit={(e) => e.preventDefault()} method="get">
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
        <details class="search__filters">
          <summary>{ui.search.filters}{active ? ` (${active})` : ''}</summary>
          <fieldset class="search__types">
            <legend>{ui.search.filterType}</legend>
            {['', ...types].map((t) => (
              <label key={t || 'all'} class="search__type">
                <input type="radio" name="type" value={t} checked={type === t} onChange={() => setType(t)} />
                {t || ui.search.all}
                <span class="search__count">{searched ? ` (${t ? counts[t] ?? 0 : Object.values(counts).reduce((a, b) => a + b, 0)})` : ''}</span>
              </label>
            ))}
          </fieldset>
          <div class="search__facets">
            {FACETS.map((f) => (
              <p key={f} class="search__facet">
                <label for={`search-${f}`}>{ui.search.facets[f]}</label>
                <select id={`search-${f}`} value={facets[f]} onChange={(e) => setFacets({ ...facets, [f]: e.currentTarget.value })}>
                  <option value="">{ui.search.any}</option>
                  {(options[f] ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
                </select>
              </p>
            ))}
          </div>
        </details>
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
