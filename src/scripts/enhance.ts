/**
 * Makes live the parts of a page that were rendered at build time: `start` runs once on each
 * element marked `data-enhance="<name>"`, which then loses the mark. An element still marked has
 * not been made live yet (the end-to-end tests wait until none is left, as for Astro's islands).
 */
export function enhance(name: string, start: (root: HTMLElement) => void): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-enhance="${name}"]`)) {
    start(root);
    root.removeAttribute('data-enhance');
  }
}
