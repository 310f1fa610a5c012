/**
 * V1 and V2 pact files for the verifier scenarios of the V1/V2 features, as the reference writes
 * them: seam writes V3 and V4 only, so the V3 JSON is taken down to the older format — the query as
 * a string, header values as strings, `providerState` (one), and matching rules flattened to
 * V2's `$.body.…` / `$.header.…` / `$.query.…` / `$.path` keys with one rule each.
 */
import type { Pact } from '../../../src/contract/index.ts';
import { writePactJson } from '../../../src/contract/index.ts';
import { isPlainObject } from '../../../src/core/index.ts';

type Json = Record<string, unknown>;

function queryString(query: unknown): string | undefined {
  if (!isPlainObject(query)) return undefined;
  const pairs = Object.entries(query).flatMap(([name, values]) =>
    (Array.isArray(values) ? values : [values]).map(
      (value) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`,
    ),
  );
  return pairs.join('&');
}

function headerStrings(headers: unknown): Json | undefined {
  if (!isPlainObject(headers)) return undefined;
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

/** V3 `{ category: { key: { matchers: [rule] } } }` → V2 `{ '$.category.key': rule }`. */
function flatRules(rules: unknown): Json | undefined {
  if (!isPlainObject(rules)) return undefined;
  const flat: Json = {};
  for (const [category, entries] of Object.entries(rules)) {
    if (!isPlainObject(entries)) continue;
    if (category === 'path') {
      flat['$.path'] = firstRule(entries);
      continue;
    }
    for (const [key, list] of Object.entries(entries)) {
      const suffix = category === 'body' ? key.slice(1) : `.${key}`;
      flat[`$.${category === 'header' ? 'headers' : category}${suffix}`] = firstRule(list);
    }
  }
  return Object.keys(flat).length === 0 ? undefined : flat;
}

function firstRule(list: unknown): unknown {
  return isPlainObject(list) && Array.isArray(list.matchers) ? list.matchers[0] : list;
}

function downgradePart(part: unknown): Json {
  if (!isPlainObject(part)) return {};
  const { query, headers, matchingRules, generators: _generators, ...rest } = part;
  const result: Json = { ...rest };
  const text = queryString(query);
  if (text !== undefined) result.query = text;
  const strings = headerStrings(headers);
  if (strings !== undefined) result.headers = strings;
  const flat = flatRules(matchingRules);
  if (flat !== undefined) result.matchingRules = flat;
  return result;
}

function downgradeInteraction(interaction: unknown): Json {
  if (!isPlainObject(interaction)) return {};
  const { providerStates, request, response, ...rest } = interaction;
  const [first] = Array.isArray(providerStates) ? providerStates : [];
  return {
    ...rest,
    ...(isPlainObject(first) ? { providerState: first.name } : {}),
    request: downgradePart(request),
    response: downgradePart(response),
  };
}

/** The JSON of `pact` (HTTP interactions only) as a V1 or V2 pact file. */
export function writeOldPactJson(pact: Pact, spec: 'V1' | 'V2'): Json {
  const json = writePactJson(pact, 'V3');
  const interactions = Array.isArray(json.interactions) ? json.interactions : [];
  return {
    ...json,
    interactions: interactions.map(downgradeInteraction),
    metadata: { pactSpecification: { version: spec === 'V1' ? '1.0.0' : '2.0.0' } },
  };
}
