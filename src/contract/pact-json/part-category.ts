/**
 * The categories that matching rules and generators are filed under in pact files, and how their
 * names read: `body`/`content`/`contents` mean the body (category `content` for message contents),
 * `header`/`headers` the headers; names are case-insensitive.
 */
import type { RuleCategory } from '../../match/index.ts';

/** Whether a part belongs to an HTTP interaction or to a message. */
export type PartKind = 'http' | 'message';

const plainCategories = new Set<string>(['method', 'path', 'query', 'status', 'metadata']);

/**
 * The categories that hold a single rule list or generator (stored under the key `$`) rather than
 * a map keyed by name or JSON path: `method`, `path` and `status`. Holds strings so that category
 * names read from a file can be checked as they are.
 *
 * @example
 * singleValueCategories.has('path'); // true
 * singleValueCategories.has('header'); // false
 */
export const singleValueCategories: ReadonlySet<string> = new Set<RuleCategory>(['method', 'path', 'status']);

/**
 * The normalised category for a category name found in a file, or undefined when it names none.
 * Rule and generator categories are the same set, so this serves both.
 *
 * @example
 * partCategory('Headers', 'http'); // 'header'
 * partCategory('body', 'message'); // 'content'
 */
export function partCategory(name: string, part: PartKind): RuleCategory | undefined {
  const lower = name.toLowerCase();
  if (lower === 'body' || lower === 'content' || lower === 'contents')
    return part === 'message' ? 'content' : 'body';
  if (lower === 'header' || lower === 'headers') return 'header';
  return plainCategories.has(lower) ? (lower as RuleCategory) : undefined;
}

/**
 * The name a category is written under. Message contents are written under `body` in V3 and V4
 * alike: that is what the Pact reference implementation (and so pact-js) writes and reads, although
 * the V4 specification's test cases spell it `content`; the readers accept both.
 *
 * @example
 * fileCategoryName('content', 'message'); // 'body'
 * fileCategoryName('header', 'http'); // 'header'
 */
export function fileCategoryName(category: RuleCategory, part: PartKind): string {
  return category === 'content' || (category === 'body' && part === 'message') ? 'body' : category;
}
