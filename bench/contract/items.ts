/** The interaction shape both tools use in the contract benchmarks: an item with matched fields. */
import type { MatchersV3 } from '@pact-foundation/pact';

/** The path of item `i`. */
export const itemPath = (i: number): string => `/items/${i}`;

/** The matcher functions both DSLs offer under the same names. */
type Matchers = Pick<typeof MatchersV3, 'integer' | 'like' | 'decimal' | 'eachLike' | 'regex' | 'boolean'>;

/** Item `i`'s expected body, built with either tool's matchers. */
export function itemBody(i: number, m: Matchers): Record<string, unknown> {
  return {
    id: m.integer(i),
    name: m.like(`item ${i}`),
    price: m.decimal(9.99),
    sku: m.regex('^SKU-\\d+$', `SKU-${i}`),
    inStock: m.boolean(true),
    tags: m.eachLike('tag'),
  };
}

/** Item `i` as the provider serves it. */
export function itemJson(i: number): Record<string, unknown> {
  return { id: i, name: `item ${i}`, price: 12.5, sku: `SKU-${i}`, inStock: i % 2 === 0, tags: ['a', 'b'] };
}
