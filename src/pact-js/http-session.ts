/**
 * The HTTP interactions of a `PactV4` since its last test: pact-js serves every interaction added
 * to the pact since the last `executeTest`, not only the one whose `executeTest` runs, so one test
 * may call several (and fails if one is never called). seam's builder chains them
 * (`willRespondWith(…).addInteraction()`); this keeps the chain between pact-js's calls.
 */
import {
  type CreatePactOptions,
  createPact,
  type HttpInteractionReady,
  type HttpInteractionStart,
} from '../contract/index.ts';
import type { V4MockServer } from './http-types.ts';

/**
 * The interactions configured since the last test of one pact.
 *
 * @example
 * const session = new HttpSession(options);
 * const ready = session.configured(session.start().uponReceiving('a').withRequest(request).willRespondWith(response));
 * await session.executeTest(ready, async (mockServer) => fetch(mockServer.url));
 */
export class HttpSession {
  readonly options: CreatePactOptions;
  #ready: HttpInteractionReady | undefined;

  constructor(options: CreatePactOptions) {
    this.options = options;
  }

  /** A new interaction, chained after those configured since the last test. */
  start(): HttpInteractionStart {
    return this.#ready?.addInteraction() ?? createPact(this.options).addInteraction();
  }

  /** Records a complete interaction (with those before it) and returns it. */
  configured(ready: HttpInteractionReady): HttpInteractionReady {
    this.#ready = ready;
    return ready;
  }

  /** Runs the test against every interaction configured so far; the next test starts afresh. */
  executeTest<T>(ready: HttpInteractionReady, testFn: (mockServer: V4MockServer) => Promise<T>): Promise<T> {
    this.#ready = undefined;
    return ready.executeTest(testFn);
  }
}
