/** The mock server as a fetch handler: match, record, answer. */

import { type Clock, definedOnly, isSeamError } from '../../core/index.ts';
import { generateResponse, type HttpRequest, type SpecVersion } from '../../match/index.ts';
import type { HttpInteraction } from '../model/pact.ts';
import { isPreflight, preflightResponse, withAllowOrigin } from './cors.ts';
import { formatMockServerReport } from './format-mock-server-report.ts';
import { fromHttpResponse, toHttpRequest } from './http-exchange.ts';
import { createMockRecorder, type MockRecorder } from './mock-recorder.ts';
import type { MockServerIssue } from './mock-server-result.ts';
import { selectInteraction } from './select-interaction.ts';

/**
 * How the mock handler matches and answers.
 *
 * @example
 * const options: MockHandlerOptions = { interactions, spec: 'V3', cors: false };
 */
export interface MockHandlerOptions {
  readonly interactions: readonly HttpInteraction[];
  /** The specification whose matching semantics apply (default `V4`). */
  readonly spec?: SpecVersion;
  /** Answer CORS preflights and allow any origin (default true, as pact-js). */
  readonly cors?: boolean;
  /** The time for Date/Time/DateTime generators. */
  readonly clock?: Clock;
  /** Uniform numbers in [0, 1) for random generators. */
  readonly random?: () => number;
}

/**
 * A mock handler and the record it keeps.
 *
 * @example
 * const { handler, recorder } = createMockHandler({ interactions });
 * await handler(new Request('http://mock.test/orders/1'));
 * recorder.results().matched; // 1
 */
export interface MockHandler {
  readonly handler: (request: Request) => Promise<Response>;
  readonly recorder: MockRecorder;
}

/**
 * Creates the fetch handler of a mock server. A request that matches an interaction gets its
 * response with generators applied (consumer mode; `MockServerURL` values point at the origin the
 * request was sent to); any other gets a 500 whose body explains the mismatch. A response whose
 * generators would produce more than `maxGeneratedLength` characters is a 500 and an issue too.
 *
 * @example
 * const { handler } = createMockHandler({ interactions: pact.interactions.filter((i) => i.kind === 'http') });
 * const response = await handler(new Request('http://mock.test/payments/404404'));
 */
export function createMockHandler(options: MockHandlerOptions): MockHandler {
  const recorder = createMockRecorder(options.interactions);
  const cors = options.cors ?? true;
  const handler = async (request: Request): Promise<Response> => {
    const actual = await toHttpRequest(request);
    const selection = selectInteraction(options.interactions, actual, options.spec ?? 'V4', recorder.hits);
    if (selection.kind !== 'matched' && cors && isPreflight(request)) return preflightResponse(request);
    const issue = recorder.record(actual, selection);
    const response =
      selection.kind === 'matched'
        ? answerOrRefuse(options, selection.index, request, recorder, actual)
        : mismatchResponse(issue as MockServerIssue);
    return cors ? withAllowOrigin(response, request) : response;
  };
  return { handler, recorder };
}

/** The interaction's response, or a 500 when a generator is over the size limit (the server lives on). */
function answerOrRefuse(
  options: MockHandlerOptions,
  index: number,
  request: Request,
  recorder: MockRecorder,
  actual: HttpRequest,
): Response {
  try {
    return answer(options, options.interactions[index] as HttpInteraction, request);
  } catch (error) {
    if (!isSeamError(error, 'generator-limit')) throw error;
    return mismatchResponse(recorder.recordUnanswered(index, actual, error.message));
  }
}

function answer(options: MockHandlerOptions, interaction: HttpInteraction, request: Request): Response {
  const response = generateResponse(
    interaction.response,
    definedOnly({
      mode: 'consumer' as const,
      mockServerUrl: new URL(request.url).origin,
      clock: options.clock,
      random: options.random,
    }),
  );
  return fromHttpResponse(response);
}

/** A 500 that says why, as the Pact mock servers answer (`X-Pact` names the kind of problem). */
function mismatchResponse(issue: MockServerIssue): Response {
  const error = formatMockServerReport({ ok: false, issues: [issue], matched: 0 });
  return Response.json({ error, issue }, { status: 500, headers: { 'x-pact': issue.code } });
}
