/**
 * Provider state setup and teardown: through a state handler when one is named after the state,
 * else by POSTing `{ consumer, state, params, action }` to the state-setup URL, as the Pact
 * verifier does. Values returned by either feed `ProviderState` generators.
 */
import { errorMessage, isPlainObject } from '../../core/index.ts';
import type { ProviderState } from '../model/pact.ts';
import { send } from './send.ts';
import type { VerificationIssue } from './verification-report.ts';
import type { StateFunction, VerifyProviderOptions } from './verify-options.ts';
import { attempt, withDeadline } from './with-timeout.ts';

/**
 * What state changes run with.
 *
 * @example
 * const context: StateChangeContext = { consumer: 'web', options: { stateHandlers: {} }, timeoutMs: 30_000 };
 */
export interface StateChangeContext {
  readonly consumer: string;
  readonly options: Pick<VerifyProviderOptions, 'stateHandlers' | 'providerStatesSetupUrl'>;
  readonly timeoutMs: number;
}

/**
 * The outcome of setting up (or tearing down) an interaction's states.
 *
 * @example
 * if (outcome.issues.length === 0) generateRequest(request, { mode: 'provider', providerState: outcome.values });
 */
export interface StateChangeOutcome {
  readonly values: Record<string, unknown>;
  readonly issues: VerificationIssue[];
  readonly warnings: string[];
}

type Action = 'setup' | 'teardown';
type ChangeResult = { readonly values?: unknown; readonly error?: string; readonly warning?: string };

/**
 * The states to change for an interaction: its own, or `""` when it has none and a setup URL is
 * configured (the Pact verifier calls the URL for every interaction).
 *
 * @example
 * statesToChange([], { providerStatesSetupUrl: 'http://p/_state' }); // [{ name: '' }]
 */
export function statesToChange(
  states: readonly ProviderState[],
  options: StateChangeContext['options'],
): readonly ProviderState[] {
  if (states.length > 0 || options.providerStatesSetupUrl === undefined) return states;
  return [{ name: '' }];
}

/**
 * Runs `action` for each state in order; stops at the first failure. Values: each state's params,
 * then what its handler or the setup URL returned.
 *
 * @example
 * const outcome = await changeStates(interaction.providerStates, 'setup', context);
 */
export async function changeStates(
  states: readonly ProviderState[],
  action: Action,
  context: StateChangeContext,
): Promise<StateChangeOutcome> {
  const outcome: StateChangeOutcome = { values: {}, issues: [], warnings: [] };
  for (const state of statesToChange(states, context.options)) {
    Object.assign(outcome.values, state.params);
    const result = await changeState(state, action, context);
    if (result.warning !== undefined) outcome.warnings.push(result.warning);
    if (result.error !== undefined) {
      outcome.issues.push(stateIssue(state, action, result.error));
      break;
    }
    if (isPlainObject(result.values)) Object.assign(outcome.values, result.values);
  }
  return outcome;
}

async function changeState(
  state: ProviderState,
  action: Action,
  context: StateChangeContext,
): Promise<ChangeResult> {
  const handler = context.options.stateHandlers?.[state.name];
  if (handler !== undefined) {
    const run = typeof handler === 'function' ? (action === 'setup' ? handler : undefined) : handler[action];
    return run === undefined ? {} : callHandler(run, state, action, context);
  }
  const url = context.options.providerStatesSetupUrl;
  if (url !== undefined) return postStateChange(url, state, action, context);
  if (action === 'teardown' || state.name === '') return {};
  return {
    warning: `No state handler and no provider-states setup URL for provider state "${state.name}"; the interaction ran without setting it up.`,
  };
}

async function callHandler(
  run: StateFunction,
  state: ProviderState,
  action: Action,
  context: StateChangeContext,
): Promise<ChangeResult> {
  const call = attempt(() =>
    run(state.params ?? {}, { consumer: context.consumer, state: state.name, action }),
  );
  try {
    return { values: await withDeadline(call, context.timeoutMs, `the ${action} handler`) };
  } catch (error) {
    return { error: `the ${action} handler threw: ${errorMessage(error)}` };
  }
}

async function postStateChange(
  url: string,
  state: ProviderState,
  action: Action,
  context: StateChangeContext,
): Promise<ChangeResult> {
  const body = { consumer: context.consumer, state: state.name, params: state.params ?? {}, action };
  const headers = { 'content-type': ['application/json'] };
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  const answer = await send(
    { url, method: 'POST', headers, body: bytes },
    { timeoutMs: context.timeoutMs, maxBodyBytes: 1024 * 1024 },
  );
  if ('error' in answer) return { error: answer.error };
  if (answer.status < 200 || answer.status > 299) return { error: `POST ${url} answered ${answer.status}` };
  return { values: parseObject(answer.body) };
}

function parseObject(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

function stateIssue(state: ProviderState, action: Action, reason: string): VerificationIssue {
  return {
    code: action === 'setup' ? 'state-setup' : 'state-teardown',
    path: '$',
    expected: state.name,
    message: `State change request failed for provider state "${state.name}" (${action}): ${reason}`,
  };
}
