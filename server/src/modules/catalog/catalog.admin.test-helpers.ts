import assert from 'node:assert/strict';
import { crc32, deflateSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { signedIn, type Browser } from '../access/access.test-helpers.ts';

/**
 * Test fixtures made the way staff make them: through the backstage API, signed in as the demo
 * catalogue manager.
 */

let sequence = 0;
const unique = () => `${process.pid}${++sequence}`;

export async function catalogueManager(app: FastifyInstance): Promise<Browser> {
  return signedIn(app, 'catalogue@vitrine.localhost');
}

export function expectStatus(response: LightMyRequestResponse, status: number): any {
  assert.equal(response.statusCode, status, `${response.statusCode}: ${response.body}`);
  return response.body ? response.json() : undefined;
}

/** A designer and a category to hang products on. */
export async function designerAndCategory(staff: Browser): Promise<{ designerId: string; categoryId: string; designerSlug: string; categorySlug: string }> {
  const n = unique();
  const designer = expectStatus(await staff.call('POST', '/api/admin/catalog/designers', { name: `Atelier Sorel ${n}`, translations: { en: { story: 'Leather goods cut and stitched by hand.' } } }), 201);
  const category = expectStatus(await staff.call('POST', '/api/admin/catalog/categories', { translations: { en: { name: `Shoulder bags ${n}` } } }), 201);
  return { designerId: designer.id, categoryId: category.id, designerSlug: designer.slug, categorySlug: category.slug };
}

export interface MadeProduct {
  id: string;
  slug: string;
  variantId: string;
  sku: string;
}

/** A draft product with one variant priced in HKD (and stock, when given); published unless told not to. */
export async function productFor(
  staff: Browser,
  refs: { designerId: string; categoryId: string },
  options: { name?: string; hkd?: number; stock?: { locationId: string; onHand: number }[]; publish?: boolean | { publishAt: string } } = {},
): Promise<MadeProduct> {
  const n = unique();
  const product = expectStatus(await staff.call('POST', '/api/admin/catalog/products', {
    designerId: refs.designerId, categoryId: refs.categoryId, originCountry: 'IT',
    translations: { en: { name: options.name ?? `Quilted shoulder bag ${n}`, description: 'Lambskin, quilted in diamonds.' }, 'zh-Hant': { name: '絎縫肩背包' } },
  }), 201);
  const sku = `SB-${n}`;
  const variant = expectStatus(await staff.call('POST', `/api/admin/catalog/products/${product.id}/variants`, { sku, colour: 'black', weightGrams: 800 }), 201);
  expectStatus(await staff.call('PUT', `/api/admin/catalog/variants/${variant.id}/prices`, { prices: [{ currency: 'HKD', amount: options.hkd ?? 1_800_000 }] }), 200);
  if (options.stock) expectStatus(await staff.call('PUT', `/api/admin/catalog/variants/${variant.id}/stock`, { levels: options.stock }), 200);
  if (options.publish !== false) {
    const body = typeof options.publish === 'object' ? options.publish : {};
    expectStatus(await staff.call('POST', `/api/admin/catalog/products/${product.id}/publish`, body), 200);
  }
  return { id: product.id, slug: product.slug, variantId: variant.id, sku };
}

/** A raw-body request (an image or a CSV file) with the staff session. */
export function upload(app: FastifyInstance, staff: Browser, method: 'POST' | 'PUT', url: string, contentType: string, body: Buffer | string) {
  return app.inject({ method, url, payload: body, headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken, 'content-type': contentType } });
}

/** A real, decodable PNG of the given size (black pixels). */
export function pngImage(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const pixels = Buffer.alloc((width * 3 + 1) * height);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
