import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conformanceDir } from '../corpus.ts';
import { parseFeature, readFeatures } from './feature-files.ts';

const source = `Feature: Sample

  Background:
    Given the following HTTP interactions have been defined:
      | method | path |
      | GET    | /one |

  @wip
  Scenario: First
    When the request is compared to the expected one
    Then the mismatches will contain a mismatch with error "$.one" -> "Expected \\"a\\""

  Scenario: Second
    Given the generator test mode is set as "Provider"
`;

describe('parseFeature', () => {
  const scenarios = parseFeature('V3/sample', source);

  it('puts the Background steps before each scenario’s own steps', () => {
    assert.deepEqual(
      scenarios.map((scenario) => scenario.steps.map((step) => step.text)),
      [
        [
          'the following HTTP interactions have been defined:',
          'the request is compared to the expected one',
          'the mismatches will contain a mismatch with error "$.one" -> "Expected \\"a\\""',
        ],
        [
          'the following HTTP interactions have been defined:',
          'the generator test mode is set as "Provider"',
        ],
      ],
    );
  });

  it('keeps data tables as rows of cells, and tags and the feature name', () => {
    const [first] = scenarios;
    assert.deepEqual(first?.steps[0]?.table, [
      ['method', 'path'],
      ['GET', '/one'],
    ]);
    assert.deepEqual(first?.tags, ['@wip']);
    assert.equal(first?.feature, 'V3/sample');
    assert.equal(first?.name, 'First');
  });
});

describe('readFeatures', () => {
  it('reads the 190 scenarios of the 20 features of the suite', () => {
    const scenarios = readFeatures(conformanceDir('pact-compatibility-suite', 'features'));
    assert.equal(scenarios.length, 190);
    assert.equal(new Set(scenarios.map((scenario) => scenario.feature)).size, 20);
  });
});
