/** A download size for the reader: megabytes with one decimal ("0.8 MB"), never "0.0 MB" for a non-empty download. */
export function formatMegabytes(bytes: number): string {
  const mb = Math.max(bytes > 0 ? 0.1 : 0, Math.round(bytes / 1e5) / 10);
  return `${mb.toFixed(1)} MB`;
}
