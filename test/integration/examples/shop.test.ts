/**
 * The example shop end to end: order-service's consumer contracts write the pacts, seam's
 * verifier checks payment-service and inventory-service (HTTP and the stock-event producer)
 * against them, and each break mode fails the interaction it breaks, naming the field.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type ContractRunResult,
  createInventoryMessageProviders,
  createInventoryStateHandlers,
  resolveBreakMode,
  runConsumerContracts,
  type ShopProvider,
  shopProviders,
  startOrderService,
  startPaymentService,
  startShop,
  verifyShopProvider,
} from '../../../examples/shop/index.ts';
import { createInventoryStore } from '../../../examples/shop/inventory-service/inventory-store.ts';
import {
  formatVerificationReport,
  type InteractionResult,
  type VerificationReport,
  verifyProvider,
} from '../../../src/contract/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: pact JSON is read loosely, as a test reads a file.
type Json = Record<string, any>;

let pactDir = '';
let messagesDir = '';
let contracts: ContractRunResult[] = [];

function provider(name: string): ShopProvider {
  const found = shopProviders.find((each) => each.name === name);
  assert.ok(found, `no shop provider ${name}`);
  return found;
}

async function pactJson(name: string): Promise<Json> {
  return JSON.parse(await readFile(path.join(pactDir, `order-service-${name}.json`), 'utf8')) as Json;
}

function interaction(pact: Json, description: string): Json {
  const found = (pact.interactions as Json[]).find((each) => each.description === description);
  assert.ok(found, `no interaction "${description}" in the pact`);
  return found;
}

function result(report: VerificationReport, description: string): InteractionResult {
  const found = report.results.find((each) => each.description === description);
  assert.ok(found, `no result for "${description}"`);
  return found;
}

function failedDescriptions(report: VerificationReport): string[] {
  return report.results.filter((each) => !each.ok).map((each) => each.description);
}

before(async () => {
  pactDir = await mkdtemp(path.join(tmpdir(), 'seam-shop-'));
  messagesDir = await mkdtemp(path.join(tmpdir(), 'seam-shop-messages-'));
  contracts = await runConsumerContracts(pactDir);
});
after(async () => {
  await rm(pactDir, { recursive: true, force: true });
  await rm(messagesDir, { recursive: true, force: true });
});

describe('the shop consumer contracts', () => {
  it('pass every interaction and say which pact file each wrote', () => {
    const outcomes = contracts.flatMap((contract) =>
      contract.interactions.map(
        (each) => `${contract.provider}: ${each.description} ${each.ok ? 'ok' : each.error}`,
      ),
    );
    assert.deepEqual(outcomes, [
      'payment-service: a payment for an order ok',
      'payment-service: a payment that exceeds the balance ok',
      'inventory-service: a reservation for in-stock items ok',
      'inventory-service: a reservation for an out-of-stock item ok',
      'inventory-service: a reservation release ok',
      'inventory-service: a StockReserved event ok',
      'inventory-service: a StockReleased event ok',
    ]);
    assert.ok(contracts.every((contract) => contract.ok));
    assert.equal(contracts[0]?.pactFile, path.join(pactDir, 'order-service-payment-service.json'));
  });

  it('write the payment pact with a bearer-token regex, decimals, fees and the 422 error code', async () => {
    const pact = await pactJson('payment-service');
    assert.deepEqual([pact.consumer.name, pact.provider.name], ['order-service', 'payment-service']);
    assert.equal(pact.metadata.pactSpecification.version, '4.0');
    const pay = interaction(pact, 'a payment for an order');
    assert.deepEqual(pay.providerStates, [
      { name: 'an account with sufficient funds', params: { accountId: 'acc-1' } },
    ]);
    const auth = pay.request.matchingRules.header.Authorization.matchers[0];
    assert.equal(auth.match, 'regex');
    assert.match('Bearer abc.DEF-123', new RegExp(auth.regex));
    assert.doesNotMatch('Basic abc', new RegExp(auth.regex));
    assert.deepEqual(pay.request.matchingRules.body['$.amount'].matchers, [{ match: 'decimal' }]);
    assert.equal(pay.response.status, 201);
    assert.equal(pay.response.body.content.fees, 0.76);
    assert.deepEqual(pay.response.matchingRules.body['$.fees'].matchers, [{ match: 'decimal' }]);
    const refused = interaction(pact, 'a payment that exceeds the balance');
    assert.equal(refused.response.status, 422);
    assert.equal(refused.response.body.content.error.code, 'INSUFFICIENT_FUNDS');
    assert.equal(
      refused.response.matchingRules.body['$.error.code'],
      undefined,
      'the code is matched exactly',
    );
  });

  it('write HTTP and message interactions with inventory-service into one V4 pact', async () => {
    const pact = await pactJson('inventory-service');
    assert.deepEqual(
      (pact.interactions as Json[]).map((each) => `${each.type}: ${each.description}`),
      [
        'Synchronous/HTTP: a reservation for in-stock items',
        'Synchronous/HTTP: a reservation for an out-of-stock item',
        'Synchronous/HTTP: a reservation release',
        'Asynchronous/Messages: a StockReserved event',
        'Asynchronous/Messages: a StockReleased event',
      ],
    );
    const reserve = interaction(pact, 'a reservation for in-stock items');
    const rules = reserve.response.matchingRules.body;
    assert.deepEqual(rules['$.items'].matchers, [{ match: 'type', min: 1 }]);
    assert.deepEqual(rules['$.items[*].quantity'].matchers, [{ match: 'integer' }]);
    assert.equal(rules['$.expiresAt'].matchers[0].match, 'datetime');
    assert.equal(rules['$.expiresAt'].matchers[0].format, "yyyy-MM-dd'T'HH:mm:ss.SSSX");
    assert.deepEqual(reserve.request.matchingRules.body['$.items'].matchers, [{ match: 'type', min: 1 }]);
    const soldOut = interaction(pact, 'a reservation for an out-of-stock item');
    assert.deepEqual(
      [soldOut.response.status, soldOut.response.body.content.error.code],
      [409, 'OUT_OF_STOCK'],
    );
    const reserved = interaction(pact, 'a StockReserved event');
    assert.equal(reserved.contents.content.type, 'StockReserved');
    assert.deepEqual(reserved.metadata, { contentType: 'application/json', topic: 'inventory.stock' });
    assert.deepEqual(reserved.matchingRules.body['$.items[*].quantity'].matchers, [{ match: 'integer' }]);
    const released = interaction(pact, 'a StockReleased event');
    assert.equal(released.matchingRules.body['$.reason'].matchers[0].regex, '^(cancelled|expired)$');
  });
});

describe('the shop providers, verified with verifyProvider', () => {
  for (const name of ['payment-service', 'inventory-service']) {
    it(`${name} honours its pact, with every provider state handled`, async () => {
      const report = await verifyShopProvider(provider(name), { pactDir, breaking: 'none' });
      assert.equal(report.ok, true, formatVerificationReport(report));
      assert.equal(report.summary.total, name === 'payment-service' ? 2 : 5);
      assert.deepEqual(
        report.results.flatMap((each) => each.warnings),
        [],
      );
    });
  }

  it('inventory-service verifies as a message producer on its own, events built by its real code', async () => {
    const pact = await pactJson('inventory-service');
    const messages = {
      ...pact,
      interactions: (pact.interactions as Json[]).filter((each) => each.type !== 'Synchronous/HTTP'),
    };
    // Outside pactDir: the other tests verify every pact in that folder.
    const file = path.join(messagesDir, 'order-service-inventory-service.json');
    await writeFile(file, JSON.stringify(messages));
    const store = createInventoryStore();
    const options = { breaking: 'none' as const, now: () => new Date('2026-03-01T10:00:00Z') };
    const report = await verifyProvider({
      pactFiles: [file],
      stateHandlers: createInventoryStateHandlers(store),
      messageProviders: createInventoryMessageProviders(store, options),
    });
    assert.equal(report.ok, true, formatVerificationReport(report));
    assert.deepEqual(
      report.results.map((each) => `${each.kind} ${each.description}`),
      ['message a StockReserved event', 'message a StockReleased event'],
    );
    const broken = await verifyProvider({
      pactFiles: [file],
      stateHandlers: createInventoryStateHandlers(store),
      messageProviders: createInventoryMessageProviders(store, { ...options, breaking: 'changed-type' }),
    });
    assert.deepEqual(failedDescriptions(broken), ['a StockReserved event', 'a StockReleased event']);
  });

  it('renamed-field: payment-service fails "a payment for an order", missing fees', async () => {
    const report = await verifyShopProvider(provider('payment-service'), {
      pactDir,
      breaking: 'renamed-field',
    });
    assert.deepEqual(failedDescriptions(report), ['a payment for an order']);
    const issues = result(report, 'a payment for an order').issues;
    assert.ok(
      issues.some((issue) => issue.code === 'body' && /fees/.test(issue.message)),
      formatVerificationReport(report),
    );
  });

  it('changed-type: inventory-service fails the reservation and both events on items[0].quantity', async () => {
    const report = await verifyShopProvider(provider('inventory-service'), {
      pactDir,
      breaking: 'changed-type',
    });
    assert.deepEqual(failedDescriptions(report), [
      'a reservation for in-stock items',
      'a StockReserved event',
      'a StockReleased event',
    ]);
    const issue = result(report, 'a reservation for in-stock items').issues[0];
    assert.equal(issue?.path, '$.items[0].quantity');
    // Body mismatches carry the values as JSON text, as the Pact core's mismatches do.
    assert.deepEqual([issue?.expected, issue?.actual], ['2', '"2"']);
    assert.match(issue?.message ?? '', /integer/);
  });

  it('required-field: payment-service answers 400 for the missing currency, failing both payment interactions', async () => {
    const report = await verifyShopProvider(provider('payment-service'), {
      pactDir,
      breaking: 'required-field',
    });
    assert.deepEqual(failedDescriptions(report), [
      'a payment for an order',
      'a payment that exceeds the balance',
    ]);
    const status = result(report, 'a payment for an order').issues.find((issue) => issue.code === 'status');
    assert.deepEqual([status?.expected, status?.actual], [201, 400]);
    const code = result(report, 'a payment that exceeds the balance').issues.find(
      (i) => i.path === '$.error.code',
    );
    assert.equal(code?.actual, '"MISSING_FIELD"');
    // The verifier reports status and body paths, not the provider's error text; the 400 itself names the field.
    await using payments = await startPaymentService({ breaking: 'required-field' });
    const response = await fetch(`${payments.url}/payments`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${payments.apiToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderId: 'o', accountId: 'acc-1', amount: 1.5 }),
    });
    assert.equal(response.status, 400);
    assert.deepEqual(((await response.json()) as Json).error.field, 'currency');
  });

  it('a break mode of one provider leaves the other green', async () => {
    const report = await verifyShopProvider(provider('inventory-service'), {
      pactDir,
      breaking: 'renamed-field',
    });
    assert.equal(report.ok, true, formatVerificationReport(report));
  });
});

describe('the shop running', () => {
  it('places an order: stock reserved, payment captured with fees, the StockReserved event applied', async () => {
    await using shop = await startShop({ breaking: 'none' });
    shop.inventory.store.stock.set('SKU-1', 5);
    shop.payments.store.accounts.set('acc-1', { id: 'acc-1', balance: 100 });
    const response = await fetch(`${shop.orders.url}/orders`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accountId: 'acc-1', amount: 25.5, items: [{ sku: 'SKU-1', quantity: 2 }] }),
    });
    const order = (await response.json()) as Json;
    assert.equal(response.status, 201, JSON.stringify(order));
    assert.equal(order.status, 'CONFIRMED');
    assert.equal(order.payment.fees, 0.76);
    assert.equal(shop.inventory.store.stock.get('SKU-1'), 3);
    assert.equal(shop.payments.store.accounts.get('acc-1')?.balance, 73.74);
    assert.deepEqual(
      shop.inventory.events.map((event) => event.contents.type),
      ['StockReserved'],
    );
    assert.equal(shop.orders.store.orders.get(order.orderId)?.reservation?.status, 'reserved');
  });

  it('declines an order for insufficient funds and puts the stock back (StockReleased)', async () => {
    await using shop = await startShop({ breaking: 'none' });
    shop.inventory.store.stock.set('SKU-1', 5);
    shop.payments.store.accounts.set('acc-2', { id: 'acc-2', balance: 10 });
    const response = await fetch(`${shop.orders.url}/orders`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accountId: 'acc-2', amount: 500.25, items: [{ sku: 'SKU-1', quantity: 2 }] }),
    });
    const body = (await response.json()) as Json;
    assert.equal(response.status, 402);
    assert.deepEqual([body.error.code, body.error.reason], ['PAYMENT_DECLINED', 'INSUFFICIENT_FUNDS']);
    assert.equal(shop.inventory.store.stock.get('SKU-1'), 5);
    assert.deepEqual(
      shop.inventory.events.map((event) => event.contents.type),
      ['StockReserved', 'StockReleased'],
    );
  });

  it('answers 504 when a provider does not answer in time', async () => {
    const silent = http.createServer(() => {});
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      await using orders = await startOrderService({
        paymentUrl: url,
        inventoryUrl: url,
        paymentToken: 't',
        timeoutMs: 100,
      });
      const response = await fetch(`${orders.url}/orders`, {
        method: 'POST',
        body: JSON.stringify({ accountId: 'acc-1', amount: 1.5, items: [{ sku: 'SKU-1', quantity: 1 }] }),
      });
      assert.equal(response.status, 504);
      assert.equal(((await response.json()) as Json).error.code, 'UPSTREAM_TIMEOUT');
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('reads the break mode from SHOP_BREAK, the option winning, and refuses an unknown mode', () => {
    assert.equal(resolveBreakMode(undefined, {}), 'none');
    assert.equal(resolveBreakMode(undefined, { SHOP_BREAK: 'changed-type' }), 'changed-type');
    assert.equal(resolveBreakMode('renamed-field', { SHOP_BREAK: 'changed-type' }), 'renamed-field');
    assert.throws(
      () => resolveBreakMode(undefined, { SHOP_BREAK: 'rename' }),
      /not a break mode; use one of/,
    );
  });
});
