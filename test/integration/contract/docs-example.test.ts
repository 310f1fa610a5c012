/**
 * The example of docs/contract-testing.md, run as a test; the page must show it verbatim (with the
 * import from `seam/contract`), so the documentation cannot drift from working code.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

it('the example of docs/contract-testing.md runs and writes the pact', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'seam-docs-'));
  try {
    const { payOrder, orderPaidContract } = await import('./docs-example.ts');
    await payOrder(dir);
    await orderPaidContract(dir);
    const pact = JSON.parse(await readFile(path.join(dir, 'order-service-payment-service.json'), 'utf8'));
    assert.deepEqual(
      pact.interactions.map((i: { description: string }) => i.description),
      ['a payment for order 1042', 'an order-paid event'],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('docs/contract-testing.md shows the example verbatim', async () => {
  const source = await readFile(path.join(path.dirname(here), 'docs-example.ts'), 'utf8');
  const example = source
    .slice(
      source.indexOf('// #region example\n') + '// #region example\n'.length,
      source.indexOf('// #endregion'),
    )
    .replace("'../../../src/contract/index.ts'", "'seam/contract'");
  const page = await readFile(path.join(path.dirname(here), '../../../docs/contract-testing.md'), 'utf8');
  assert.ok(page.includes(example), 'docs/contract-testing.md must contain the region of docs-example.ts');
});
