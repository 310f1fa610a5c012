/** Byte helpers for bodies: UTF-8 and strict base64, without throwing. */

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 bytes of a string.
 *
 * @example
 * utf8Bytes('hé').length; // 3
 */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * The string the bytes spell in UTF-8, or undefined when they are not valid UTF-8.
 *
 * @example
 * utf8Text(new Uint8Array([104, 105])); // 'hi'
 */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes standard padded base64; undefined when the text is not exactly that.
 *
 * @example
 * decodeBase64('aGk='); // Uint8Array [104, 105]
 * decodeBase64('not base64!'); // undefined
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/**
 * Standard padded base64 of the bytes.
 *
 * @example
 * encodeBase64(new Uint8Array([104, 105])); // 'aGk='
 */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
