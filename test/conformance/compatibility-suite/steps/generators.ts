/**
 * Generator steps (V3/generators, V4/generators, V3/http_generators): configure a request or response
 * with generators, prepare it for use (apply them), and check what they produced.
 */
import { readGenerators } from '../../../../src/contract/index.ts';
import {
  type GeneratorContext,
  generateRequest,
  generateResponse,
} from '../../../../src/match/generators/index.ts';
import { bodyJson, jsonToString, valueAt } from '../body-values.ts';
import type { Step } from '../feature-files.ts';
import { readJsonCell } from '../fixtures.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { applyBody, firstRecord, onlyCell } from '../tables.ts';
import { assertValueType } from '../value-types.ts';
import { createRequest, createResponse, type World } from '../world.ts';

type Context = Omit<GeneratorContext, 'mode'>;

function generatorContext(world: World, context: Context = {}): GeneratorContext {
  return {
    ...context,
    mode: world.generatorMode,
    onIssue: (issue) => world.generatorIssues.push(issue.message),
  };
}

function issuesNote(world: World): string {
  return world.generatorIssues.length === 0 ? '' : ` (generator issues: ${world.generatorIssues.join('; ')})`;
}

/** The context table of "prepared for use with a "<kind>" context:", as the reference builds it. */
function contextFrom(kind: string, step: Step): Context {
  const json: unknown = JSON.parse(onlyCell(step));
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`Context "${onlyCell(step)}" is not a JSON object`);
  }
  const values = json as Record<string, unknown>;
  if (kind === 'providerState') return { providerState: values };
  if (kind === 'mockServer') {
    if (typeof values.href !== 'string') throw new Error('A mockServer context needs an "href"');
    return { mockServerUrl: values.href };
  }
  throw new Error(`Unknown generator context "${kind}"`);
}

function prepareRequest(world: World, context?: Context): void {
  const generated = generateRequest(world.request, generatorContext(world, context));
  world.generatedRequest = generated;
  world.generatedBody = generated.body;
}

/** The generated body's value at `path`, checked to differ from the configured one. */
function replacedValue(world: World, path: string): unknown {
  const original = valueAt(bodyJson(world.originalBody, 'configured'), path);
  const generated = valueAt(bodyJson(world.generatedBody, 'generated'), path);
  if (generated === undefined)
    throw new Error(`The generated body has no value at ${path}${issuesNote(world)}`);
  if (JSON.stringify(generated) === JSON.stringify(original)) {
    throw new Error(
      `Expected the original value (${JSON.stringify(original)}) to have been replaced${issuesNote(world)}`,
    );
  }
  return generated;
}

function partValues(part: string, headers: unknown, query: unknown): readonly string[] {
  const key = /\[(.*)\]$/.exec(part)?.[1];
  const source = part.startsWith('header[')
    ? headers
    : part.startsWith('queryParameter[')
      ? query
      : undefined;
  if (key === undefined || source === undefined) throw new Error(`Invalid HTTP part: ${part}`);
  const values = (source as Record<string, readonly string[]> | undefined)?.[key];
  if (values === undefined || values.length === 0) throw new Error(`${part} is not set`);
  return values;
}

function assertAllMatch(world: World, what: string, values: readonly string[], pattern: string): void {
  const regex = new RegExp(`^(?:${pattern})$`);
  const bad = values.filter((value) => !regex.test(value));
  if (bad.length > 0) {
    throw new Error(`${what} has values that do not match ${pattern}: ${bad.join(', ')}${issuesNote(world)}`);
  }
}

function generatedRequest(world: World) {
  if (world.generatedRequest === undefined) throw new Error('The request was not prepared for use');
  return world.generatedRequest;
}

function generatedResponse(world: World) {
  if (world.generatedResponse === undefined) throw new Error('The response was not prepared for use');
  return world.generatedResponse;
}

const configureSteps: readonly StepDefinition[] = [
  defineStep('a request configured with the following generators:', (world, _args, step) => {
    const row = firstRecord(step);
    const request = { ...createRequest(), path: '/path/one' };
    if (row.body !== undefined) applyBody(request, row.body);
    if (row.generators !== undefined) request.generators = readGenerators(readJsonCell(row.generators));
    world.request = request;
    world.originalBody = request.body;
  }),
  defineStep('a response configured with the following generators:', (world, _args, step) => {
    const row = firstRecord(step);
    const response = createResponse();
    if (row.body !== undefined) applyBody(response, row.body);
    if (row.generators !== undefined) response.generators = readGenerators(readJsonCell(row.generators));
    world.response = response;
    world.originalBody = response.body;
  }),
  defineStep('the generator test mode is set as {string}', (world, [mode = '']) => {
    world.generatorMode = mode === 'Consumer' ? 'consumer' : 'provider';
  }),
];

const prepareSteps: readonly StepDefinition[] = [
  defineStep('the request is prepared for use', (world) => prepareRequest(world)),
  defineStep('the request is prepared for use with a {string} context:', (world, [kind = ''], step) => {
    prepareRequest(world, contextFrom(kind, step));
  }),
  defineStep('the response is prepared for use', (world) => {
    const generated = generateResponse(world.response, generatorContext(world));
    world.generatedResponse = generated;
    world.generatedBody = generated.body;
  }),
];

const checkSteps: readonly StepDefinition[] = [
  defineStep(
    'the body value for {string} will have been replaced with a(n) {string}',
    (world, [path = '', type = '']) => {
      assertValueType(type, replacedValue(world, path));
    },
  ),
  defineStep(
    'the body value for {string} will have been replaced with {string}',
    (world, [path = '', value = '']) => {
      const generated = jsonToString(replacedValue(world, path));
      if (generated !== value)
        throw new Error(`Expected the value at ${path} to be ${value} but was ${generated}`);
    },
  ),
  defineStep('the request {string} will be set as {string}', (world, [part = '', value = '']) => {
    if (part !== 'path') throw new Error(`Invalid HTTP part: ${part}`);
    const { path } = generatedRequest(world);
    if (path !== value) throw new Error(`Expected path to be ${value} but was ${path}${issuesNote(world)}`);
  }),
  defineStep('the request {string} will match {string}', (world, [part = '', pattern = '']) => {
    const request = generatedRequest(world);
    const values = part === 'path' ? [request.path] : partValues(part, request.headers, request.query);
    assertAllMatch(world, `Request ${part}`, values, pattern);
  }),
  defineStep('the response {string} will not be {string}', (world, [part = '', value = '']) => {
    if (part !== 'status') throw new Error(`Invalid HTTP part: ${part}`);
    const { status } = generatedResponse(world);
    if (status === Number(value)) throw new Error(`Expected status to NOT be ${value} but it was`);
  }),
  defineStep('the response {string} will match {string}', (world, [part = '', pattern = '']) => {
    const response = generatedResponse(world);
    const values =
      part === 'status' ? [String(response.status)] : partValues(part, response.headers, undefined);
    assertAllMatch(world, `Response ${part}`, values, pattern);
  }),
];

export const generatorSteps: readonly StepDefinition[] = [...configureSteps, ...prepareSteps, ...checkSteps];
