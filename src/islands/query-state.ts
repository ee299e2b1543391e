/** View settings kept in the page's address, so that a reload (or a bookmark) keeps them. */
export function readParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

export function readList(name: string): string[] {
  return (readParam(name) ?? '').split(',').filter(Boolean);
}

/** Sets (or with null removes) parameters without a new history entry; the fragment is kept. */
export function writeParams(values: Record<string, string | null>): void {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === '') params.delete(k);
    else params.set(k, v);
  }
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
