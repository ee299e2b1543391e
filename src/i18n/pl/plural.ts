/**
 * Polish plural forms, chosen by Intl.PluralRules('pl'): "one" (1), "few" (2–4, 22–24, 32–34…)
 * and "many" (0, 5–21, 25–31…, 112–114…). Fractions fall in "other", which takes the form given
 * for it, or else the "many" form.
 */
const rules = new Intl.PluralRules('pl');

/** The three (or four) forms of a word or phrase, e.g. ['notatka', 'notatki', 'notatek']. */
export type Forms = readonly [one: string, few: string, many: string, other?: string];

/** The form of a word or phrase that goes with the number n. */
export function plural(n: number, [one, few, many, other]: Forms): string {
  switch (rules.select(n)) {
    case 'one':
      return one;
    case 'few':
      return few;
    case 'many':
      return many;
    default:
      return other ?? many;
  }
}

/** The number, then the form that goes with it: count(3, ['notatka', 'notatki', 'notatek']) is "3 notatki". */
export function count(n: number, forms: Forms): string {
  return `${n} ${plural(n, forms)}`;
}
