/**
 * The type a translated table is checked against: the English table's shape with every string
 * literal widened to string (the English tables that end in `as const` would otherwise accept only
 * their own English words). Keys, nesting, tuple lengths and function parameters stay as they are,
 * so TypeScript reports a missing or extra key, or a function with other parameters.
 */
export type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends (...args: infer A) => infer R
        ? (...args: A) => Widen<R>
        : T extends object
          ? { readonly [K in keyof T]: Widen<T[K]> }
          : T;
