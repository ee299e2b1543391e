import { useEffect, useState } from 'preact/hooks';

/**
 * False during the server render and the hydration pass, true right after. Islands show saved
 * state only once this is true: the first browser render must match the server's HTML, because
 * Preact does not patch attributes such as `checked` while hydrating.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
