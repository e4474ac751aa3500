import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../kernel/context.ts';
import { newId } from '../../kernel/ids.ts';
import type { Locale } from './catalog.tables.ts';

/**
 * A small catalogue made on purpose for a test: rows written straight into the module's tables,
 * then the storefront rows rebuilt through the service as any change would.
 */
export interface FixtureProduct {
  name: string;
  zhName?: string;
  designer: string;
  category: string;
  status?: 'draft' | 'published' | 'archived';
  publishAt?: Date;
  seller?: string;
  popularity?: number;
  kind?: 'goods' | 'service';
  variants: { colour?: string; size?: string; hkd: number; usd?: number; stock?: Record<string, number> }[];
}

let sequence = 0;

export async function withCtx<T>(app: FastifyInstance, work: (ctx: Ctx) => Promise<T>): Promise<T> {
  return app.platform.runUseCase({ kind: 'system', job: 'test' }, 'test', work);
}

/** Locations HK, CN and EU with one-day handling, and the transit table of the demo shop. */
export async function seedLocations(app: FastifyInstance): Promise<Record<'HK' | 'CN' | 'EU', string>> {
  const ids = { HK: newId('loc'), CN: newId('loc'), EU: newId('loc') };
  await withCtx(app, async (ctx) => {
    const at = ctx.clock.now();
    await app.platform.modules.inventory.loadReference(ctx,
      (['HK', 'CN', 'EU'] as const).map((origin) => ({
        id: ids[origin], code: `test-${origin.toLowerCase()}-${++sequence}`, name: `${origin} test warehouse`, origin, supplier_id: null,
        handling_days_min: 1, handling_days_max: origin === 'EU' ? 3 : 1, active: true, created_at: at,
      })),
      [
        { origin: 'HK', zone: 'HK', days_min: 1, days_max: 2 }, { origin: 'HK', zone: 'CN', days_min: 3, days_max: 5 },
        { origin: 'CN', zone: 'CN', days_min: 2, days_max: 3 }, { origin: 'CN', zone: 'HK', days_min: 3, days_max: 6 },
        { origin: 'EU', zone: 'HK', days_min: 5, days_max: 8 }, { origin: 'EU', zone: 'CN', days_min: 8, days_max: 14 },
        { origin: 'EU', zone: 'ROW', days_min: 3, days_max: 6 }, { origin: 'HK', zone: 'ROW', days_min: 6, days_max: 10 },
      ]);
    await app.platform.modules.pricing.loadPriceLists(ctx, ['HKD', 'USD'], new Map([['USD', 128_000n], ['EUR', 118_000n]]));
  });
  return ids;
}

/** Inserts the products (designers and categories made by name as needed); returns their ids by name. */
export async function seedProducts(app: FastifyInstance, locations: Record<string, string>, products: FixtureProduct[]): Promise<Map<string, { id: string; slug: string; variantIds: string[] }>> {
  const made = new Map<string, { id: string; slug: string; variantIds: string[] }>();
  await withCtx(app, async (ctx) => {
    const db = ctx.tx;
    const at = ctx.clock.now();
    const designers = new Map<string, string>();
    const categories = new Map<string, string>();
    for (const p of products) {
      let designerId = designers.get(p.designer) ?? (await db.selectFrom('catalog.designers').select('id').where('name', '=', p.designer).executeTakeFirst())?.id;
      if (!designerId) {
        designerId = newId('des');
        await db.insertInto('catalog.designers').values({ id: designerId, slug: slugify(p.designer), name: p.designer, featured: false, logo_media_id: null, created_at: at, updated_at: at }).execute();
        await db.insertInto('catalog.designer_translations').values({ designer_id: designerId, locale: 'en', local_name: null, story: `${p.designer} story` }).execute();
      }
      designers.set(p.designer, designerId);
      const categoryId = categories.get(p.category) ?? (await ensureCategoryPath(ctx, p.category));
      categories.set(p.category, categoryId);

      const id = newId('prd');
      const slug = `${slugify(p.name)}-${++sequence}`;
      await db.insertInto('catalog.products').values({
        id, slug, designer_id: designerId, category_id: categoryId, seller_supplier_id: p.seller ?? null, status: p.status ?? 'published',
        publish_at: p.publishAt ?? null, origin_country: 'IT', size_guide: null, kind: p.kind ?? 'goods', popularity: p.popularity ?? 0, created_at: at, updated_at: at,
      }).execute();
      const translations: { locale: Locale; name: string }[] = [{ locale: 'en', name: p.name }];
      if (p.zhName) translations.push({ locale: 'zh-Hant', name: p.zhName }, { locale: 'zh-Hans', name: p.zhName });
      await db.insertInto('catalog.product_translations').values(translations.map((t) => ({ product_id: id, ...t, description: `${p.name}, made with care.` }))).execute();
      const variantIds: string[] = [];
      for (const [i, v] of p.variants.entries()) {
        const variantId = newId('var');
        variantIds.push(variantId);
        await db.insertInto('catalog.variants').values({ id: variantId, product_id: id, sku: `SKU-${sequence}-${i}`, gtin: null, colour: v.colour ?? null, size: v.size ?? null, material: null, weight_grams: 500, position: i }).execute();
        await app.platform.modules.pricing.loadPrices(ctx, [
          { variant_id: variantId, currency: 'HKD', amount: BigInt(v.hkd), compare_at_amount: null },
          ...(v.usd ? [{ variant_id: variantId, currency: 'USD', amount: BigInt(v.usd), compare_at_amount: null }] : []),
        ]);
        await app.platform.modules.inventory.loadLevels(ctx, Object.entries(v.stock ?? {}).map(([origin, onHand]) => ({ variant_id: variantId, location_id: locations[origin]!, on_hand: onHand })));
      }
      made.set(p.name, { id, slug, variantIds });
    }
    app.platform.modules.catalog.forgetCaches();
    await app.platform.modules.catalog.refreshListings(ctx, [...made.values()].map((m) => m.id));
  });
  return made;
}

/** "Bags/Handbags" makes Bags and its child Handbags when missing; returns the last one's id. */
async function ensureCategoryPath(ctx: Ctx, path: string): Promise<string> {
  let parent: string | null = null;
  for (const name of path.split('/')) {
    const slug = slugify(name);
    const existing = await ctx.tx.selectFrom('catalog.categories').select('id').where('slug', '=', slug).executeTakeFirst();
    if (existing) {
      parent = existing.id;
      continue;
    }
    const id: string = newId('cat');
    await ctx.tx.insertInto('catalog.categories').values({ id, parent_id: parent, slug, position: 0, created_at: ctx.clock.now() }).execute();
    await ctx.tx.insertInto('catalog.category_translations').values({ category_id: id, locale: 'en', name, description: null }).execute();
    parent = id;
  }
  return parent!;
}

const slugify = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
