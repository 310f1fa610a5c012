/**
 * The state one scenario's steps share. Defaults follow the Rust reference's worlds: a request is
 * `GET /` with no query, headers or body; a response is `200` with no body; generators run in
 * consumer mode until a step says otherwise.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HttpInteraction } from '../../../src/contract/index.ts';
import type {
  Body,
  HttpRequest,
  HttpResponse,
  MatchResult,
  Mismatch,
  SpecVersion,
} from '../../../src/match/model.ts';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface World {
  /** The specification the feature belongs to (`V3/…` → V3), used to read rules and to match. */
  readonly spec: SpecVersion;
  expectedRequest: Mutable<HttpRequest>;
  receivedRequests: HttpRequest[];
  requestResults: MatchResult[];
  expectedResponse: Mutable<HttpResponse>;
  receivedResponses: HttpResponse[];
  responseMismatches: Mismatch[];
  /** The request or response generators are applied to, its body as configured, and the outcome. */
  request: Mutable<HttpRequest>;
  response: Mutable<HttpResponse>;
  originalBody: Body;
  generatedRequest: HttpRequest | undefined;
  generatedResponse: HttpResponse | undefined;
  generatedBody: Body | undefined;
  generatorMode: 'consumer' | 'provider';
  /** What the generators reported they could not produce, for failure messages. */
  generatorIssues: string[];
  /** The interactions of "the following HTTP interactions have been defined:", numbered from 1. */
  interactions: HttpInteraction[];
  /** This scenario's temporary folder for pact files, once a step asked for it. */
  dir: string | undefined;
  /** Run when the scenario ends, pass or fail, last registered first: servers, temporary folders. */
  readonly cleanups: (() => Promise<void> | void)[];
}

export function createRequest(): Mutable<HttpRequest> {
  return { method: 'GET', path: '/', body: { state: 'missing' } };
}

export function createResponse(): Mutable<HttpResponse> {
  return { status: 200, body: { state: 'missing' } };
}

/** A fresh world for a scenario of `feature` (`V3/matching_rules`). */
export function createWorld(feature: string): World {
  return {
    spec: specOf(feature),
    expectedRequest: createRequest(),
    receivedRequests: [],
    requestResults: [],
    expectedResponse: createResponse(),
    receivedResponses: [],
    responseMismatches: [],
    request: createRequest(),
    response: createResponse(),
    originalBody: { state: 'missing' },
    generatedRequest: undefined,
    generatedResponse: undefined,
    generatedBody: undefined,
    generatorMode: 'consumer',
    generatorIssues: [],
    interactions: [],
    dir: undefined,
    cleanups: [],
  };
}

/** A temporary folder for this scenario's pact files, removed when the scenario ends. */
export async function scenarioDir(world: World): Promise<string> {
  if (world.dir !== undefined) return world.dir;
  const dir = await mkdtemp(path.join(tmpdir(), 'seam-compat-'));
  world.dir = dir;
  world.cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the cleanups of a finished scenario; the first failure is rethrown after all have run. */
export async function disposeWorld(world: World): Promise<void> {
  const errors: unknown[] = [];
  for (const cleanup of world.cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
}

function specOf(feature: string): SpecVersion {
  const version = feature.split('/')[0];
  if (version === 'V1' || version === 'V2' || version === 'V3' || version === 'V4') return version;
  throw new Error(`Feature ${feature} is not under V1..V4`);
}
