/** Client of seam's broker-only resources: the compatibility matrix and the figures. */
import type { BrokerFigures } from '../figures/broker-figures.ts';
import type { CompatibilityMatrix } from '../figures/compatibility-matrix.ts';
import { type BrokerConnection, sendToBroker } from './broker-request.ts';

const base = (connection: BrokerConnection) => connection.brokerUrl.replace(/\/+$/, '');

/**
 * The compatibility matrix of a pacticipant, or of the whole system, from a seam broker.
 *
 * @throws SeamError `io` when the broker cannot be reached or does not know the pacticipant.
 * @example
 * const matrix = await fetchCompatibilityMatrix({ brokerUrl }, 'order-service');
 */
export async function fetchCompatibilityMatrix(
  connection: BrokerConnection,
  pacticipant?: string,
): Promise<CompatibilityMatrix> {
  const query = pacticipant === undefined ? '' : `?${new URLSearchParams({ pacticipant })}`;
  return (await sendToBroker(
    connection,
    `${base(connection)}/seam/compatibility-matrix${query}`,
    'GET',
  )) as CompatibilityMatrix;
}

/**
 * The compatibility score and contract stability over the last `days` days, from a seam broker.
 *
 * @throws SeamError `io` when the broker cannot be reached.
 * @example
 * const { stability } = await fetchFigures({ brokerUrl }, 7);
 */
export async function fetchFigures(connection: BrokerConnection, days = 7): Promise<BrokerFigures> {
  return (await sendToBroker(
    connection,
    `${base(connection)}/seam/figures?days=${days}`,
    'GET',
  )) as BrokerFigures;
}
