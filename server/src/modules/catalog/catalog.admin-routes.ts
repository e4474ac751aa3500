import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { catalogFileRoutes } from './catalog.admin-file-routes.ts';
import { MANAGE } from './catalog.admin.ports.ts';
import * as S from './catalog.admin.schemas.ts';
import type { CatalogAdminService } from './catalog.admin.service.ts';

const tags = ['backstage: catalogue'];
const config = { permission: MANAGE };
const ok = <T>(schema: T) => ({ 200: schema, ...ProblemResponses });
const created = <T>(schema: T) => ({ 201: schema, ...ProblemResponses });

/**
 * The backstage catalogue, for staff with `catalog.manage`: every change is audited and shows on
 * the storefront as soon as it commits (CAT-1).
 */
export function catalogAdminRoutes(admin: CatalogAdminService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/admin/catalog/products', {
      config, schema: { tags, summary: 'Find products: by name or SKU, status, designer, category, seller; newest change first', querystring: S.ProductListQuery, response: ok(S.AdminProductPage) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.listProducts(ctx, request.query)));

    app.post('/admin/catalog/products', {
      config, schema: {
        tags, summary: 'Create a product (as a draft)',
        description: 'English texts are required, Traditional and Simplified Chinese optional. The slug is made from the English name when left out. Audited as `catalog.product_created`.',
        body: S.ProductCreateBody, response: created(S.AdminProduct),
      },
    }, async (request, reply) => reply.code(201).send(await runUseCase(request.actor, request.id, (ctx) => admin.createProduct(ctx, request.body))));

    app.get('/admin/catalog/products/:id', {
      config, schema: { tags, summary: 'A product with its texts, variants (prices per currency, stock per location) and images', params: S.IdParams, response: ok(S.AdminProduct) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.productDetail(ctx, request.params.id)));

    app.patch('/admin/catalog/products/:id', {
      config, schema: { tags, summary: 'Change a product; fields left out stay as they are', params: S.IdParams, body: S.ProductPatchBody, response: ok(S.AdminProduct) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.updateProduct(ctx, request.params.id, request.body)));

    app.post('/admin/catalog/products/:id/publish', {
      config, schema: {
        tags, summary: 'Put a product on sale, now or at `publishAt`',
        description: 'Customers see it from that instant and not before. Needs a variant priced in HKD (`catalog.not_publishable`).',
        params: S.IdParams, body: S.PublishBody, response: ok(S.AdminProduct),
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) =>
      admin.publishProduct(ctx, request.params.id, request.body.publishAt === undefined ? undefined : new Date(request.body.publishAt))));

    app.post('/admin/catalog/products/:id/unpublish', {
      config, schema: { tags, summary: 'Take a product off sale at once (back to draft, or archived)', params: S.IdParams, body: S.UnpublishBody, response: ok(S.AdminProduct) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.unpublishProduct(ctx, request.params.id, request.body.archive ?? false)));

    app.post('/admin/catalog/products/:id/variants', {
      config, schema: { tags, summary: 'Add a variant (SKU, GTIN, options, weight)', params: S.IdParams, body: S.VariantCreateBody, response: created(S.AdminVariant) },
    }, async (request, reply) => reply.code(201).send(await runUseCase(request.actor, request.id, (ctx) => admin.addVariant(ctx, request.params.id, request.body))));

    app.patch('/admin/catalog/variants/:id', {
      config, schema: { tags, summary: 'Change a variant', params: S.IdParams, body: S.VariantPatchBody, response: ok(S.AdminVariant) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.updateVariant(ctx, request.params.id, request.body)));

    app.put('/admin/catalog/variants/:id/prices', {
      config, schema: {
        tags, summary: 'Replace a variant’s list prices',
        description: 'One price per currency with a price list, HKD always among them; a list left out shows a conversion from HKD, marked approximate. Amounts in minor units.',
        params: S.IdParams, body: S.PricesBody, response: ok(S.AdminVariant),
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.setVariantPrices(ctx, request.params.id, request.body)));

    app.put('/admin/catalog/variants/:id/stock', {
      config, schema: {
        tags, summary: 'Set units on hand per location',
        description: 'Locations left out keep their stock. On hand never goes below what orders have reserved (`inventory.below_reserved`).',
        params: S.IdParams, body: S.StockBody, response: ok(S.AdminVariant),
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.setVariantStock(ctx, request.params.id, request.body)));

    app.put('/admin/catalog/products/:id/media/order', {
      config, schema: { tags, summary: 'Reorder a product’s images; the first is the cover', params: S.IdParams, body: S.MediaOrderBody, response: ok(Type.Array(S.AdminMedia)) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.reorderMedia(ctx, request.params.id, request.body.mediaIds)));

    app.delete('/admin/catalog/media/:id', {
      config, schema: { tags, summary: 'Remove an image from its product', params: S.IdParams, response: { 204: Type.Null(), ...ProblemResponses } },
    }, async (request, reply) => {
      await admin.deleteMedia(request.actor, request.id, request.params.id);
      return reply.code(204).send(null);
    });

    app.get('/admin/catalog/designers', {
      config, schema: { tags, summary: 'Every designer with its texts', response: ok(Type.Array(S.AdminDesigner)) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.listDesigners(ctx)));

    app.post('/admin/catalog/designers', {
      config, schema: { tags, summary: 'Add a designer', body: S.DesignerCreateBody, response: created(S.AdminDesigner) },
    }, async (request, reply) => reply.code(201).send(await runUseCase(request.actor, request.id, (ctx) => admin.createDesigner(ctx, request.body))));

    app.patch('/admin/catalog/designers/:id', {
      config, schema: { tags, summary: 'Change a designer; its products’ storefront rows follow', params: S.IdParams, body: S.DesignerPatchBody, response: ok(S.AdminDesigner) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.updateDesigner(ctx, request.params.id, request.body)));

    app.get('/admin/catalog/categories', {
      config, schema: { tags, summary: 'Every category with its parent, position and texts', response: ok(Type.Array(S.AdminCategory)) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.listCategories(ctx)));

    app.post('/admin/catalog/categories', {
      config, schema: { tags, summary: 'Add a category', body: S.CategoryCreateBody, response: created(S.AdminCategory) },
    }, async (request, reply) => reply.code(201).send(await runUseCase(request.actor, request.id, (ctx) => admin.createCategory(ctx, request.body))));

    app.patch('/admin/catalog/categories/:id', {
      config, schema: { tags, summary: 'Change or move a category (never below itself)', params: S.IdParams, body: S.CategoryPatchBody, response: ok(S.AdminCategory) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => admin.updateCategory(ctx, request.params.id, request.body)));

    await app.register(catalogFileRoutes(admin, runUseCase));
  };
}
