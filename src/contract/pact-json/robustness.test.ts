/**
 * Garbage in, clear errors out: readPact and validatePact never throw anything but a SeamError
 * (readPact) or nothing at all (validatePact), whatever the input.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSeamError } from '../../core/index.ts';
import { validatePact } from '../validation/validate-pact.ts';
import { readPact } from './read-pact.ts';
import { formatPactJson } from './write-pact.ts';

const anything = fc.jsonValue({ maxDepth: 4 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const rule = fc.oneof(
  anything,
  fc.record(
    {
      match: fc.constantFrom('type', 'regex', 'eachKey', 'arrayContains', 'statusCode', 'datetime', 'nope'),
      regex: maybe(anything),
      min: maybe(anything),
      rules: maybe(anything),
      variants: maybe(anything),
      status: maybe(anything),
    },
    { requiredKeys: [] },
  ),
);
const rules = fc.oneof(
  anything,
  fc.dictionary(
    fc.constantFrom('body', 'header', 'path', 'query', '$.body.a', 'content', 'status'),
    fc.oneof(
      anything,
      fc.record({ matchers: fc.array(rule, { maxLength: 3 }), combine: maybe(anything) }),
      fc.dictionary(fc.string(), fc.record({ matchers: fc.array(rule, { maxLength: 2 }) })),
    ),
  ),
);
const body = fc.oneof(
  anything,
  fc.record(
    {
      content: maybe(anything),
      contentType: maybe(anything),
      encoded: maybe(fc.oneof(fc.boolean(), fc.constantFrom('base64', 'JSON', 'weird'), anything)),
      contentTypeHint: maybe(anything),
    },
    { requiredKeys: [] },
  ),
);
const part = fc.record(
  {
    method: maybe(anything),
    path: maybe(anything),
    query: maybe(anything),
    headers: maybe(anything),
    body: maybe(body),
    status: maybe(anything),
    matchingRules: maybe(rules),
    generators: maybe(anything),
    contents: maybe(body),
    metadata: maybe(anything),
  },
  { requiredKeys: [] },
);
const interaction = fc.oneof(
  anything,
  fc.record(
    {
      type: maybe(
        fc.oneof(
          fc.constantFrom('Synchronous/HTTP', 'Asynchronous/Messages', 'Synchronous/Messages', 'Plugin/X'),
          anything,
        ),
      ),
      description: maybe(anything),
      providerStates: maybe(anything),
      providerState: maybe(anything),
      request: maybe(fc.oneof(part, anything)),
      response: maybe(fc.oneof(part, fc.array(part, { maxLength: 2 }), anything)),
      contents: maybe(body),
      matchingRules: maybe(rules),
      pending: maybe(anything),
      comments: maybe(anything),
    },
    { requiredKeys: [] },
  ),
);
const pactShaped = fc.record(
  {
    consumer: maybe(fc.oneof(fc.record({ name: anything }), anything)),
    provider: maybe(fc.oneof(fc.record({ name: anything }), anything)),
    interactions: maybe(fc.oneof(fc.array(interaction, { maxLength: 3 }), anything)),
    messages: maybe(fc.oneof(fc.array(interaction, { maxLength: 2 }), anything)),
    metadata: maybe(
      fc.oneof(
        fc.record({
          pactSpecification: fc.oneof(
            fc.record({ version: fc.constantFrom('1.0.0', '2.0.0', '3.0.0', '4.0', 'x') }),
            anything,
          ),
        }),
        anything,
      ),
    ),
  },
  { requiredKeys: [] },
);

describe('robustness', () => {
  it('readPact reads or throws a SeamError for any pact-shaped JSON, and what it reads can be written', () => {
    fc.assert(
      fc.property(fc.oneof(pactShaped, anything), (json) => {
        try {
          const pact = readPact(json, 'random.json');
          const spec =
            pact.specVersion === 'V4' ||
            pact.interactions.some((i) => i.kind === 'sync-message' || i.kind === 'other')
              ? 'V4'
              : 'V3';
          formatPactJson(pact, spec);
        } catch (error) {
          assert.ok(isSeamError(error), `unexpected ${String(error)}`);
          assert.match(error.message, /^random\.json: \$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('validatePact never throws and every issue has a JSON path and a message', () => {
    fc.assert(
      fc.property(fc.oneof(pactShaped, anything), (json) => {
        const result = validatePact(json, 'random.json');
        assert.equal(result.ok, result.issues.length === 0);
        for (const issue of result.issues) {
          assert.match(issue.path, /^\$/);
          assert.ok(issue.message.length > 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles 10,000 levels of nesting and huge arrays without a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: [deep] };
    const json = {
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [
        {
          description: 'd',
          request: { method: 'GET', path: '/', body: deep },
          response: { status: 200, body: deep },
        },
      ],
      metadata: deep,
    };
    assert.ok(validatePact(json).ok);
    const pact = readPact(json);
    assert.ok(formatPactJson(pact, 'V4').length > 10_000);
    const many = { ...json, interactions: Array.from({ length: 50_000 }, () => 7), metadata: {} };
    const result = validatePact(many);
    assert.equal(result.issues.length, 50_000);
    assert.throws(() => readPact(many), /\$\.interactions\[0\]: expected an interaction/);
  });
});
