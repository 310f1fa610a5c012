/**
 * The broker's web UI in a real browser: headless Chromium (Debian's `chromium` package) driven by
 * playwright-core clicks through the example shop's data and checks what each page shows.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrokerHandle, startBroker } from '../../src/broker/index.ts';
import { chromiumTab, needsChromium } from './support/chromium.ts';
import { hostileName, seedShop } from './support/seed-shop.ts';

const step = { timeout: 15_000 };

describe('broker web UI in Chromium', needsChromium, () => {
  let dataDir = '';
  let broker: BrokerHandle | undefined;
  const chromium = chromiumTab({ launchTimeoutMs: 15_000 });
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const policyViolations: string[] = [];

  const page = chromium.page;
  const url = (path: string) => `${broker?.url ?? ''}${path}`;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'seam-broker-ui-'));
    broker = await startBroker({ dataDir });
    await seedShop(broker.store);
    const tab = await chromium.open();
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
    tab.on('request', (request) => {
      if (!request.url().startsWith(broker?.url ?? '') && !request.url().startsWith('data:'))
        foreignRequests.push(request.url());
    });
  });

  after(async () => {
    await chromium.close();
    await broker?.close();
    if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
  });

  it('sends a browser from / to the dashboard, and API clients still get the HAL index', step, async () => {
    const hal = await fetch(url('/'), { headers: { accept: 'application/hal+json' } });
    assert.equal(hal.status, 200);
    assert.match(hal.headers.get('content-type') ?? '', /application\/hal\+json/);
    assert.ok(((await hal.json()) as { _links: Record<string, unknown> })._links['pb:pacticipants']);
    const plain = await fetch(url('/'));
    assert.match(plain.headers.get('content-type') ?? '', /application\/hal\+json/);
    await plain.body?.cancel();
    const redirect = await fetch(url('/'), {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      redirect: 'manual',
    });
    assert.equal(redirect.status, 303);
    assert.equal(redirect.headers.get('location'), '/ui');

    await page().goto(url('/'));
    assert.equal(new URL(page().url()).pathname, '/ui');
    assert.equal(await page().locator('h1').textContent(), 'Dashboard');
    const stylesheet = await fetch(url('/ui/assets/style.css'));
    assert.match(stylesheet.headers.get('content-type') ?? '', /text\/css/);
    await stylesheet.body?.cancel();
  });

  it('shows the integrations with their status and badges, and what is deployed', step, async () => {
    const row = (consumer: string, provider: string) =>
      page().locator(`tr[data-integration="${consumer} → ${provider}"]`);
    assert.match((await row('order-service', 'payment-service').textContent()) ?? '', /verified/);
    assert.match((await row('order-service', 'inventory-service').textContent()) ?? '', /failed/);
    const badge = row('order-service', 'inventory-service').locator('img');
    await badge.waitFor();
    assert.equal(
      await badge.evaluate((img) => {
        // The tsconfig has no DOM types: the element is an HTMLImageElement in the page.
        const image = img as unknown as { complete: boolean; naturalWidth: number };
        return image.complete && image.naturalWidth > 0;
      }),
      true,
    );
    const production = page().locator('section[data-environment="production"]');
    const deployed = (await production.locator('tbody').textContent()) ?? '';
    for (const name of ['order-service', 'payment-service', 'inventory-service'])
      assert.match(deployed, new RegExp(name));
  });

  it('opens a pacticipant with its versions, branch, tags and environments', step, async () => {
    await page()
      .locator('#pacticipants + ul')
      .getByRole('link', { name: 'order-service', exact: true })
      .click();
    await page().waitForURL(/\/ui\/pacticipants\/order-service$/);
    assert.equal(await page().locator('h1').textContent(), 'order-service');
    const version = page().locator('section[aria-labelledby="versions"] tbody tr').first();
    const cells = await version.locator('td').allTextContents();
    assert.deepEqual(cells.slice(0, 4), ['1.0.0', 'main', 'release-1', 'production']);
    const pacts = (await page().locator('section[aria-labelledby="as-consumer"] tbody').textContent()) ?? '';
    assert.match(pacts, /inventory-service/);
    assert.match(pacts, /payment-service/);
  });

  it(
    'shows a V4 pact interaction by interaction, with matching rules next to their paths',
    step,
    async () => {
      await page()
        .locator('section[aria-labelledby="as-consumer"] tr', { hasText: 'inventory-service' })
        .getByRole('link', { name: 'View pact' })
        .click();
      await page().waitForURL(
        /\/ui\/pacts\/provider\/inventory-service\/consumer\/order-service\/version\/1\.0\.0$/,
      );
      assert.equal(await page().locator('article.interaction').count(), 4);
      const event = page().locator('article[data-interaction="a stock-depleted event"]');
      assert.match((await event.locator('h3').textContent()) ?? '', /asynchronous message/);
      assert.match((await event.textContent()) ?? '', /SKU-2 has just sold out/);
      const skuRule = event.locator('tr[data-rule-path="$.sku"]');
      assert.deepEqual(await skuRule.locator('td').allTextContents(), [
        'contents',
        '$.sku',
        'regex ^SKU-\\d+$',
        'none',
      ]);
      const generated = event.locator('tr[data-rule-path="$.occurredAt"] td').nth(3);
      assert.match((await generated.textContent()) ?? '', /DateTime/);
      const http = page().locator('article[data-interaction="a request for the stock of two products"]');
      assert.match((await http.textContent()) ?? '', /GET \/stock\?sku=SKU-1&sku=SKU-2/);
      assert.match(
        (await http.locator('tr[data-rule-path="$.items"]').textContent()) ?? '',
        /type, at least 1/,
      );
    },
  );

  it('shows the matrix filtered by a pacticipant, with the failed verification as failed', step, async () => {
    await page().getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
    await page().waitForURL(/\/ui\/matrix$/);
    await page().getByLabel('Pacticipant').selectOption('inventory-service');
    await page().getByRole('button', { name: 'Filter' }).click();
    await page().waitForURL(/pacticipant=inventory-service/);
    const rows = page().locator('table.matrix tbody tr');
    assert.equal(await rows.count(), 1);
    assert.deepEqual((await rows.first().locator('td').allTextContents()).slice(0, 5), [
      'order-service',
      '1.0.0',
      'inventory-service',
      '3.0.0',
      'failed',
    ]);
  });

  it('draws the network: a node per pacticipant, an edge per integration with its status', step, async () => {
    await page().getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
    await page().waitForURL(/\/ui\/network$/);
    const svg = page().locator('svg.network');
    assert.match((await svg.getAttribute('aria-label')) ?? '', /4 pacticipants and 3 integrations/);
    assert.equal(await svg.locator('g.node').count(), 4);
    const edge = (provider: string) =>
      svg.locator(`g.edge-group[data-consumer="order-service"][data-provider="${provider}"]`);
    assert.equal(await edge('inventory-service').getAttribute('data-status'), 'failed');
    assert.equal(await edge('payment-service').getAttribute('data-status'), 'verified');
    assert.equal(await edge('payment-service').locator('text').textContent(), 'verified');
    const box = await svg.locator('g.node[data-name="order-service"] rect').boundingBox();
    const target = await svg.locator('g.node[data-name="payment-service"] rect').boundingBox();
    assert.ok(
      box !== null && target !== null && box.x < target.x,
      'a consumer is drawn left of its provider',
    );
    await svg.locator('g.node[data-name="payment-service"]').click();
    await page().waitForURL(/\/ui\/pacticipants\/payment-service$/);
  });

  it('answers can-i-deploy from the form, with the reasons', step, async () => {
    await page()
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Can I deploy?' })
      .click();
    await page().waitForURL(/\/ui\/can-i-deploy$/);
    await page().getByLabel('Pacticipant').selectOption('order-service');
    await page().getByLabel('Version').fill('1.0.0');
    await page().getByLabel('Environment').selectOption('production');
    await page().getByRole('button', { name: 'Ask' }).click();
    await page().waitForURL(/environment=production/);
    assert.equal(
      await page().locator('#verdict').textContent(),
      'No: order-service 1.0.0 cannot be deployed to production.',
    );
    const failed = page().locator('ul.reasons li[data-outcome="failed"]');
    assert.equal(
      await failed.textContent(),
      'failed The verification for the pact between version 1.0.0 of order-service and the version of inventory-service currently in production (3.0.0) failed',
    );

    await page().getByLabel('Pacticipant').selectOption('payment-service');
    await page().getByLabel('Version').fill('2.0.0');
    await page().getByRole('button', { name: 'Ask' }).click();
    await page().waitForURL(/pacticipant=payment-service/);
    assert.equal(
      await page().locator('#verdict').textContent(),
      'Yes: payment-service 2.0.0 can be deployed to production.',
    );
  });

  it('shows the compatibility score per environment and the stability chart', step, async () => {
    await page().getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Figures' }).click();
    await page().waitForURL(/\/ui\/figures$/);
    assert.equal(await page().locator('[data-figure="compatibility"]').textContent(), '50%');
    const production = page().locator('tr[data-environment="production"] td');
    assert.deepEqual(await production.allTextContents(), ['50%', '1 of 2']);
    assert.equal(await page().locator('[data-figure="stability"]').textContent(), '50%');
    const chart = page().locator('figure svg.chart');
    assert.match((await chart.getAttribute('aria-label')) ?? '', /1 of 2 passed/);
    assert.equal(await chart.locator('g.day').count(), 7);
    const today = chart.locator('g.day[data-total="2"]');
    assert.equal(await today.locator('rect.bar-passed').count(), 1);
    assert.equal(await today.locator('rect.bar-failed').count(), 1);
    const pair = page().locator('tr[data-pair="order-service → inventory-service"] td');
    assert.deepEqual((await pair.allTextContents()).slice(0, 5), [
      'order-service',
      'inventory-service',
      '0 of 1',
      '0%',
      'new',
    ]);
    await page().locator('select[name="days"]').selectOption('30');
    await page().getByRole('button', { name: 'Show' }).click();
    await page().waitForURL(/days=30/);
    assert.equal(await page().locator('figure svg.chart g.day').count(), 30);
  });

  it('shows a hostile pacticipant name and pact as text, never as markup', step, async () => {
    await page().goto(url('/ui'));
    await page().locator('#pacticipants + ul').getByRole('link', { name: hostileName }).click();
    await page().waitForURL(/\/ui\/pacticipants\/%3Cimg/);
    assert.equal(await page().locator('h1').textContent(), hostileName);
    assert.equal(
      await page().locator('section[aria-labelledby="versions"] tbody td').nth(1).textContent(),
      '<b>feature</b>',
    );
    await page().getByRole('link', { name: 'View pact' }).click();
    await page().waitForURL(/\/ui\/pacts\/provider\/payment-service\/consumer\/%3Cimg/);
    const interaction = page().locator('article.interaction');
    assert.equal(await interaction.locator('h3').textContent(), '<script>alert(2)</script> a refundHTTP');
    assert.match(
      (await interaction.locator('pre').textContent()) ?? '',
      /<\/pre><img src=x onerror=alert\(3\)>/,
    );
    assert.match((await interaction.locator('tr[data-rule-path="$.id"]').textContent()) ?? '', /type/);
    assert.equal(await page().locator('main img[src="x"], main script, main b').count(), 0);
    await page().goto(url('/ui/network'));
    assert.equal(await page().locator(`svg.network g.node[data-name="${hostileName}"]`).count(), 1);
    assert.equal(await page().locator('svg img, svg script').count(), 0);
    assert.deepEqual(dialogs, [], 'no script from the data ran');
  });

  it('loaded nothing from outside the broker and raised no page errors', step, () => {
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(pageErrors, []);
  });

  it(
    'renders every page under its Content-Security-Policy: the stylesheet applies, nothing is refused',
    step,
    async () => {
      const response = await page().goto(url('/ui'));
      assert.match((await response?.allHeaders())?.['content-security-policy'] ?? '', /default-src 'none'/);
      const styled = await page().evaluate(
        // The tsconfig has no DOM types: `document` is the page's.
        () =>
          (globalThis as unknown as { document: { styleSheets: { length: number } } }).document.styleSheets
            .length,
      );
      assert.equal(styled, 1);
      assert.deepEqual(policyViolations, []);
    },
  );
});
