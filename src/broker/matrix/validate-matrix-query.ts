/** A matrix query's problems, in the Pact Broker's words (lib/pact_broker/matrix/service.rb). */
import type { BrokerStore } from '../store/broker-store.ts';
import type { MatrixOptions, UnresolvedSelector } from './matrix-selectors.ts';

/**
 * What is wrong with a matrix query (empty: nothing).
 *
 * @example
 * const errors = await validateMatrixQuery(store, selectors, options, query.get('latestby') ?? undefined);
 */
export async function validateMatrixQuery(
  store: BrokerStore,
  selectors: readonly UnresolvedSelector[],
  options: MatrixOptions,
  latestby?: string,
): Promise<string[]> {
  const errors: string[] = [];
  for (const selector of selectors) {
    if (selector.pacticipant === undefined) errors.push('Please specify the pacticipant name');
    else if (selector.version !== undefined && selector.latest === true)
      errors.push(`A version number and latest flag cannot both be specified for ${selector.pacticipant}`);
  }
  for (const name of selectors.flatMap((selector) => selector.pacticipant ?? []))
    if ((await store.findPacticipant(name)) === undefined) errors.push(`Pacticipant ${name} not found`);
  if (selectors.length === 0) errors.push('Please provide 1 or more version selectors.');
  for (const selector of options.ignore ?? []) {
    if (selector.pacticipant === undefined) errors.push('Please specify the pacticipant name to ignore');
    else if (selector.version !== undefined && selector.latest === true)
      errors.push(
        `A version number and latest flag cannot both be specified for ${selector.pacticipant} to ignore`,
      );
  }
  const targets = [options.tag, options.environment, options.mainBranch].filter((item) => item !== undefined);
  if (targets.length > 1) errors.push('Cannot specify more than one of tag, environment and mainBranch.');
  if (options.latest === true && options.environment !== undefined)
    errors.push('Cannot specify both latest=true and an environment.');
  if (
    options.environment !== undefined &&
    (await store.findEnvironmentByName(options.environment)) === undefined
  )
    errors.push(`Environment with name '${options.environment}' does not exist`);
  if (options.limit !== undefined && !(options.limit >= 1)) errors.push('The limit must be 1 or greater.');
  if (latestby !== undefined && options.latestby === undefined)
    errors.push(`latestby must be one of cvp, cvpv or cp (got '${latestby}')`);
  return errors;
}
