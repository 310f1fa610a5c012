/**
 * ProviderState {expression, dataType}: a value taken from the provider-state values (provider mode
 * only). A missing key or an impossible conversion leaves the value as it was and is reported; a
 * malformed expression is an invalid parameter.
 */
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { convertToDataType, dataTypeOf } from './data-type.ts';
import { invalidParameter, requiredString } from './parameters.ts';
import {
  type Resolution,
  resolveProviderExpression,
  UnclosedPlaceholderError,
} from './provider-expression.ts';

function resolve(
  generator: Generator,
  expression: string,
  values: Readonly<Record<string, unknown>>,
): Resolution {
  try {
    return resolveProviderExpression(expression, values);
  } catch (error) {
    if (error instanceof UnclosedPlaceholderError)
      throw invalidParameter(generator, 'expression', error.message);
    throw error;
  }
}

/** Produces a ProviderState value. */
export function produceFromProviderState(generator: Generator, context: GeneratorContext): Produced {
  const expression = requiredString(generator, 'expression');
  const dataType = dataTypeOf(generator);
  const values = context.providerState ?? {};
  const resolution = resolve(generator, expression, values);
  if ('missing' in resolution) {
    const known = Object.keys(values).join(', ') || 'none';
    return {
      skipped: `ProviderState generator: no value for '${resolution.missing}' in the provider state (keys: ${known})`,
    };
  }
  return convertToDataType(resolution.value, dataType);
}
