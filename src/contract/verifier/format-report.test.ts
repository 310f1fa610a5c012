import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatVerificationReport } from './format-report.ts';
import { toJUnit } from './junit.ts';
import type { InteractionResult, VerificationReport } from './verification-report.ts';

const base = { consumer: 'web', provider: 'orders', kind: 'http', source: 'pacts/web-orders.json' } as const;
const passed: InteractionResult = {
  ...base,
  description: 'get an order',
  providerStates: [],
  pending: false,
  ok: true,
  issues: [],
  warnings: [],
  durationMs: 3,
};
const failed: InteractionResult = {
  ...passed,
  description: 'pay <an> order',
  providerStates: ['order 1 exists'],
  ok: false,
  issues: [
    {
      code: 'body',
      path: '$.amount',
      expected: '9.99',
      actual: '"9.99"',
      message: 'Expected "9.99" (String) to be a decimal number',
    },
  ],
};
const pendingFailed: InteractionResult = { ...failed, description: 'new thing', pending: true };
const report: VerificationReport = {
  ok: false,
  results: [passed, failed, pendingFailed],
  summary: { total: 3, passed: 1, failed: 1, pendingFailed: 1 },
  warnings: [],
  durationMs: 12,
};

describe('formatVerificationReport', () => {
  it('lists each interaction, then numbered failures with part, path, expected and actual', () => {
    const text = formatVerificationReport(report);
    assert.match(text, /Verifying a pact between web and orders \(pacts\/web-orders.json\)/);
    assert.match(text, /ok +get an order/);
    assert.match(text, /1\) pay <an> order \(given "order 1 exists"\) — web → orders\n/);
    assert.match(text, / {3}1\.1 body \$\.amount: Expected "9\.99" \(String\) to be a decimal number/);
    assert.match(text, /expected: 9\.99\n {7}actual: {3}"9\.99"/);
    assert.match(text, /2\) new thing .*\[pending: does not fail the run\]/);
    assert.match(text, /3 interactions: 1 passed, 1 failed, 1 pending failed/);
  });
});

describe('toJUnit', () => {
  it("shows an interaction's test name and comments under it", () => {
    const commented = {
      ...passed,
      comments: { testName: 'pays an order', text: ['needs a card', 'EUR only'] },
    };
    const text = formatVerificationReport({ ...report, results: [commented] });
    assert.match(text, /Test Name: pays an order\n\s+Comments:\n\s+needs a card\n\s+EUR only/);
  });

  it('writes a suite per pact, a failure per failed case and skipped for pending ones, escaped', () => {
    const xml = toJUnit(report);
    assert.match(xml, /<testsuite name="web → orders" tests="3" failures="1" skipped="1"/);
    assert.match(xml, /<testcase name="pay &lt;an&gt; order given order 1 exists" classname="web.orders"/);
    assert.match(xml, /<failure message="Expected &quot;9.99&quot; \(String\) to be a decimal number">/);
    assert.match(xml, /<skipped message=/);
    assert.match(xml, /<testcase name="get an order" classname="web.orders" time="0.003"\/>/);
  });
});
