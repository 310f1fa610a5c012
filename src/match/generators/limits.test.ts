import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import RandExpModule from 'randexp';
import { encodeUtf8, isSeamError } from '../../core/index.ts';
import { generateRequest } from './apply-to-request.ts';
import { generateResponse } from './apply-to-response.ts';
import { generateValue } from './generate-value.ts';
import { longestRegexOutput, maxGeneratedLength } from './limits.ts';
import { createSeededRandom } from './seeded-random.ts';

const RandExp = RandExpModule as unknown as typeof RandExpModule.default;
const context = { mode: 'consumer' as const, random: createSeededRandom(3) };
const overLimit = (error: unknown) =>
  isSeamError(error, 'generator-limit') && error.message.includes(String(maxGeneratedLength));

describe('generator limits', () => {
  it('refuses a RandomString, RandomDecimal or RandomHexadecimal longer than the limit', () => {
    const over = maxGeneratedLength + 1;
    assert.throws(() => generateValue({ type: 'RandomString', size: over }, context), overLimit);
    assert.throws(() => generateValue({ type: 'RandomString', size: 1e12 }, context), overLimit);
    assert.throws(() => generateValue({ type: 'RandomDecimal', digits: over }, context, 1), overLimit);
    assert.throws(() => generateValue({ type: 'RandomHexadecimal', digits: '1e15' }, context), overLimit);
    assert.throws(() => generateValue({ type: 'RandomHexadecimal', digits: over }, context), overLimit);
  });

  it('refuses a Regex whose bounded repeats could produce more than the limit', () => {
    for (const regex of [
      'a{100000000}',
      'a{1048577}',
      '(ab{1024}){1024}',
      '[0-9]{2,2000000}',
      '(x{2000}){3}\\1{1000}',
    ])
      assert.throws(() => generateValue({ type: 'Regex', regex }, context), overLimit, regex);
  });

  it('still generates from regexes under the limit', () => {
    assert.equal(generateValue({ type: 'Regex', regex: 'a{1000}' }, context), 'a'.repeat(1000));
    assert.equal(String(generateValue({ type: 'RandomString', size: 5000 }, context)).length, 5000);
  });

  it('counts the longest output of a regex, unbounded repeats as 20 more', () => {
    const longest = (regex: string) =>
      longestRegexOutput((new RandExp(regex) as unknown as { tokens: unknown }).tokens);
    assert.equal(longest('a{3}(b|cd)*'), 3 + 20 * 2);
    assert.equal(longest('(a{2})\\1'), 4);
    assert.equal(longest('x(?=y{5})'), 1);
    assert.equal(longest('a{99999999}{99999999}'), maxGeneratedLength + 1);
  });

  it('makes an over-limit generator an error of the whole request or response, not a value left as it was', () => {
    const request = {
      method: 'GET',
      path: '/',
      body: { state: 'missing' as const },
      generators: { path: { $: { type: 'RandomString' as const, size: 1e12 } } },
    };
    assert.throws(() => generateRequest(request, { mode: 'provider' }), overLimit);
    const response = {
      status: 200,
      body: { state: 'present' as const, content: encodeUtf8('{"a":"x"}'), contentType: 'application/json' },
      generators: { body: { '$.a': { type: 'Regex' as const, regex: 'a{100000000}' } } },
    };
    assert.throws(() => generateResponse(response, { mode: 'consumer' }), overLimit);
  });

  it('bounds the total one request, response or message generates, for one generator matching many values', () => {
    const items = Array.from({ length: 40 }, () => 'x');
    const response = {
      status: 200,
      body: {
        state: 'present' as const,
        content: encodeUtf8(JSON.stringify(items)),
        contentType: 'application/json',
      },
      generators: { body: { '$[*]': { type: 'RandomString' as const, size: maxGeneratedLength } } },
    };
    assert.throws(
      () => generateResponse(response, { mode: 'consumer' }),
      (error: unknown) => isSeamError(error, 'generator-limit') && /in all/.test(error.message),
    );
    const few = { ...response, body: { ...response.body, content: encodeUtf8('["x","y"]') } };
    assert.equal(
      JSON.parse(
        new TextDecoder().decode(
          (generateResponse(few, { mode: 'consumer' }).body as { content: Uint8Array }).content,
        ),
      ).length,
      2,
    );
  });
});
