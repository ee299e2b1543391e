/**
 * Joins the site's base path and a site-relative path, so that every link works when the site is
 * built for a sub-path (`BASE_PATH=/some/path`). `url('/handbook/')` gives `/some/path/handbook/`.
 */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${b}${p}`;
}

/** A path on this site, with the configured base path in front. */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
