import type { Static } from 'typebox';
import { requireStaff } from '../../../kernel/auth/guards.ts';
import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { isValidGtin } from '../catalog.admin.rules.ts';
import { MANAGE, type CatalogAdminDeps } from '../catalog.admin.ports.ts';
import { presentVariants } from '../catalog.admin.present.ts';
import { catalogAdminRepository as admin } from '../catalog.admin.repository.ts';
import type { AdminVariant, PricesBody, StockBody, VariantCreateBody, VariantPatchBody } from '../catalog.admin.schemas.ts';
import { CatalogErrors } from '../catalog.errors.ts';
import type { VariantRow } from '../catalog.tables.ts';
import { productOrFail } from './admin-products.ts';

type VariantView = Static<typeof AdminVariant>;

/** A new variant of a product: its own SKU, optional GTIN, options and shipping weight. */
export async function addVariant(ctx: Ctx, deps: CatalogAdminDeps, productId: string, body: VariantCreateBody): Promise<VariantView> {
  requireStaff(ctx.actor, MANAGE);
  const product = await productOrFail(ctx, productId, true);
  await checkIdentifiers(ctx, body, null);
  const variant: VariantRow = {
    id: newId('var', ctx.clock.now().getTime()), product_id: product.id, sku: body.sku, gtin: body.gtin ?? null,
    colour: body.colour ?? null, size: body.size ?? null, material: body.material ?? null, weight_grams: body.weightGrams,
    position: body.position ?? (await admin.nextVariantPosition(ctx.tx, product.id)),
  };
  await admin.insertVariants(ctx.tx, [variant]);
  await afterVariantChange(ctx, deps, variant, 'catalog.variant_created', { sku: variant.sku });
  return (await presentVariants(ctx, deps, [variant]))[0]!;
}

export async function updateVariant(ctx: Ctx, deps: CatalogAdminDeps, variantId: string, body: VariantPatchBody): Promise<VariantView> {
  requireStaff(ctx.actor, MANAGE);
  const variant = await variantOrFail(ctx, variantId);
  await checkIdentifiers(ctx, body, variant.id);
  const changed: VariantRow = {
    ...variant,
    sku: body.sku ?? variant.sku,
    gtin: body.gtin === undefined ? variant.gtin : body.gtin,
    colour: body.colour === undefined ? variant.colour : body.colour,
    size: body.size === undefined ? variant.size : body.size,
    material: body.material === undefined ? variant.material : body.material,
    weight_grams: body.weightGrams ?? variant.weight_grams,
    position: body.position ?? variant.position,
  };
  const { id: _id, product_id: _product, ...patch } = changed;
  await admin.updateVariant(ctx.tx, variant.id, patch);
  await afterVariantChange(ctx, deps, changed, 'catalog.variant_updated', { fields: Object.keys(body) });
  return (await presentVariants(ctx, deps, [changed]))[0]!;
}

/**
 * Replaces the variant's prices through the pricing module (HKD required, a currency left out
 * falls back to conversion); pricing tells the catalogue, which rebuilds the listing at once.
 */
export async function setVariantPrices(ctx: Ctx, deps: CatalogAdminDeps, variantId: string, body: PricesBody): Promise<VariantView> {
  requireStaff(ctx.actor, MANAGE);
  const variant = await variantOrFail(ctx, variantId);
  await deps.pricing.setPrices(ctx, variant.id, body.prices);
  await admin.touchProducts(ctx.tx, [variant.product_id], ctx.clock.now());
  await deps.audit.recordAudit(ctx, { action: 'catalog.prices_set', subjectType: 'variant', subjectId: variant.id, detail: { prices: body.prices } });
  return (await presentVariants(ctx, deps, [variant]))[0]!;
}

/** Sets units on hand per location through the inventory module, which refuses to go below what is reserved. */
export async function setVariantStock(ctx: Ctx, deps: CatalogAdminDeps, variantId: string, body: StockBody): Promise<VariantView> {
  requireStaff(ctx.actor, MANAGE);
  const variant = await variantOrFail(ctx, variantId);
  for (const level of body.levels) await deps.inventory.setOnHand(ctx, variant.id, level.locationId, level.onHand);
  await admin.touchProducts(ctx.tx, [variant.product_id], ctx.clock.now());
  await deps.audit.recordAudit(ctx, { action: 'catalog.stock_set', subjectType: 'variant', subjectId: variant.id, detail: { levels: body.levels } });
  return (await presentVariants(ctx, deps, [variant]))[0]!;
}

async function variantOrFail(ctx: Ctx, variantId: string): Promise<VariantRow> {
  const variant = await admin.variantById(ctx.tx, variantId, { forUpdate: true });
  if (!variant) throw CatalogErrors.variant_not_found({ detail: `No variant ${variantId}.` });
  return variant;
}

/** SKU and GTIN are unique across the catalogue, and a GTIN's check digit must hold. */
async function checkIdentifiers(ctx: Ctx, body: { sku?: string | undefined; gtin?: string | null | undefined }, ownId: string | null): Promise<void> {
  if (body.gtin && !isValidGtin(body.gtin)) throw CatalogErrors.invalid_gtin({ detail: `${body.gtin} is not a valid GTIN.` });
  if (body.sku !== undefined && (await admin.variantsBySkus(ctx.tx, [body.sku])).some((v) => v.id !== ownId)) {
    throw CatalogErrors.sku_taken({ detail: `The SKU ${body.sku} belongs to another variant.` });
  }
  if (body.gtin && (await admin.variantsByGtins(ctx.tx, [body.gtin])).some((v) => v.id !== ownId)) {
    throw CatalogErrors.gtin_taken({ detail: `The GTIN ${body.gtin} belongs to another variant.` });
  }
}

async function afterVariantChange(ctx: Ctx, deps: CatalogAdminDeps, variant: VariantRow, action: string, detail: Record<string, unknown>): Promise<void> {
  await admin.touchProducts(ctx.tx, [variant.product_id], ctx.clock.now());
  // Sizes and colours are facets of the storefront's rows.
  await deps.listings.refreshListings(ctx, [variant.product_id]);
  await deps.audit.recordAudit(ctx, { action, subjectType: 'variant', subjectId: variant.id, detail });
}
