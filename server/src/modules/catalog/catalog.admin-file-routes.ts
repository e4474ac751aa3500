import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireStaff } from '../../kernel/auth/guards.ts';
import { RequestErrors } from '../../kernel/errors.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { PRICE_COLUMNS, PRODUCT_COLUMNS, STOCK_COLUMNS } from './catalog.admin.csv-columns.ts';
import { MANAGE } from './catalog.admin.ports.ts';
import * as S from './catalog.admin.schemas.ts';
import type { CatalogAdminService } from './catalog.admin.service.ts';
import { CatalogErrors } from './catalog.errors.ts';
import { IMAGE_TYPES, MAX_IMAGE_BYTES } from './catalog.media.rules.ts';

const tags = ['backstage: catalogue'];
const config = { permission: MANAGE };
/** About 40,000 lines of products.csv. */
const MAX_CSV_BYTES = 32 * 1024 * 1024;
const Binary = Type.Unsafe<Buffer>({ description: 'The image file itself (binary)' });

const FILES = {
  products: { columns: PRODUCT_COLUMNS, about: 'One line per variant; the product’s columns repeat on each of its lines. Products are matched by `slug`, variants by `sku`.' },
  prices: { columns: PRICE_COLUMNS, about: 'One line per variant and currency; amounts in the currency’s major unit (`24000.00`).' },
  stock: { columns: STOCK_COLUMNS, about: 'One line per variant and location code; units on hand.' },
} as const;

/**
 * Routes whose bodies are files: image uploads and CSV imports, with their own content types and
 * size limits (scoped to this plugin), and the CSV exports. The permission is checked as soon as
 * the request arrives, before its body is read.
 */
export function catalogFileRoutes(admin: CatalogAdminService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook('onRequest', async (request) => {
      requireStaff(request.actor, MANAGE);
    });
    app.addContentTypeParser([...IMAGE_TYPES], { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_request, body, done) => done(null, body));
    app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_CSV_BYTES }, (_request, body, done) => done(null, body));

    app.post('/admin/catalog/products/:id/media', {
      config,
      bodyLimit: MAX_IMAGE_BYTES,
      schema: {
        tags, summary: 'Upload an image to a product’s gallery',
        description: 'The body is the image itself (JPEG, PNG or WebP, at most 5 MB); its bytes, not its content type, decide what it is (`catalog.not_an_image`). `colour` ties it to the variants of that colour. Served at the returned `url` with a one-year cache.',
        params: S.IdParams, querystring: S.MediaQuery,
        body: { content: Object.fromEntries(IMAGE_TYPES.map((type) => [type, { schema: Binary }])) },
        response: { 201: S.AdminMedia, ...ProblemResponses },
      },
    }, async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw CatalogErrors.not_an_image({ detail: `Send the image with Content-Type ${IMAGE_TYPES.join(', ')}.` });
      const media = await admin.uploadMedia(request.actor, request.id, request.params.id, request.body, request.query);
      return reply.code(201).send(media);
    });

    for (const [kind, file] of Object.entries(FILES) as [keyof typeof FILES, (typeof FILES)[keyof typeof FILES]][]) {
      const columns = file.columns.map((c) => `\`${c}\``).join(', ');
      app.get(`/admin/catalog/export/${kind}.csv`, {
        config, schema: { tags, summary: `Export ${kind}.csv`, description: `${file.about} Columns: ${columns}. See docs/catalogue-csv.md.`, produces: ['text/csv'] },
      }, async (request, reply) => {
        const lines = await admin.exportCsv(request.actor, request.id, kind);
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${kind}.csv"`).header('cache-control', 'no-store').send(Readable.from(lines));
      });

      app.post(`/admin/catalog/import/${kind}`, {
        config,
        bodyLimit: MAX_CSV_BYTES,
        schema: {
          tags, summary: `Import ${kind}.csv`,
          description: `${file.about} Columns: ${columns}. Every line is checked first; when any is wrong nothing is imported and the answer is 422 \`catalog.import_rejected\` with \`errors: [{ line, field, code, message }]\`, \`line\` being the line of the file (the header is line 1). Otherwise everything is imported in one transaction. See docs/catalogue-csv.md.`,
          body: { content: { 'text/csv': { schema: Type.String({ description: 'RFC 4180 CSV, UTF-8, with a header line' }) } } },
          response: { 200: kind === 'products' ? Type.Intersect([S.ImportResult, Type.Object({ variants: Type.Object({ created: Type.Integer(), updated: Type.Integer() }) })]) : S.ImportResult, ...ProblemResponses },
        },
      }, async (request) => {
        const csv = request.body;
        if (typeof csv !== 'string') throw RequestErrors.unsupported_media_type({ detail: 'Send the file with Content-Type: text/csv.' });
        return runUseCase(request.actor, request.id, (ctx) =>
          kind === 'products' ? admin.importProducts(ctx, csv) : kind === 'prices' ? admin.importPrices(ctx, csv) : admin.importStock(ctx, csv));
      });
    }
  };
}
