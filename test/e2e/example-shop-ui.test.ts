/**
 * The example's own data in the broker UI: the contract flow runs over the shop (green, then with
 * payment-service renaming `fees`), and headless Chromium clicks through what it left in the
 * broker — the failed integration, the pact's rules, the matrix, can-i-deploy and the figures.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { shopSystem } from '../../examples/shop/system.ts';
import { type BrokerHandle, startBroker } from '../../src/broker/index.ts';
import { runContractFlow } from '../../src/design/index.ts';
import { chromiumTab, needsChromium } from './support/chromium.ts';

const step = { timeout: 20_000 };

describe("the example shop's run in the broker UI", needsChromium, () => {
  let out = '';
  let broker: BrokerHandle | undefined;
  const chromium = chromiumTab();
  const page = chromium.page;
  const url = (path: string) => `${broker?.url ?? ''}${path}`;
  const main = async () => (await page().locator('main').textContent()) ?? '';

  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'seam-shop-ui-'));
    assert.equal((await runContractFlow(shopSystem({ breaking: 'none' }), { outDir: out })).ok, true);
    assert.equal(
      (await runContractFlow(shopSystem({ breaking: 'renamed-field' }), { outDir: out })).ok,
      false,
    );
    broker = await startBroker({ dataDir: join(out, 'broker') });
    await chromium.open();
  });

  after(async () => {
    await chromium.close();
    await broker?.close();
    if (out !== '') await rm(out, { recursive: true, force: true });
  });

  it('shows the broken integration failed and the other verified on the dashboard', step, async () => {
    await page().goto(url('/ui'));
    const row = (provider: string) => page().locator(`tr[data-integration="order-service → ${provider}"]`);
    assert.match((await row('payment-service').textContent()) ?? '', /failed/);
    assert.match((await row('inventory-service').textContent()) ?? '', /verified/);
  });

  it("shows the payment pact with the Authorization header's regex rule", step, async () => {
    await page().goto(url('/ui/pacticipants/order-service'));
    await page()
      .locator('section[aria-labelledby="as-consumer"] tr', { hasText: 'payment-service' })
      .getByRole('link', { name: 'View pact' })
      .click();
    await page().waitForURL(
      /\/ui\/pacts\/provider\/payment-service\/consumer\/order-service\/version\/1\.0\.0$/,
    );
    const text = await main();
    assert.match(text, /a payment for an order/);
    assert.match(text, /Authorization/i);
    assert.match(text, /regex \^Bearer /);
  });

  it('shows the matrix: 1.0.0 verified, 1.0.1-renamed-field failed', step, async () => {
    await page().goto(url('/ui/matrix?pacticipant=payment-service'));
    const rows = await page().locator('main table tbody tr').allTextContents();
    assert.ok(
      rows.some((text) => /1\.0\.1-renamed-field/.test(text) && /failed/.test(text)),
      rows.join('\n'),
    );
    assert.ok(
      rows.some((text) => /payment-service\s+1\.0\.0\s/.test(text) && /success|verified/.test(text)),
      rows.join('\n'),
    );
  });

  it('answers can-i-deploy for the broken version with the reason', step, async () => {
    await page().goto(url('/ui/can-i-deploy'));
    await page().locator('select[name="pacticipant"]').selectOption('payment-service');
    await page().locator('input[name="version"]').fill('1.0.1-renamed-field');
    await page().locator('select[name="environment"]').selectOption('production');
    await page().getByRole('button', { name: 'Ask' }).click();
    await page().waitForURL(/can-i-deploy\?/);
    const text = await main();
    assert.match(text, /No/);
    assert.match(
      text,
      /The verification for the pact between the version of order-service currently in production \(1\.0\.0\) and version 1\.0\.1-renamed-field of payment-service failed/,
    );
  });

  it('shows the stability of the two runs: 3 of 4 verifications passed', step, async () => {
    await page().goto(url('/ui/figures'));
    const text = await main();
    assert.match(text, /75%/);
    assert.match(text, /3 of 4/);
    assert.equal((await page().locator('svg[aria-label]').count()) > 0, true);
  });
});
