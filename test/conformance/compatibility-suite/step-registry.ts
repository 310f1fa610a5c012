/**
 * Step definitions and the table that decides, before anything runs, whether a scenario can run: a
 * step is either implemented (`run`) or marked with the capability seam does not have yet (`needs`).
 */
import type { Scenario, Step } from './feature-files.ts';
import type { World } from './world.ts';

/** What a step needs that seam does not have yet; each maps to the reason printed for the skip. */
export type Capability = 'pact broker';

const skipReasons: Readonly<Record<Capability, string>> = {
  'pact broker': 'needs a Pact Broker (issue 4)',
};

/** Runs one step. `args` are the expression's parameters in order, strings already unescaped. */
export type StepRun = (world: World, args: readonly string[], step: Step) => void | Promise<void>;

export interface StepDefinition {
  readonly expression: string;
  readonly pattern: RegExp;
  readonly run?: StepRun;
  readonly needs?: Capability;
}

/** A step text matched to its definition, with the captured parameters. */
export interface StepMatch {
  readonly definition: StepDefinition;
  readonly args: readonly string[];
}

const stringParameter = '"((?:[^"\\\\]|\\\\.)*)"';

/**
 * Compiles a Cucumber-style expression: `{string}` (double-quoted, `\"` unescaped), `{int}`, and
 * optional text in parentheses (`a(n)`). A RegExp is used as it is.
 */
export function compileExpression(expression: string | RegExp): RegExp {
  if (expression instanceof RegExp) return expression;
  const source = expression
    .split(/(\{string\}|\{int\}|\([^()]*\))/)
    .map((part) => {
      if (part === '{string}') return stringParameter;
      if (part === '{int}') return '(-?\\d+)';
      if (part.startsWith('(') && part.endsWith(')')) return `(?:${escapeRegExp(part.slice(1, -1))})?`;
      return escapeRegExp(part);
    })
    .join('');
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A step seam implements. */
export function defineStep(expression: string | RegExp, run: StepRun): StepDefinition {
  return { expression: String(expression), pattern: compileExpression(expression), run };
}

/** A step that needs a capability seam does not have yet: scenarios using it are skipped with a reason. */
export function definePending(expression: string | RegExp, needs: Capability): StepDefinition {
  return { expression: String(expression), pattern: compileExpression(expression), needs };
}

/** Finds the one definition matching `text`; two matches mean the table is ambiguous, which is a bug. */
export function findStep(definitions: readonly StepDefinition[], text: string): StepMatch | undefined {
  const matches: StepMatch[] = [];
  for (const definition of definitions) {
    const found = definition.pattern.exec(text);
    if (found === null) continue;
    const args = found.slice(1).map((arg) => (arg ?? '').replace(/\\"/g, '"'));
    matches.push({ definition, args });
  }
  if (matches.length > 1) {
    const names = matches.map((match) => match.definition.expression).join(' | ');
    throw new Error(`Step "${text}" matches ${matches.length} definitions: ${names}`);
  }
  return matches[0];
}

/**
 * Why a scenario cannot run, or undefined when every step has an implementation. Capabilities come
 * first (in the order the steps need them); undefined steps are named only when nothing else explains.
 */
export function skipReason(definitions: readonly StepDefinition[], scenario: Scenario): string | undefined {
  const needs = new Set<string>();
  const undefinedSteps: string[] = [];
  for (const step of scenario.steps) {
    const match = findStep(definitions, step.text);
    if (match === undefined) undefinedSteps.push(step.text);
    else if (match.definition.needs !== undefined) needs.add(skipReasons[match.definition.needs]);
  }
  if (needs.size > 0) return [...needs].join('; ');
  if (undefinedSteps.length > 0) return `undefined step: "${undefinedSteps[0]}"`;
  return undefined;
}

/** Runs a scenario's steps in order against `world`; a failing step names itself in the error. */
export async function runScenario(
  definitions: readonly StepDefinition[],
  scenario: Scenario,
  world: World,
): Promise<void> {
  for (const step of scenario.steps) {
    const match = findStep(definitions, step.text);
    if (match?.definition.run === undefined) throw new Error(`Step cannot run: "${step.text}"`);
    try {
      await match.definition.run(world, match.args, step);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Step "${step.text}" failed: ${message}`, { cause: error });
    }
  }
}
