/**
 * Media type detection from leading "magic" bytes, for the `contentType` matching rule. Covers the
 * common binary formats; text is left to {@link detectTextContentType}.
 */

interface Signature {
  readonly mime: string;
  readonly offset: number;
  readonly bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { mime: 'image/jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/gif', offset: 0, bytes: ascii('GIF8') },
  { mime: 'image/webp', offset: 8, bytes: ascii('WEBP') },
  { mime: 'image/bmp', offset: 0, bytes: ascii('BM') },
  { mime: 'image/tiff', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { mime: 'image/tiff', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { mime: 'image/vnd.microsoft.icon', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { mime: 'application/pdf', offset: 0, bytes: ascii('%PDF') },
  { mime: 'application/zip', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { mime: 'application/zip', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { mime: 'application/zip', offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  { mime: 'application/gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { mime: 'application/x-bzip2', offset: 0, bytes: ascii('BZh') },
  { mime: 'application/x-7z-compressed', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { mime: 'application/vnd.rar', offset: 0, bytes: ascii('Rar!') },
  { mime: 'application/x-tar', offset: 257, bytes: ascii('ustar') },
  { mime: 'application/wasm', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { mime: 'audio/mpeg', offset: 0, bytes: ascii('ID3') },
  { mime: 'audio/ogg', offset: 0, bytes: ascii('OggS') },
  { mime: 'audio/x-wav', offset: 8, bytes: ascii('WAVE') },
  { mime: 'video/mp4', offset: 4, bytes: ascii('ftyp') },
  { mime: 'text/xml', offset: 0, bytes: ascii('<?xml ') },
];

function hasSignature(data: Uint8Array, signature: Signature): boolean {
  if (data.length < signature.offset + signature.bytes.length) return false;
  return signature.bytes.every((byte, i) => data[signature.offset + i] === byte);
}

/**
 * The media type whose signature starts `data`, or `undefined`.
 *
 * @example
 * detectMagicContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])); // 'image/jpeg'
 */
export function detectMagicContentType(data: Uint8Array): string | undefined {
  for (const signature of SIGNATURES) {
    if (hasSignature(data, signature)) return signature.mime;
  }
  return undefined;
}
