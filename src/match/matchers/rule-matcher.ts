/**
 * The shape of a matching-rule implementation. A rule can compare several kinds of value (JSON
 * values, strings such as headers and query parameters, status codes, bytes, lists, maps, XML
 * elements), each with the Pact reference's wording; a kind a rule leaves out gets the default of
 * `matchers/dispatch-rule.ts`. A check returns `undefined` when the value matches, else the message.
 */
import type { JsonObject, JsonValue, XmlElement } from '../../core/index.ts';
import type { MatchingRule } from '../model.ts';

/** `undefined`: matched; a string: why not. */
export type Verdict = string | undefined;

/** A list being compared: JSON items, or text items (query or header values). */
export interface ListValue {
  readonly items: readonly JsonValue[];
  readonly text: boolean;
}

/** One rule's checks, by kind of value. */
export interface RuleMatcher<R extends MatchingRule = MatchingRule> {
  text?(rule: R, expected: string, actual: string, cascaded: boolean): Verdict;
  json?(rule: R, expected: JsonValue, actual: JsonValue, cascaded: boolean): Verdict;
  status?(rule: R, expected: number, actual: number, cascaded: boolean): Verdict;
  bytes?(rule: R, expected: Uint8Array, actual: Uint8Array, cascaded: boolean): Verdict;
  list?(rule: R, expected: ListValue, actual: ListValue, cascaded: boolean): Verdict;
  map?(rule: R, expected: JsonObject, actual: JsonObject, cascaded: boolean): Verdict;
  element?(rule: R, expected: XmlElement, actual: XmlElement, cascaded: boolean): Verdict;
}

/** Always matches. */
export const matches = (): Verdict => undefined;
