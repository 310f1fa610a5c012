import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMockServerReport } from './format-mock-server-report.ts';

describe('formatMockServerReport', () => {
  it('summarises an ok result in one line', () => {
    assert.equal(
      formatMockServerReport({ ok: true, issues: [], matched: 2 }),
      'Mock server: all interactions requested, 2 requests matched.',
    );
  });

  it('shows the closest interaction and each mismatch once, with its part, path, expected and actual values', () => {
    const report = formatMockServerReport({
      ok: false,
      matched: 1,
      issues: [
        {
          code: 'mismatch',
          interaction: 'pay order',
          request: { method: 'POST', path: '/payments' },
          expected: 3,
          mismatches: [
            {
              code: 'body',
              path: '$.amount',
              expected: '59.9',
              actual: '"9.99"',
              message: "Expected '9.99' (String) to be a decimal number",
            },
            { code: 'header', path: 'Accept', expected: 'application/json', actual: '', message: 'missing' },
          ],
        },
        {
          code: 'unexpected',
          request: { method: 'GET', path: '/nope', query: 'a=1' },
          expected: 3,
          closest: {
            interaction: 'get order',
            mismatches: [
              { code: 'path', path: '$', expected: '/orders/1', actual: '/nope', message: 'differs' },
            ],
          },
        },
        { code: 'unexpected', request: { method: 'GET', path: '/x' }, expected: 0 },
        { code: 'missing', interaction: 'get order', request: { method: 'GET', path: '/orders/1' } },
      ],
    });
    assert.equal(
      report,
      [
        'Mock server: 4 problems, 1 request matched.',
        '1. No interaction matched POST /payments (3 expected). Closest: "pay order", 2 differences:',
        `     body $.amount: expected 59.9, got "9.99" — Expected '9.99' (String) to be a decimal number`,
        '     header Accept: expected application/json, got (nothing) — missing',
        '2. No interaction matched GET /nope?a=1 (3 expected). Closest: "get order" — path: expected /orders/1, got /nope — differs',
        '3. No interaction matched GET /x (0 expected).',
        '4. Missing request: "get order" (GET /orders/1) was never received.',
      ].join('\n'),
    );
  });
});
