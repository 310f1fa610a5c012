import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { getInteraction, httpPact } from '../../../test/support/sample-pacts.ts';
import { startServeCommand } from '../../../test/support/serve-command.ts';

const pact = (id: string) =>
  JSON.stringify(httpPact([getInteraction(`order ${id}`, `/orders/${id}`)], { specVersion: null }));

// Serves with the flags, PUTs two different pacts for web 1, and answers the second PUT's status.
async function secondPutStatus(flags: readonly string[]): Promise<number> {
  const served = await startServeCommand(['--port', '0', '--data', ':memory:', ...flags]);
  const url = served.url === '' ? assert.fail(served.text()) : served.url;
  const put = (body: string) =>
    fetch(`${url}/pacts/provider/orders/consumer/web/version/1`, {
      method: 'PUT',
      body,
      headers: { 'content-type': 'application/json' },
    });
  assert.equal((await put(pact('7'))).status, 201);
  const { status } = await put(pact('8'));
  assert.equal(await served.stop(), 0);
  return status;
}

describe('seam broker serve and changed pacts', () => {
  afterEach(() => {
    delete process.env.PACT_BROKER_ALLOW_DANGEROUS_CONTRACT_MODIFICATION;
  });

  it('refuses a changed pact for an existing consumer version by default', async () => {
    assert.equal(await secondPutStatus([]), 409);
  });

  it('takes a changed pact with --allow-dangerous-contract-modification', async () => {
    assert.equal(await secondPutStatus(['--allow-dangerous-contract-modification']), 200);
  });

  it('takes a changed pact with PACT_BROKER_ALLOW_DANGEROUS_CONTRACT_MODIFICATION=true, and not with false', async () => {
    process.env.PACT_BROKER_ALLOW_DANGEROUS_CONTRACT_MODIFICATION = 'true';
    assert.equal(await secondPutStatus([]), 200);
    process.env.PACT_BROKER_ALLOW_DANGEROUS_CONTRACT_MODIFICATION = 'false';
    assert.equal(await secondPutStatus([]), 409);
  });
});
