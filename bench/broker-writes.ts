/**
 * Publishing pacts whose content names the write, and checking afterwards that every acknowledged
 * write is still there: shared by the durability test and `npm run bench broker-durability`.
 */

/** A pact whose single interaction names the write, so its presence can be checked by content. */
export function pactBody(consumer: string, provider: string, id: string): string {
  return JSON.stringify({
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: [
      { description: `write ${id}`, request: { method: 'GET', path: `/w/${id}` }, response: { status: 200 } },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  });
}

/** One acknowledged (2xx) publication. */
export interface Ack {
  readonly consumer: string;
  readonly provider: string;
  readonly version: string;
}

const pactUrl = (base: string, ack: Ack) =>
  `${base}/pacts/provider/${ack.provider}/consumer/${ack.consumer}/version/${ack.version}`;

/** Publishes until `until()` says stop; returns the writes the broker acknowledged with a 2xx. */
export async function publishUntil(base: string, client: number, until: () => boolean): Promise<Ack[]> {
  const acks: Ack[] = [];
  for (let n = 0; !until(); n++) {
    const ack = { consumer: `c${client}`, provider: `p${client % 7}`, version: `${client}.${n}` };
    try {
      const response = await fetch(pactUrl(base, ack), {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: pactBody(ack.consumer, ack.provider, ack.version),
      });
      await response.arrayBuffer();
      if (response.ok) acks.push(ack);
    } catch {
      // Not acknowledged (connection refused or reset): nothing is owed for this write.
      return acks;
    }
  }
  return acks;
}

/** The acknowledged writes the broker does not return with their own content. */
export async function missingWrites(base: string, acks: readonly Ack[]): Promise<Ack[]> {
  const missing: Ack[] = [];
  for (const ack of acks) {
    const response = await fetch(pactUrl(base, ack));
    const text = await response.text();
    if (!response.ok || !text.includes(`write ${ack.version}`)) missing.push(ack);
  }
  return missing;
}
