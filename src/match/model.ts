/**
 * The shapes the matching engine works on. They are the normalised form of what pact files hold
 * (src/contract reads and writes the files; this folder only needs the shapes), shared by the mock
 * server, the provider verifier, the broker and the designer.
 */

/** Pact specification versions. `V1_1` is written "1.1.0" in files. */
export type SpecVersion = 'V1' | 'V1_1' | 'V2' | 'V3' | 'V4';

/**
 * A body, as the Rust reference models it: absent ("don't care" when expected), empty (must be
 * empty), JSON null, or bytes with an optional content type.
 */
export type Body =
  | { readonly state: 'missing' }
  | { readonly state: 'empty'; readonly contentType?: string }
  | { readonly state: 'null' }
  | {
      readonly state: 'present';
      readonly content: Uint8Array;
      /** The declared content type (a V4 body's `contentType`, else the Content-Type header). */
      readonly contentType?: string;
      /** V4 `contentTypeHint`: how to treat content whose type does not say. */
      readonly hint?: 'TEXT' | 'BINARY';
    };

/**
 * Header names map to their values in order, as written (a file's `"Accept": "a, b"` is one value).
 * The engine splits known multi-value headers on commas when it compares them.
 */
export type Headers = Readonly<Record<string, readonly string[]>>;

/** Query parameters map to their values in order. A parameter with no `=` has the value `''`. */
export type Query = Readonly<Record<string, readonly string[]>>;

/**
 * One matching rule, keyed by `match` as in V3/V4 pact files. Aliases found in files (`datetime`,
 * `min`/`max` without `match`, V2's flat form) are normalised to these by the reader.
 */
export type MatchingRule =
  | { readonly match: 'equality' }
  | { readonly match: 'regex'; readonly regex: string }
  | { readonly match: 'type'; readonly min?: number; readonly max?: number }
  | { readonly match: 'include'; readonly value: string }
  | {
      readonly match:
        | 'integer'
        | 'decimal'
        | 'number'
        | 'null'
        | 'boolean'
        | 'values'
        | 'notEmpty'
        | 'semver';
    }
  | { readonly match: 'timestamp' | 'date' | 'time'; readonly format?: string }
  | { readonly match: 'contentType'; readonly value: string }
  | { readonly match: 'arrayContains'; readonly variants: readonly ArrayContainsVariant[] }
  | { readonly match: 'statusCode'; readonly status: StatusCodeClass | readonly number[] }
  | {
      readonly match: 'eachKey' | 'eachValue';
      readonly rules: readonly MatchingRule[];
      /** The example the rule was defined with, when the file records one. */
      readonly value?: unknown;
    };

/** The `match` names of {@link MatchingRule}. */
export type MatchingRuleType = MatchingRule['match'];

/** The status classes of the V4 `statusCode` matcher. */
export type StatusCodeClass =
  | 'info'
  | 'success'
  | 'redirect'
  | 'clientError'
  | 'serverError'
  | 'nonError'
  | 'error';

/** One variant of an `arrayContains` rule: the example item at `index`, matched with its own rules. */
export interface ArrayContainsVariant {
  readonly index: number;
  /** Rules for the item, keyed by JSON path relative to the item (`$`, `$.name`). */
  readonly rules: Readonly<Record<string, RuleList>>;
  readonly generators?: Readonly<Record<string, Generator>>;
}

/** The rules at one path and how they combine. */
export interface RuleList {
  readonly rules: readonly MatchingRule[];
  readonly combine: 'AND' | 'OR';
}

/**
 * Rule categories. `path`, `method` and `status` hold a single rule list, stored under the key `$`;
 * `header`, `query` and `metadata` are keyed by name; `body` and `content` by JSON path (`$.a[*].b`).
 */
export type RuleCategory =
  | 'method'
  | 'path'
  | 'query'
  | 'header'
  | 'body'
  | 'content'
  | 'status'
  | 'metadata';

/** All the matching rules of a request, response or message, by category. */
export type MatchingRules = Readonly<Partial<Record<RuleCategory, Readonly<Record<string, RuleList>>>>>;

/**
 * A generator, as in V3/V4 pact files (`type` names the generator; the other keys are its
 * parameters, e.g. `{ type: 'RandomInt', min: 0, max: 10 }`).
 */
export interface Generator {
  readonly type: GeneratorType;
  readonly [parameter: string]: unknown;
}

/** The generator types of the V3 and V4 specifications. */
export type GeneratorType =
  | 'RandomInt'
  | 'RandomDecimal'
  | 'RandomHexadecimal'
  | 'RandomString'
  | 'Regex'
  | 'Uuid'
  | 'Date'
  | 'Time'
  | 'DateTime'
  | 'RandomBoolean'
  | 'ProviderState'
  | 'MockServerURL';

/**
 * Generator categories: the same as the {@link RuleCategory rule categories}. `path`, `method` and
 * `status` hold a single generator under the key `$`; `header`, `query` and `metadata` are keyed by
 * name; `body` and `content` by JSON path.
 *
 * @example
 * const category: GeneratorCategory = 'body';
 */
export type GeneratorCategory = RuleCategory;

/** All the generators of a request, response or message, by category. */
export type Generators = Readonly<Partial<Record<GeneratorCategory, Readonly<Record<string, Generator>>>>>;

/** An HTTP request as expected by a pact or as received. */
export interface HttpRequest {
  readonly method: string;
  readonly path: string;
  /** Absent when the pact says nothing about the query. */
  readonly query?: Query;
  /** The query as written in a V1/V2 file (a string), kept for version-exact matching and round trips. */
  readonly queryString?: string;
  readonly headers?: Headers;
  readonly body: Body;
  readonly matchingRules?: MatchingRules;
  readonly generators?: Generators;
}

/** An HTTP response as expected by a pact or as received. */
export interface HttpResponse {
  readonly status: number;
  readonly headers?: Headers;
  readonly body: Body;
  readonly matchingRules?: MatchingRules;
  readonly generators?: Generators;
}

/** A message (V3 message pact, V4 asynchronous message, or one side of a V4 synchronous message). */
export interface Message {
  readonly contents: Body;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly matchingRules?: MatchingRules;
  readonly generators?: Generators;
}

/** The part of a request, response or message where a mismatch was found. */
export type MismatchCode =
  | 'method'
  | 'path'
  | 'query'
  | 'header'
  | 'body'
  | 'body-type'
  | 'status'
  | 'metadata';

/**
 * One difference between what was expected and what was received.
 * `path` is a JSON path for bodies (`$.items[0].id`), the name for headers, query parameters and
 * metadata, and `$` for method, path and status. `message` uses the Pact reference wording.
 */
export interface Mismatch {
  readonly code: MismatchCode;
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly message: string;
}

/** The outcome of a comparison: `ok` is true when `issues` is empty. */
export interface MatchResult {
  readonly ok: boolean;
  readonly issues: readonly Mismatch[];
}
