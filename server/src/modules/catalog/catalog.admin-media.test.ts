import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { signedIn } from '../access/access.test-helpers.ts';
import { catalogueManager, designerAndCategory, expectStatus, pngImage, productFor, upload } from './catalog.admin.test-helpers.ts';
import { seedLocations } from './catalog.test-helpers.ts';

const app = await testApp({ env: { DEMO_PRODUCTS: '0' } });
await seedLocations(app);
const staff = await catalogueManager(app);
const product = await productFor(staff, await designerAndCategory(staff));
const mediaUrl = `/api/admin/catalog/products/${product.id}/media`;

describe('product images uploaded by staff', () => {
  it('stores an image, reads its size, and serves it to the storefront for a year', async () => {
    const image = pngImage(4, 5);
    const uploaded = expectStatus(await upload(app, staff, 'POST', `${mediaUrl}?colour=black&alt=${encodeURIComponent('The bag, front')}`, 'image/png', image), 201);
    assert.deepEqual([uploaded.width, uploaded.height, uploaded.colour, uploaded.alt], [4, 5, 'black', 'The bag, front']);
    assert.match(uploaded.url, /^\/media\/med_[0-9a-z]+\.png$/);

    const served = await app.inject({ url: uploaded.url });
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], 'image/png');
    assert.match(String(served.headers['cache-control']), /max-age=31536000/);
    assert.deepEqual(served.rawPayload, image);
    const page = expectStatus(await app.inject({ url: `/api/catalog/products/${product.slug}` }), 200);
    assert.deepEqual(page.images.map((i: { url: string }) => i.url), [uploaded.url]);
  });

  it('rejects a file that is not an image, whatever its content type says', async () => {
    const disguised = await upload(app, staff, 'POST', mediaUrl, 'image/png', Buffer.from('<script>alert(1)</script>'));
    assert.equal(expectStatus(disguised, 415).code, 'catalog.not_an_image');
    const text = await upload(app, staff, 'POST', mediaUrl, 'text/plain', 'hello');
    assert.equal(text.statusCode, 415);
  });

  it('refuses an image over 5 MB', async () => {
    const huge = Buffer.concat([pngImage(1, 1), Buffer.alloc(5 * 1024 * 1024)]);
    assert.equal(expectStatus(await upload(app, staff, 'POST', mediaUrl, 'image/png', huge), 413).code, 'request.payload_too_large');
  });

  it('reorders the gallery and removes an image with its file', async () => {
    const first = expectStatus(await upload(app, staff, 'POST', mediaUrl, 'image/png', pngImage(2, 2)), 201);
    const second = expectStatus(await upload(app, staff, 'POST', mediaUrl, 'image/png', pngImage(3, 3)), 201);
    const all = expectStatus(await staff.call('GET', `/api/admin/catalog/products/${product.id}`), 200).media.map((m: { id: string }) => m.id);
    const reversed = [...all].reverse();
    const ordered = expectStatus(await staff.call('PUT', `${mediaUrl}/order`, { mediaIds: reversed }), 200);
    assert.deepEqual(ordered.map((m: { id: string }) => m.id), reversed);
    assert.equal(expectStatus(await staff.call('PUT', `${mediaUrl}/order`, { mediaIds: [first.id] }), 422).code, 'catalog.media_order_mismatch');

    expectStatus(await staff.call('DELETE', `/api/admin/catalog/media/${second.id}`), 204);
    assert.equal((await app.inject({ url: second.url })).statusCode, 404);
    assert.equal((await app.inject({ url: first.url })).statusCode, 200);
  });

  it('refuses uploads from a role without catalog.manage before reading them', async () => {
    const service = await signedIn(app, 'service@vitrine.localhost');
    const refused = await upload(app, service, 'POST', mediaUrl, 'image/png', pngImage(2, 2));
    assert.equal(expectStatus(refused, 403).code, 'request.forbidden');
  });
});
