/**
 * pact-js runs `beforeEach`/`afterEach` around every interaction by watching the verifier's
 * state-change calls (one per state, and one with state `""` when there is none). With hooks,
 * seam/pact-js does the same: a state-change endpoint on 127.0.0.1 that runs the hooks on the
 * first setup and the first teardown of each interaction, then the state handler. seam's verifier
 * calls it for every interaction, one interaction at a time.
 */
import { errorMessage, type HttpServerHandle, isPlainObject, startHttpServer } from '../core/index.ts';
import type { Hook, StateHandlers } from './verifier-options.ts';

/**
 * A running state-change endpoint; hook failures are collected in `errors` (pact-js reports them
 * after the run instead of failing the state change).
 *
 * @example
 * const server = await startStateChangeServer({ beforeEach: () => db.reset() });
 * await verifyProvider({ ...options, providerStatesSetupUrl: server.url });
 */
export interface StateChangeServer {
  readonly url: string;
  readonly errors: readonly Error[];
  close(): Promise<void>;
}

interface StateChangeOptions {
  readonly stateHandlers?: StateHandlers | undefined;
  readonly beforeEach?: Hook | undefined;
  readonly afterEach?: Hook | undefined;
}

/**
 * Starts the endpoint on 127.0.0.1, any free port.
 *
 * @example
 * const server = await startStateChangeServer({ stateHandlers, afterEach: () => db.clear() });
 * try { … } finally { await server.close(); }
 */
export async function startStateChangeServer(options: StateChangeOptions): Promise<StateChangeServer> {
  const errors: Error[] = [];
  let inside = false;
  const hook = async (name: string, run: Hook | undefined) => {
    try {
      await run?.();
    } catch (error) {
      errors.push(new Error(`error executing '${name}' hook: ${errorMessage(error)}`));
    }
  };
  const handler = async (request: Request): Promise<Response> => {
    const change = (await request.json()) as {
      state?: string;
      action?: string;
      params?: Record<string, unknown>;
    };
    if (change.action === 'setup' && !inside) {
      inside = true;
      await hook('beforeEach', options.beforeEach);
    } else if (change.action === 'teardown' && inside) {
      inside = false;
      await hook('afterEach', options.afterEach);
    }
    try {
      return Response.json((await runStateHandler(options.stateHandlers, change)) ?? {});
    } catch (error) {
      return new Response(errorMessage(error), { status: 500 });
    }
  };
  const server: HttpServerHandle = await startHttpServer(handler, { host: '127.0.0.1' });
  return { url: server.url, errors, close: () => server.close() };
}

async function runStateHandler(
  handlers: StateHandlers | undefined,
  change: { state?: string; action?: string; params?: Record<string, unknown> },
): Promise<unknown> {
  const handler = handlers?.[change.state ?? ''];
  if (handler === undefined) return undefined;
  const run =
    typeof handler === 'function'
      ? change.action === 'setup'
        ? handler
        : undefined
      : handler[change.action === 'teardown' ? 'teardown' : 'setup'];
  const values = await run?.(change.params ?? {});
  return isPlainObject(values) ? values : undefined;
}
