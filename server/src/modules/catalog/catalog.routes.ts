import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { anonymous } from '../../kernel/http/actor.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import {
  CategoryTree, DesignerDetail, DesignerSummary, Listing, ListingQuery, LocaleParam, ProductDetail, ProductParams, ProductQuery, Suggestions, SuggestionsQuery,
} from './catalog.schemas.ts';
import type { CatalogService } from './catalog.service.ts';

const ok = <T>(schema: T) => ({ 200: schema, ...ProblemResponses });
const LocaleQuery = Type.Object({ locale: Type.Optional(LocaleParam) }, { additionalProperties: false });
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 200 }) });

/**
 * The storefront's catalogue, open to everyone. Answers may be cached by browsers for a few
 * seconds only: prices and stock change at any time (CAT-1).
 */
export function catalogRoutes(catalog: CatalogService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['catalogue'];
    app.addHook('onSend', async (_request, reply) => {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'public, max-age=5');
    });

    app.get('/catalog/products', {
      schema: {
        tags, summary: 'Products on sale: a category, a designer, a search; with facets and keyset pages',
        description: 'Facet counts of each facet ignore that facet\'s own choice, so every count is what choosing it would show. Pass `next` back as `after` for the next page.',
        querystring: ListingQuery, response: ok(Listing),
      },
    }, async (request) => runUseCase(anonymous(), request.id, (ctx) => catalog.browse(ctx, request.query)));

    app.get('/catalog/products/:slug', {
      schema: { tags, summary: 'A product page: variants with price, stock and delivery window, seller, gallery, related goods', params: ProductParams, querystring: ProductQuery, response: ok(ProductDetail) },
    }, async (request) => runUseCase(anonymous(), request.id, (ctx) => catalog.productPage(ctx, request.params.slug, {
      locale: request.query.locale ?? 'en', currency: request.query.currency ?? 'HKD', zone: request.query.zone ?? 'HK',
    })));

    app.get('/catalog/suggestions', {
      schema: { tags, summary: 'Suggestions while typing a search: designers, categories, products', querystring: SuggestionsQuery, response: ok(Suggestions) },
    }, async (request) => runUseCase(anonymous(), request.id, (ctx) => catalog.suggest(ctx, request.query.q, request.query.locale ?? 'en')));

    app.get('/catalog/designers', {
      schema: { tags, summary: 'Every designer, with the number of products on sale', querystring: LocaleQuery, response: ok(Type.Array(DesignerSummary)) },
    }, async (request) => runUseCase(anonymous(), request.id, (ctx) => catalog.designers(ctx, request.query.locale ?? 'en')));

    app.get('/catalog/designers/:slug', {
      schema: { tags, summary: 'A designer and their story', params: SlugParams, querystring: LocaleQuery, response: ok(DesignerDetail) },
    }, async (request) => runUseCase(anonymous(), request.id, (ctx) => catalog.designer(ctx, request.params.slug, request.query.locale ?? 'en')));

    app.get('/catalog/categories', {
      schema: { tags, summary: 'The category tree with the number of products on sale in each', querystring: LocaleQuery, response: ok(CategoryTree) },
    }, async (request) => runUseCase(anonymous(), request.id, (ctx) => catalog.categories(ctx, request.query.locale ?? 'en')));
  };
}
