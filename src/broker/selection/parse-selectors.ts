/** Consumer version selectors from a request, checked by the Pact Broker's validation rules. */
import { isPlainObject } from '../../core/index.ts';
import type { ConsumerVersionSelector } from './consumer-version-selector.ts';

const branchKeys = [
  'latest',
  'tag',
  'fallbackTag',
  'branch',
  'fallbackBranch',
  'fallbackToMainBranch',
  'matchingBranch',
  'mainBranch',
] as const;
const environmentKeys = ['environment', 'deployed', 'released', 'deployedOrReleased'] as const;
const stringKeys = ['consumer', 'tag', 'branch', 'fallbackTag', 'fallbackBranch', 'environment'] as const;
const trueKeys = [
  'mainBranch',
  'matchingBranch',
  'fallbackToMainBranch',
  'deployed',
  'released',
  'deployedOrReleased',
] as const;

/**
 * The selectors of a request, or every problem with them (each prefixed with the selector's index).
 * Unknown keys are ignored, as the Pact Broker does. `environments`: the names that exist.
 *
 * @example
 * parseSelectors([{ mainBranch: true }], undefined, new Set()); // { selectors: [{ mainBranch: true }] }
 */
export function parseSelectors(
  value: unknown,
  providerVersionBranch: string | undefined,
  environments: ReadonlySet<string>,
): { selectors: ConsumerVersionSelector[] } | { errors: string[] } {
  if (!Array.isArray(value)) return { errors: ['must be an array of selector objects'] };
  const errors: string[] = [];
  const selectors: ConsumerVersionSelector[] = [];
  for (const [index, item] of value.entries()) {
    const problems = isPlainObject(item)
      ? selectorProblems(item, providerVersionBranch, environments)
      : ['must be an object'];
    if (problems.length === 0) selectors.push(item as ConsumerVersionSelector);
    else errors.push(...problems.map((problem) => `[${index}] ${problem}`));
  }
  return errors.length === 0 ? { selectors } : { errors };
}

function selectorProblems(
  selector: Record<string, unknown>,
  providerVersionBranch: string | undefined,
  environments: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const key of stringKeys) {
    const value = selector[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === ''))
      problems.push(`${key} must be a non-empty string`);
  }
  for (const key of trueKeys)
    if (selector[key] !== undefined && selector[key] !== true)
      problems.push(`${key} must be true when given`);
  if (selector.latest !== undefined && typeof selector.latest !== 'boolean')
    problems.push('latest must be true or false');
  if (problems.length > 0) return problems;
  const has = (key: string) => selector[key] !== undefined;
  const given = (keys: readonly string[]) => keys.filter(has);
  if (
    !has('mainBranch') &&
    !has('tag') &&
    !has('branch') &&
    !has('environment') &&
    !has('matchingBranch') &&
    !has('deployed') &&
    !has('released') &&
    !has('deployedOrReleased') &&
    selector.latest !== true
  )
    problems.push(
      'must specify at least one of mainBranch, branch, matchingBranch, tag, latest, deployed, released, deployedOrReleased or environment',
    );
  const others = (allowed: readonly string[]) =>
    given([...branchKeys, ...environmentKeys]).filter((key) => !allowed.includes(key));
  if (has('mainBranch') && others(['mainBranch', 'latest']).length > 0)
    problems.push('mainBranch cannot be combined with any other field but consumer and latest');
  if (has('mainBranch') && selector.latest === false)
    problems.push('mainBranch cannot be used with latest: false');
  if (has('matchingBranch') && others(['matchingBranch']).length > 0)
    problems.push('matchingBranch cannot be combined with any other field but consumer');
  if (has('matchingBranch') && providerVersionBranch === undefined)
    problems.push('matchingBranch requires providerVersionBranch in the request');
  if (has('tag') && has('branch')) problems.push('tag and branch cannot be used together');
  const branchFields = given(branchKeys);
  const environmentFields = given(environmentKeys);
  if (branchFields.length > 0 && environmentFields.length > 0)
    problems.push(`cannot specify ${branchFields.join('/')} with ${environmentFields.join('/')}`);
  if (has('fallbackTag') && selector.latest !== true) problems.push('fallbackTag requires latest: true');
  if (has('fallbackTag') && !has('tag')) problems.push('fallbackTag requires tag');
  if (has('fallbackBranch') && !has('branch')) problems.push('fallbackBranch requires branch');
  if (has('fallbackToMainBranch') && !has('branch')) problems.push('fallbackToMainBranch requires branch');
  if (has('fallbackToMainBranch') && has('fallbackBranch'))
    problems.push('fallbackToMainBranch and fallbackBranch cannot be used together');
  if (has('branch') && selector.latest === false) problems.push('branch cannot be used with latest: false');
  const pairs = [
    ['deployed', 'released'],
    ['deployed', 'deployedOrReleased'],
    ['released', 'deployedOrReleased'],
  ] as const;
  for (const [a, b] of pairs) if (has(a) && has(b)) problems.push(`${a} and ${b} cannot be used together`);
  if (typeof selector.environment === 'string' && !environments.has(selector.environment))
    problems.push(`no environment named ${JSON.stringify(selector.environment)} exists`);
  return problems;
}
