import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Static } from 'typebox';
import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Actor, Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { MANAGE, type CatalogAdminDeps } from '../catalog.admin.ports.ts';
import { presentMedia } from '../catalog.admin.present.ts';
import { catalogAdminRepository as admin } from '../catalog.admin.repository.ts';
import type { AdminMedia } from '../catalog.admin.schemas.ts';
import { CatalogErrors } from '../catalog.errors.ts';
import { IMAGE_EXTENSIONS, inspectImage } from '../catalog.media.rules.ts';
import { catalogRepository as repo } from '../catalog.repository.ts';
import type { MediaRow } from '../catalog.tables.ts';
import { productOrFail } from './admin-products.ts';

type MediaView = Static<typeof AdminMedia>;

/**
 * Adds an uploaded image to a product's gallery. Runs its own transaction: the file is written
 * first (never inside an open transaction, which on the embedded database would hold the only
 * connection during disk I/O), and removed again when the transaction fails. The file's bytes,
 * not the declared content type, decide what it is.
 */
export async function uploadMedia(
  deps: CatalogAdminDeps, actor: Actor, requestId: string, productId: string, bytes: Buffer, options: { colour?: string | undefined; alt?: string | undefined },
): Promise<MediaView> {
  requireStaff(actor, MANAGE);
  const image = inspectImage(bytes);
  if (!image) throw CatalogErrors.not_an_image({ detail: 'Upload a JPEG, PNG or WebP image; its first bytes say what it is.' });
  const id = newId('med');
  const fileName = `${id}.${IMAGE_EXTENSIONS[image.type]}`;
  await mkdir(deps.mediaDir, { recursive: true });
  await writeFile(join(deps.mediaDir, fileName), bytes, { flag: 'wx' });
  try {
    return await deps.runUseCase(actor, requestId, async (ctx) => {
      const product = await productOrFail(ctx, productId, true);
      const now = ctx.clock.now();
      const row: MediaRow = {
        id, product_id: product.id, colour: options.colour ?? null, position: await admin.nextMediaPosition(ctx.tx, product.id), source: 'upload',
        file_name: fileName, recipe: null, content_type: image.type, width: image.width, height: image.height, alt: options.alt ?? null, created_at: now,
      };
      await admin.insertMedia(ctx.tx, row);
      await admin.touchProducts(ctx.tx, [product.id], now);
      await deps.audit.recordAudit(ctx, { action: 'catalog.media_uploaded', subjectType: 'product', subjectId: product.id, detail: { mediaId: id, bytes: bytes.length, type: image.type } });
      return presentMedia(row);
    });
  } catch (error) {
    await rm(join(deps.mediaDir, fileName), { force: true });
    throw error;
  }
}

/** Removes an image from its gallery; an uploaded file is deleted once the removal has committed. */
export async function deleteMedia(deps: CatalogAdminDeps, actor: Actor, requestId: string, mediaId: string): Promise<void> {
  requireStaff(actor, MANAGE);
  const removed = await deps.runUseCase(actor, requestId, async (ctx) => {
    const media = await repo.mediaById(ctx.tx, mediaId);
    if (!media?.product_id) throw CatalogErrors.media_not_found({ detail: `No product image ${mediaId}.` });
    await admin.deleteMedia(ctx.tx, media.id);
    await admin.touchProducts(ctx.tx, [media.product_id], ctx.clock.now());
    await deps.audit.recordAudit(ctx, { action: 'catalog.media_deleted', subjectType: 'product', subjectId: media.product_id, detail: { mediaId: media.id } });
    return media;
  });
  if (removed.file_name) await rm(join(deps.mediaDir, removed.file_name), { force: true });
}

/** A new gallery order: every image of the product, each once, first is the cover. */
export async function reorderMedia(ctx: Ctx, deps: CatalogAdminDeps, productId: string, mediaIds: readonly string[]): Promise<MediaView[]> {
  requireStaff(ctx.actor, MANAGE);
  const product = await productOrFail(ctx, productId, true);
  const current = await repo.mediaOf(ctx.tx, [product.id]);
  const same = mediaIds.length === current.length && new Set(mediaIds).size === mediaIds.length && current.every((m) => mediaIds.includes(m.id));
  if (!same) throw CatalogErrors.media_order_mismatch({ detail: `The product has ${current.length} images.` });
  await admin.setMediaPositions(ctx.tx, mediaIds);
  await admin.touchProducts(ctx.tx, [product.id], ctx.clock.now());
  await deps.audit.recordAudit(ctx, { action: 'catalog.media_reordered', subjectType: 'product', subjectId: product.id, detail: { mediaIds } });
  return (await repo.mediaOf(ctx.tx, [product.id])).map(presentMedia);
}
