/** UTF-8 decoding for bodies: strict when the answer matters, lossy when it is only shown. */

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * Decodes UTF-8, or `undefined` when the bytes are not valid UTF-8.
 *
 * @example
 * decodeUtf8(new Uint8Array([0x68, 0x69])); // 'hi'
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes UTF-8, replacing invalid sequences with U+FFFD.
 *
 * @example
 * decodeUtf8Lossy(new Uint8Array([0xff])); // '\uFFFD'
 */
export function decodeUtf8Lossy(bytes: Uint8Array): string {
  return lossyDecoder.decode(bytes);
}

/**
 * Encodes text as UTF-8 bytes.
 *
 * @example
 * encodeUtf8('hi'); // Uint8Array [0x68, 0x69]
 */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}
