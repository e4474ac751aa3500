import type { Actor, Ctx } from '../../kernel/context.ts';
import type { CatalogAdminDeps } from './catalog.admin.ports.ts';
import type {
  CategoryCreateBody, CategoryPatchBody, DesignerCreateBody, DesignerPatchBody, PricesBody, ProductCreateBody, ProductListQuery, ProductPatchBody,
  StockBody, VariantCreateBody, VariantPatchBody,
} from './catalog.admin.schemas.ts';
import { exportCsv, type ExportKind } from './use-cases/admin-export.ts';
import { importPrices, importStock } from './use-cases/admin-import-levels.ts';
import { importProducts } from './use-cases/admin-import-products.ts';
import { deleteMedia, reorderMedia, uploadMedia } from './use-cases/admin-media.ts';
import { createProduct, listProducts, productDetail, publishProduct, unpublishProduct, updateProduct } from './use-cases/admin-products.ts';
import { createCategory, createDesigner, listCategories, listDesigners, updateCategory, updateDesigner } from './use-cases/admin-reference.ts';
import { addVariant, setVariantPrices, setVariantStock, updateVariant } from './use-cases/admin-variants.ts';

/**
 * The backstage's catalogue: products, variants, prices, stock, images, designers, categories,
 * CSV import and export. Every use case needs `catalog.manage`, is audited, and rebuilds the
 * storefront's rows of what it changed in its own transaction.
 */
export function createCatalogAdminService(deps: CatalogAdminDeps) {
  return {
    listProducts: (ctx: Ctx, query: ProductListQuery) => listProducts(ctx, query),
    productDetail: (ctx: Ctx, productId: string) => productDetail(ctx, deps, productId),
    createProduct: (ctx: Ctx, body: ProductCreateBody) => createProduct(ctx, deps, body),
    updateProduct: (ctx: Ctx, productId: string, body: ProductPatchBody) => updateProduct(ctx, deps, productId, body),
    publishProduct: (ctx: Ctx, productId: string, publishAt: Date | undefined) => publishProduct(ctx, deps, productId, publishAt),
    unpublishProduct: (ctx: Ctx, productId: string, archive: boolean) => unpublishProduct(ctx, deps, productId, archive),

    addVariant: (ctx: Ctx, productId: string, body: VariantCreateBody) => addVariant(ctx, deps, productId, body),
    updateVariant: (ctx: Ctx, variantId: string, body: VariantPatchBody) => updateVariant(ctx, deps, variantId, body),
    setVariantPrices: (ctx: Ctx, variantId: string, body: PricesBody) => setVariantPrices(ctx, deps, variantId, body),
    setVariantStock: (ctx: Ctx, variantId: string, body: StockBody) => setVariantStock(ctx, deps, variantId, body),

    /** Runs its own transaction: the file is written before it, and removed if it fails. */
    uploadMedia: (actor: Actor, requestId: string, productId: string, bytes: Buffer, options: { colour?: string | undefined; alt?: string | undefined }) =>
      uploadMedia(deps, actor, requestId, productId, bytes, options),
    /** Runs its own transaction: the file goes once the removal has committed. */
    deleteMedia: (actor: Actor, requestId: string, mediaId: string) => deleteMedia(deps, actor, requestId, mediaId),
    reorderMedia: (ctx: Ctx, productId: string, mediaIds: readonly string[]) => reorderMedia(ctx, deps, productId, mediaIds),

    listDesigners: (ctx: Ctx) => listDesigners(ctx),
    createDesigner: (ctx: Ctx, body: DesignerCreateBody) => createDesigner(ctx, deps, body),
    updateDesigner: (ctx: Ctx, designerId: string, body: DesignerPatchBody) => updateDesigner(ctx, deps, designerId, body),
    listCategories: (ctx: Ctx) => listCategories(ctx),
    createCategory: (ctx: Ctx, body: CategoryCreateBody) => createCategory(ctx, deps, body),
    updateCategory: (ctx: Ctx, categoryId: string, body: CategoryPatchBody) => updateCategory(ctx, deps, categoryId, body),

    importProducts: (ctx: Ctx, csv: string) => importProducts(ctx, deps, csv),
    importPrices: (ctx: Ctx, csv: string) => importPrices(ctx, deps, csv),
    importStock: (ctx: Ctx, csv: string) => importStock(ctx, deps, csv),
    /** Streams batches, each read in its own short transaction. */
    exportCsv: (actor: Actor, requestId: string, kind: ExportKind) => exportCsv(deps, actor, requestId, kind),
  };
}

export type CatalogAdminService = ReturnType<typeof createCatalogAdminService>;
