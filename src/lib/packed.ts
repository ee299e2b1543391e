/**
 * A large value handed to an island as one JSON string. Astro revives an object prop value by
 * value in a script callback, some 20 ms for the summary's pages on a slow phone; the browser's
 * own JSON.parse reads the same data as one string in a fraction of that.
 */
export type Packed<T> = string & { readonly packedValue?: T };

/** The value as JSON text, for an island prop. */
export function pack<T>(value: T): Packed<T> {
  return JSON.stringify(value) as Packed<T>;
}

let last: { text: string; value: unknown } | undefined;

/** The value back; the same text read twice (a re-render) is parsed once. */
export function unpack<T>(text: Packed<T>): T {
  if (last?.text !== text) last = { text, value: JSON.parse(text) };
  return last.value as T;
}
