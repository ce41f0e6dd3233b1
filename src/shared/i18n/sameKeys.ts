/**
 * The keys of a translation resource with free string values. Typing another language
 * as `SameKeys<typeof zhCN>` makes a missing key and an extra key both compile errors
 * (object literals get excess-property checks at every level).
 */
export type SameKeys<T> = { -readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
