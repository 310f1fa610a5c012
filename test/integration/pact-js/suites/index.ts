/** The suites the compatibility runner runs, by name. */
import type { Suite } from '../suite.ts';
import { consumerV3 } from './consumer-v3.ts';
import { consumerV4 } from './consumer-v4.ts';
import { messages } from './messages.ts';
import { providerVerification } from './provider.ts';

export const suites: Readonly<Record<string, Suite>> = {
  consumerV3,
  consumerV4,
  messages,
  providerVerification,
};
