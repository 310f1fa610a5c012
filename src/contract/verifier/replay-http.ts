/** Replaying an HTTP interaction: generate the request, filter it, send it, match the response. */
import { errorMessage } from '../../core/index.ts';
import { generateRequest, type HttpRequest, matchResponse } from '../../match/index.ts';
import type { HttpInteraction } from '../model/pact.ts';
import { withCustomHeaders } from './custom-headers.ts';
import { toHttpResponse } from './received-response.ts';
import { fromMismatch, type ReplayContext, type ReplayOutcome, stepIssue } from './replay-context.ts';
import { send } from './send.ts';
import { toWireRequest } from './wire-request.ts';
import { attempt, withDeadline } from './with-timeout.ts';

/**
 * Replays `interaction` against the provider with the provider-state `values`.
 *
 * @example
 * const outcome = await replayHttp(interaction, { id: 42 }, context);
 */
export async function replayHttp(
  interaction: HttpInteraction,
  values: Readonly<Record<string, unknown>>,
  context: ReplayContext,
): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { issues: [], warnings: [] };
  const baseUrl = context.options.providerBaseUrl;
  if (baseUrl === undefined) {
    outcome.issues.push(stepIssue('request', 'No provider base URL given; an HTTP interaction needs one.'));
    return outcome;
  }
  const request = await buildRequest(interaction.request, values, context, outcome);
  if (request === undefined) return outcome;
  const wire = toWireRequest(baseUrl, request);
  const answer = await send(wire, context.limits);
  if ('error' in answer) {
    outcome.issues.push(stepIssue('request', requestFailure(wire.method, wire.url, answer.error)));
    return outcome;
  }
  const spec = context.source.pact.specVersion;
  const result = matchResponse(interaction.response, toHttpResponse(answer), { spec });
  outcome.issues.push(...result.issues.map((mismatch) => fromMismatch(mismatch)));
  return outcome;
}

async function buildRequest(
  expected: HttpRequest,
  values: Readonly<Record<string, unknown>>,
  context: ReplayContext,
  outcome: ReplayOutcome,
): Promise<HttpRequest | undefined> {
  const generated = withCustomHeaders(
    generateRequest(expected, {
      mode: 'provider',
      providerState: values,
      onIssue: (issue) => outcome.warnings.push(`${issue.generator} generator: ${issue.message}`),
    }),
    context.options.customHeaders,
  );
  const filter = context.options.requestFilter;
  if (filter === undefined) return generated;
  try {
    return await withDeadline(
      attempt(() => filter(generated)),
      context.limits.timeoutMs,
      'the request filter',
    );
  } catch (error) {
    outcome.issues.push(stepIssue('request', `The request filter threw: ${errorMessage(error)}`));
    return undefined;
  }
}

// The HTTP client's errors already name the method and URL; others get them added.
function requestFailure(method: string, url: string, error: string): string {
  return `Request failed: ${error.startsWith(`${method} `) ? error : `${method} ${url}: ${error}`}`;
}
