/**
 * pact-js 17 names seam/pact-js does not implement, exported so a suite that imports them still
 * loads (its other tests run) and the test that uses one fails with a message saying what to do.
 */
import { unsupported } from './unsupported.ts';

function unsupportedClass(name: string, instead: string) {
  return class {
    constructor() {
      throw unsupported(name, instead);
    }
  };
}

/**
 * pact-js's XML builder: not supported; give XML bodies as strings (`xmlBody('<order/>')`).
 *
 * @example
 * new XmlBuilder('1.0', 'UTF-8', 'order'); // throws SeamError 'unsupported'
 */
export const XmlBuilder = unsupportedClass(
  'XmlBuilder',
  'give the XML body as a string: b.xmlBody(\'<order id="1"/>\')',
);

/**
 * pact-js's GraphQL interactions: not supported; write them as HTTP interactions.
 *
 * @example
 * new GraphQLInteraction(); // throws SeamError 'unsupported'
 */
export const GraphQLInteraction = unsupportedClass(
  'GraphQLInteraction',
  'write the GraphQL call as an HTTP interaction: POST with a JSON body { query, variables }',
);

/**
 * pact-js's Apollo GraphQL interaction: not supported (see {@link GraphQLInteraction}).
 *
 * @example
 * new ApolloGraphQLInteraction(); // throws SeamError 'unsupported'
 */
export const ApolloGraphQLInteraction = unsupportedClass(
  'ApolloGraphQLInteraction',
  'write the GraphQL call as an HTTP interaction: POST with a JSON body { query, variables }',
);

/**
 * pact-js's GraphQL consumer DSL: not supported (see {@link GraphQLInteraction}).
 *
 * @example
 * new GraphQLPactV3(); // throws SeamError 'unsupported'
 */
export const GraphQLPactV3 = unsupportedClass(
  'GraphQLPactV3',
  'use PactV3 with a POST interaction whose JSON body is { query, variables }',
);

/**
 * pact-js's V2 mock-service API (`PactV2`, `Interaction`): not supported; use PactV3 or PactV4.
 *
 * @example
 * new PactV2({ consumer: 'web', provider: 'orders' }); // throws SeamError 'unsupported'
 */
export const PactV2 = unsupportedClass('PactV2 (the V2 mock-service API)', 'use PactV3 or PactV4 (Pact)');

/**
 * pact-js's V2 interaction object: not supported; use `PactV3.addInteraction({ … })`.
 *
 * @example
 * new Interaction(); // throws SeamError 'unsupported'
 */
export const Interaction = unsupportedClass(
  'Interaction (the V2 interaction object)',
  'use PactV3.addInteraction',
);
