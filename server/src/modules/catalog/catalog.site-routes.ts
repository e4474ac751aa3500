import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { anonymous } from '../../kernel/http/actor.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { CatalogErrors } from './catalog.errors.ts';
import { renderImage } from './catalog.images.ts';
import type { CatalogService } from './catalog.service.ts';

const SITEMAP_PAGE = 10_000;
/** A media id never changes its picture (a new image is a new id), so browsers keep it a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Pages outside /api that search engines and browsers expect at the site's root. */
export function catalogSiteRoutes(catalog: CatalogService, runUseCase: RunUseCase, publicUrl: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['catalogue'];

    app.get('/media/:file', {
      schema: { tags, summary: 'A product image or designer logo', params: Type.Object({ file: Type.String({ pattern: '^med_[0-9a-z]+\\.[a-z]+$' }) }) },
    }, async (request, reply) => {
      const id = request.params.file.split('.')[0]!;
      const media = await runUseCase(anonymous(), request.id, (ctx) => catalog.media(ctx, id));
      if (!media) throw CatalogErrors.media_not_found();
      reply.header('cache-control', IMMUTABLE).header('x-content-type-options', 'nosniff');
      if (media.source === 'generated') {
        // Drawn shapes only; the policy keeps an SVG opened on its own from running anything.
        return reply.type('image/svg+xml').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(renderImage(media.recipe!));
      }
      return reply.type(media.content_type).send(createReadStream(join(catalog.mediaDir, media.file_name!)));
    });

    app.get('/robots.txt', { schema: { tags, summary: 'What crawlers may visit' } }, async (_request, reply) =>
      reply.type('text/plain').header('cache-control', 'public, max-age=3600').send(
        ['User-agent: *', 'Disallow: /account', 'Disallow: /admin', 'Disallow: /supplier', 'Disallow: /api/', 'Allow: /api/docs', '', `Sitemap: ${publicUrl}/sitemap.xml`, ''].join('\n'),
      ));

    // A sitemap index pointing at pages of at most 10,000 products (the protocol allows 50,000).
    app.get('/sitemap.xml', { schema: { tags, summary: 'Sitemap index' } }, async (request, reply) => {
      const pages = await runUseCase(anonymous(), request.id, async (ctx) => {
        const starts: (string | null)[] = [null];
        for (;;) {
          const last = (await catalog.visibleSlugs(ctx, starts.at(-1)!, SITEMAP_PAGE)).at(-1);
          if (!last) break;
          starts.push(last.slug);
          if (starts.length > 100) break;
        }
        return starts.length - 1;
      });
      const entries = [`<sitemap><loc>${publicUrl}/sitemap-pages.xml</loc></sitemap>`];
      for (let i = 1; i <= pages; i++) entries.push(`<sitemap><loc>${publicUrl}/sitemap-products-${i}.xml</loc></sitemap>`);
      return reply.type('application/xml').header('cache-control', 'public, max-age=3600')
        .send(`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>\n`);
    });

    app.get('/sitemap-pages.xml', { schema: { tags, summary: 'Sitemap of designers and categories' } }, async (request, reply) => {
      const [designers, categories] = await runUseCase(anonymous(), request.id, (ctx) => Promise.all([catalog.designers(ctx, 'en'), catalog.categories(ctx, 'en')]));
      const flat = (nodes: typeof categories): string[] => nodes.flatMap((n) => [n.slug, ...flat(n.children)]);
      const paths = ['/', '/designers', ...designers.map((d) => `/designers/${d.slug}`), ...flat(categories).map((slug) => `/category/${slug}`)];
      return reply.type('application/xml').header('cache-control', 'public, max-age=3600').send(urlSet(paths.map((p) => ({ loc: publicUrl + p }))));
    });

    app.get('/sitemap-products-:page.xml', { schema: { tags, summary: 'Sitemap of products, 10,000 a page', params: Type.Object({ page: Type.Integer({ minimum: 1, maximum: 100 }) }) } }, async (request, reply) => {
      const rows = await runUseCase(anonymous(), request.id, async (ctx) => {
        let after: string | null = null;
        for (let i = 1; i < request.params.page; i++) {
          after = (await catalog.visibleSlugs(ctx, after, SITEMAP_PAGE)).at(-1)?.slug ?? null;
          if (after === null) return [];
        }
        return catalog.visibleSlugs(ctx, after, SITEMAP_PAGE);
      });
      return reply.type('application/xml').header('cache-control', 'public, max-age=3600')
        .send(urlSet(rows.map((r) => ({ loc: `${publicUrl}/products/${r.slug}`, lastmod: r.updated_at.toISOString().slice(0, 10) }))));
    });
  };
}

function urlSet(urls: { loc: string; lastmod?: string }[]): string {
  const body = urls.map((u) => `<url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>\n`;
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
