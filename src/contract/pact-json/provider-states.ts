/** Provider states: V1/V2 `providerState` strings and V3+ `providerStates` lists. */

import { isPlainObject } from '../../core/index.ts';
import { type JsonRecord, jsonToString } from '../json/untyped-json.ts';
import type { ProviderState } from '../model/pact.ts';

/**
 * Reads the provider states of an interaction: `providerStates` (a list of `{ name, params }`, or a
 * single string), else `providerState` / `provider_state` (V1/V2, a string). Entries that are not
 * objects with a name are read by their text, as the Rust reference does.
 *
 * @example
 * readProviderStates({ providerState: 'an order exists' }); // [{ name: 'an order exists' }]
 * readProviderStates({ providerStates: [{ name: 'order', params: { id: 1 } }] });
 */
export function readProviderStates(json: JsonRecord): ProviderState[] {
  const states = json.providerStates;
  if (Array.isArray(states)) return states.map(readProviderState);
  if (typeof states === 'string') return [{ name: states }];
  const legacy = json.providerState ?? json.provider_state;
  if (legacy === undefined || legacy === null || legacy === '') return [];
  return [{ name: jsonToString(legacy) }];
}

function readProviderState(json: unknown): ProviderState {
  if (!isPlainObject(json)) return { name: jsonToString(json) };
  const name = jsonToString(json.name);
  return isPlainObject(json.params) ? { name, params: { ...json.params } } : { name };
}

/**
 * Writes provider states as V3/V4 `providerStates`; undefined when there are none.
 *
 * @example
 * writeProviderStates([{ name: 'x' }]); // [{ name: 'x' }]
 */
export function writeProviderStates(states: readonly ProviderState[]): JsonRecord[] | undefined {
  if (states.length === 0) return undefined;
  return states.map((state) =>
    state.params === undefined ? { name: state.name } : { name: state.name, params: { ...state.params } },
  );
}
