import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pngImage } from './catalog.admin.test-helpers.ts';
import { inspectImage } from './catalog.media.rules.ts';

/** The start of a baseline JPEG: SOI, a JFIF APP0 segment, then the frame header with the size. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

function webp(chunk: 'VP8 ' | 'VP8L' | 'VP8X', payload: number[]): Buffer {
  const body = Buffer.concat([Buffer.from('WEBP' + chunk, 'ascii'), Buffer.from([payload.length, 0, 0, 0]), Buffer.from(payload), Buffer.alloc(10)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return Buffer.concat([Buffer.from('RIFF', 'ascii'), size, body]);
}

describe('reading an uploaded image', () => {
  it('reads a PNG’s size from its header', () => {
    assert.deepEqual(inspectImage(pngImage(3, 2)), { type: 'image/png', width: 3, height: 2 });
  });

  it('reads a JPEG’s size from its frame header, past the other segments', () => {
    assert.deepEqual(inspectImage(jpegHeader(1200, 1500)), { type: 'image/jpeg', width: 1200, height: 1500 });
  });

  it('reads the three kinds of WebP', () => {
    assert.deepEqual(inspectImage(webp('VP8X', [0, 0, 0, 0, 0x1f, 0x03, 0x00, 0x57, 0x04, 0x00])), { type: 'image/webp', width: 800, height: 1112 });
    // Lossless: 14 bits of width − 1, then 14 bits of height − 1, after the 0x2f signature.
    const bits = (640 - 1) | ((480 - 1) << 14);
    assert.deepEqual(inspectImage(webp('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff])), { type: 'image/webp', width: 640, height: 480 });
    assert.deepEqual(inspectImage(webp('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x20, 0x03, 0x58, 0x02])), { type: 'image/webp', width: 800, height: 600 });
  });

  it('refuses what is not an image, whatever it claims', () => {
    assert.equal(inspectImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), undefined);
    assert.equal(inspectImage(Buffer.from('GIF89a\x01\x00\x01\x00')), undefined);
    assert.equal(inspectImage(pngImage(3, 2).subarray(0, 12)), undefined);
    assert.equal(inspectImage(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0, 0, 0, 0, 0, 0])), undefined);
  });
});
