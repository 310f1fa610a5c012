/**
 * The `dataType` of a ProviderState generator and the conversions it asks for, as the Rust core's
 * `DataValue::as_json`: STRING, INTEGER, DECIMAL, FLOAT, BOOLEAN, or RAW (the value as it is).
 */
import type { Generator } from '../model.ts';
import type { Produced } from './context.ts';
import { invalidParameter } from './parameters.ts';

/** A ProviderState data type. */
export type DataType = 'STRING' | 'INTEGER' | 'DECIMAL' | 'FLOAT' | 'BOOLEAN' | 'RAW';

const DATA_TYPES: readonly DataType[] = ['STRING', 'INTEGER', 'DECIMAL', 'FLOAT', 'BOOLEAN', 'RAW'];

/** The generator's `dataType` (case-insensitive), RAW when absent. */
export function dataTypeOf(generator: Generator): DataType {
  const raw = generator.dataType;
  if (raw === undefined || raw === null) return 'RAW';
  const upper = typeof raw === 'string' ? raw.toUpperCase() : '';
  const found = DATA_TYPES.find((type) => type === upper);
  if (found === undefined) {
    throw invalidParameter(
      generator,
      'dataType',
      `must be one of ${DATA_TYPES.join(', ')}; got ${JSON.stringify(raw)}`,
    );
  }
  return found;
}

/** A JSON value as text: strings as they are, anything else as JSON (Rust `json_to_string`). */
export function jsonToString(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function toNumber(value: unknown, integer: boolean): number | undefined {
  if (value === null || typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return integer ? Math.trunc(value) : value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (integer && !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function toBoolean(value: unknown): boolean | undefined {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value > 0;
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

function convert(value: unknown, dataType: DataType): unknown {
  switch (dataType) {
    case 'RAW':
      return value;
    case 'STRING':
      return jsonToString(value);
    case 'BOOLEAN':
      return toBoolean(value);
    default:
      return toNumber(value, dataType === 'INTEGER');
  }
}

/** Converts a provider-state value to the data type, or says why it cannot be. */
export function convertToDataType(value: unknown, dataType: DataType): Produced {
  const converted = convert(value, dataType);
  if (converted === undefined) {
    return {
      skipped: `ProviderState generator: ${JSON.stringify(value)} cannot be converted to ${dataType}`,
    };
  }
  return { value: converted };
}
