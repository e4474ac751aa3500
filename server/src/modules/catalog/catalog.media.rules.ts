/** What the shop accepts as a product image, and what it learns from the file's own header. */

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export const IMAGE_TYPES: readonly ImageType[] = ['image/jpeg', 'image/png', 'image/webp'];
export const IMAGE_EXTENSIONS: Record<ImageType, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };
/** Large enough for a 3,000-pixel product photograph, small enough to keep pages light. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export interface ImageInfo {
  type: ImageType;
  width: number;
  height: number;
}

/**
 * The type and pixel size of an image, read from its magic bytes and header; undefined when the
 * bytes are not a JPEG, PNG or WebP whose size can be read. The declared content type is never
 * trusted: a file is what its bytes say.
 */
export function inspectImage(bytes: Uint8Array): ImageInfo | undefined {
  const info = isPng(bytes) ? pngSize(bytes) : isJpeg(bytes) ? jpegSize(bytes) : isWebp(bytes) ? webpSize(bytes) : undefined;
  if (!info || info.width < 1 || info.height < 1) return undefined;
  return info;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (b: Uint8Array) => b.length >= 24 && PNG_SIGNATURE.every((v, i) => b[i] === v);
const isJpeg = (b: Uint8Array) => b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const isWebp = (b: Uint8Array) => b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP';

function ascii(b: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...b.subarray(offset, offset + length));
}

const u16be = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;
const u16le = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u24le = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16);
const u32be = (b: Uint8Array, o: number) => ((b[o]! << 24) >>> 0) + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);

/** PNG: the first chunk is IHDR, width and height as 32-bit big-endian integers. */
function pngSize(b: Uint8Array): ImageInfo | undefined {
  if (ascii(b, 12, 4) !== 'IHDR') return undefined;
  return { type: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
}

/**
 * JPEG: walk the marker segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC,
 * which share the range), whose payload holds the height then the width.
 */
function jpegSize(b: Uint8Array): ImageInfo | undefined {
  let offset = 2;
  while (offset + 9 < b.length) {
    if (b[offset] !== 0xff) return undefined;
    const marker = b[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2; // markers without a length
      continue;
    }
    const length = u16be(b, offset + 2);
    if (length < 2) return undefined;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'image/jpeg', height: u16be(b, offset + 5), width: u16be(b, offset + 7) };
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // image data before any frame header
    offset += 2 + length;
  }
  return undefined;
}

/** WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) first chunk, each with its own layout. */
function webpSize(b: Uint8Array): ImageInfo | undefined {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') {
    // A key frame's start code, then 14-bit width and height (the top two bits are scaling).
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return { type: 'image/webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return undefined;
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { type: 'image/webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return undefined;
}
