/**
 * Words with a number in them, for scripts that take their words from the page instead of
 * bundling a dictionary: at build time a dictionary's function (n) => text becomes one template
 * per plural category of the language ("{n} result", "{n} results"; Polish has one, few, many
 * and other), and in the browser Intl.PluralRules picks the template for the number.
 */

/** Numbers that between them reach every plural category of the languages Intl knows. */
const SAMPLES = [1, 2, 3, 4, 5, 0, 6, 11, 12, 21, 22, 25, 100, 101, 102, 1000000, 1.5];

/** One template per plural category of `locale`, with `{n}` where the number goes. */
export function pluralTemplates(locale: string, words: (n: number) => string): Record<string, string> {
  const rules = new Intl.PluralRules(locale);
  const out: Record<string, string> = {};
  for (const n of SAMPLES) {
    const category = rules.select(n);
    if (!(category in out)) out[category] = words(n).split(String(n)).join('{n}');
  }
  return out;
}

/** The text for `n`: its plural category's template (else "other"), with the number written for `locale`. */
export function fillPlural(templates: Record<string, string>, n: number, locale: string): string {
  const template = templates[new Intl.PluralRules(locale).select(n)] ?? templates.other ?? '';
  return template.split('{n}').join(n.toLocaleString(locale));
}
