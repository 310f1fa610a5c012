/**
 * pact-js's message providers (`messageProviders`, `providerWithMetadata`) as seam's: the
 * descriptor pact-js passes, and the contents and metadata seam expects back.
 */
import type { MessageProvider as SeamMessageProvider } from '../contract/index.ts';
import type { MessageProvider, MessageProviders } from './verifier-options.ts';

interface WithMetadata {
  readonly __pactMessageMetadata: Readonly<Record<string, unknown>>;
  readonly message: unknown;
}

function hasMetadata(value: unknown): value is WithMetadata {
  return typeof value === 'object' && value !== null && '__pactMessageMetadata' in value;
}

/**
 * Wraps a message provider so its message carries `metadata`, as pact-js's helper of that name.
 *
 * @example
 * const providers = { 'an order-paid event': providerWithMetadata(() => ({ id: 1 }), { topic: 'orders' }) };
 */
export function providerWithMetadata(
  provider: MessageProvider,
  metadata: Readonly<Record<string, string>>,
): MessageProvider {
  return async (descriptor) => {
    const message = await provider(descriptor);
    return hasMetadata(message)
      ? { __pactMessageMetadata: { ...message.__pactMessageMetadata, ...metadata }, message }
      : { __pactMessageMetadata: metadata, message };
  };
}

/**
 * seam's message providers for pact-js ones.
 *
 * @example
 * verifyProvider({ pactFiles, messageProviders: toSeamMessageProviders(providers) });
 */
export function toSeamMessageProviders(
  providers: MessageProviders,
  beforeProduce?: (
    states: readonly { readonly name: string; readonly params?: unknown }[],
  ) => Promise<unknown>,
): Record<string, SeamMessageProvider> {
  return Object.fromEntries(
    Object.entries(providers).map(([description, provider]) => [
      description,
      async (context) => {
        await beforeProduce?.(context.providerStates);
        const produced = await provider({
          description: context.description,
          providerStates: context.providerStates,
          ...(context.request === undefined
            ? {}
            : { content: context.request.contents, metadata: context.request.metadata ?? {} }),
        });
        return hasMetadata(produced)
          ? { contents: unwrap(produced.message), metadata: produced.__pactMessageMetadata }
          : { contents: produced };
      },
    ]),
  );
}

// providerWithMetadata applied twice nests the message; the innermost is the contents.
function unwrap(message: unknown): unknown {
  return hasMetadata(message) ? unwrap(message.message) : message;
}
