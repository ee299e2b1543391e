/**
 * Fills a word template of the interface: each `{name}` takes the value of that name. The words
 * are plain strings (src/i18n/), so a page can hand them to its scripts in its HTML and a
 * translation is a table of strings, never code. A name with no value is left as written, so a
 * mistyped placeholder shows on the page instead of vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
