import type { ImageRecipe, Locale, ProductKind, ProductStatus, SizeGuide } from '../../modules/catalog/catalog.tables.ts';
import { flattenCategories } from './categories.ts';
import { CITIES, CRAFT_CATEGORIES, DESIGNERS, LOCALES, designerStory, type DemoDesigner } from './designers.ts';
import { profileLocations, stockProfile, type LocationKey, type SupplierKey } from './logistics.ts';
import { COLOUR_GROUPS, COLOURS, MATERIALS } from './materials.ts';
import { listPrices, type PriceDraft } from './prices.ts';
import { productTexts, type ProductTextDraft } from './product-texts.ts';
import { MODEL_NAMES, PRODUCT_TYPES, SIZE_SCHEMES, type ProductType } from './product-types.ts';
import { hashSeed, internalGtin, random, slugify, type Random } from './random.ts';

/**
 * The demo catalogue as plain data, computed from a seed and nothing else: the same seed gives
 * the same designers, categories and products on every run. Each product is drawn from its own
 * seed (seed, serial), so product 42 is the same whether 48 or 100,000 are generated, and
 * products can be generated one at a time without holding the catalogue in memory.
 */
export const DEFAULT_SEED = 20_260_401;

export interface DesignerDraft {
  slug: string;
  name: string;
  featured: boolean;
  translations: { locale: Locale; local_name: string | null; story: string }[];
  logo: ImageRecipe;
}

export interface CategoryDraft {
  slug: string;
  parentSlug: string | null;
  position: number;
  translations: { locale: Locale; name: string; description: string | null }[];
}

export interface VariantDraft {
  sku: string;
  gtin: string | null;
  colour: string | null;
  size: string | null;
  material: string | null;
  weightGrams: number;
  prices: PriceDraft[];
  stock: { location: LocationKey; onHand: number }[];
}

export interface MediaDraft {
  colour: string | null;
  recipe: ImageRecipe;
  alt: string;
}

export interface ProductDraft {
  serial: number;
  slug: string;
  designerSlug: string;
  categorySlug: string;
  /** The supplier that sells and ships it (CAT-3); null for the shop's own goods. */
  seller: SupplierKey | null;
  /** Goods unless said otherwise; services are confirmed by staff, not shipped. */
  kind?: ProductKind;
  status: ProductStatus;
  publishAt: Date | null;
  createdAt: Date;
  originCountry: string;
  sizeGuide: SizeGuide;
  popularity: number;
  translations: ProductTextDraft[];
  variants: VariantDraft[];
  media: MediaDraft[];
}

export function designerDrafts(): DesignerDraft[] {
  return DESIGNERS.map((designer, index) => ({
    slug: slugify(designer.name),
    name: designer.name,
    featured: designer.featured ?? false,
    translations: LOCALES.map((locale, l) => ({ locale, local_name: l === 0 ? null : designer.local?.[l - 1] ?? null, story: designerStory(designer, index, locale) })),
    logo: { kind: 'designer', shape: designer.logo, colour: designer.ink, label: designer.name, seed: hashSeed(designer.name) % 1_000 },
  }));
}

export function categoryDrafts(): CategoryDraft[] {
  return flattenCategories().map(({ category, parentSlug, position }) => ({
    slug: category.slug,
    parentSlug,
    position,
    translations: LOCALES.map((locale, l) => ({ locale, name: category.names[l]!, description: category.description?.[l] ?? null })),
  }));
}

export interface ProductRange {
  /** How many products. */
  count: number;
  /** The first product's number; numbers appear in slugs, SKUs and GTINs, so ranges must not overlap. */
  firstSerial: number;
  seed?: number;
  /** Publication dates are spread over the months before this instant. */
  now: Date;
}

export function* productDrafts(range: ProductRange): Generator<ProductDraft> {
  for (let serial = range.firstSerial; serial < range.firstSerial + range.count; serial++) yield productDraft(serial, range.seed ?? DEFAULT_SEED, range.now);
}

// Featured houses carry more of the catalogue, as they would in a real shop.
const DESIGNER_DRAW = DESIGNERS.flatMap((d) => (d.featured ? [d, d] : [d]));
const DAY = 86_400_000;
const DEPARTMENT_OF = new Map(flattenCategories().map((c) => [c.category.slug, c.parentSlug ?? c.category.slug]));
const TYPES_OF = Map.groupBy(PRODUCT_TYPES, (t) => t.category);
const VIEWS = ['front', 'angle', 'detail', 'back'] as const;
const VIEW_ALT = { front: 'from the front', angle: 'three-quarter view', detail: 'close-up', back: 'from the back' };

export function productDraft(serial: number, seed: number, now: Date): ProductDraft {
  const rng = random(hashSeed(seed, serial));
  const designer = rng.pick(DESIGNER_DRAW);
  const categorySlug = rng.pick(CRAFT_CATEGORIES[designer.craft]);
  const type = rng.pick(TYPES_OF.get(categorySlug)!);
  const materialKey = rng.pick(type.materials);
  const material = MATERIALS[materialKey];
  const parts = {
    model: type.modelName && rng.chance(0.6) ? rng.pick(MODEL_NAMES) : null,
    modifier: type.modifiers && rng.chance(0.35) ? rng.pick(type.modifiers) : null,
    material,
    type,
  };
  const department = DEPARTMENT_OF.get(categorySlug) ?? categorySlug;
  const country = originCountry(designer, rng);
  const translations = productTexts(parts, designer, department, country, serial);
  const profile = stockProfile(serial);
  const { status, publishAt, createdAt } = publication(serial, now, rng);
  const designerSlug = slugify(designer.name);
  const colours = coloursOf(type, materialKey, rng);
  const variants = variantsOf({ serial, designerSlug, type, material: material.names[0], colours, rng, profile });
  return {
    serial,
    slug: `${designerSlug}-${slugify(translations[0]!.name)}-${serial}`,
    designerSlug,
    categorySlug,
    seller: profile === 'supplier-a' || profile === 'supplier-b' ? profile : null,
    status,
    publishAt,
    createdAt,
    originCountry: country,
    sizeGuide: SIZE_SCHEMES[type.sizes].guide,
    popularity: Math.round(1_000 * rng.next() ** 3),
    translations,
    variants,
    media: mediaOf(serial, type, colours.length ? colours : [null], ('tint' in material ? material.tint : undefined) ?? COLOURS.Ivory!, translations[0]!.name, rng),
  };
}

function originCountry(designer: DemoDesigner, rng: Random): string {
  const home = CITIES[designer.city].country;
  // Houses outside Europe often have their leather goods made in Italian workshops.
  return (designer.craft === 'leather' || designer.craft === 'shoes') && ['US', 'HK', 'CN'].includes(home) && rng.chance(0.5) ? 'IT' : home;
}

/** Most products published over the last eight months; every 50th a draft, another scheduled. */
function publication(serial: number, now: Date, rng: Random): { status: ProductStatus; publishAt: Date | null; createdAt: Date } {
  const ago = (days: number) => new Date(now.getTime() - Math.round(days * DAY));
  if (serial % 50 === 7) return { status: 'draft', publishAt: null, createdAt: ago(rng.int(1, 60)) };
  if (serial % 50 === 23) return { status: 'published', publishAt: new Date(now.getTime() + rng.int(1, 30) * DAY), createdAt: ago(rng.int(1, 20)) };
  const published = rng.next() * 240;
  return { status: 'published', publishAt: ago(published), createdAt: ago(published + rng.int(1, 30)) };
}

function coloursOf(type: ProductType, materialKey: string, rng: Random): string[] {
  if (materialKey === 'silver') return ['Silver'];
  const group: readonly string[] = COLOUR_GROUPS[type.colours];
  if (group.length === 0) return [];
  const count = type.colours === 'lip' ? rng.int(2, 4) : rng.pick([1, 1, 2, 2, 3]);
  return rng.sample(group, count);
}

function sizesOf(type: ProductType, rng: Random): (string | null)[] {
  const all: readonly string[] = SIZE_SCHEMES[type.sizes].sizes;
  if (all.length === 0) return [null];
  const length = type.sizes === 'shoes' ? rng.int(5, 6) : type.sizes === 'clothing' ? rng.int(4, 5) : type.sizes === 'belts' ? 4 : all.length;
  const start = rng.int(0, all.length - length);
  return all.slice(start, start + length);
}

interface VariantInput {
  serial: number;
  designerSlug: string;
  type: ProductType;
  material: string;
  colours: string[];
  rng: Random;
  profile: ReturnType<typeof stockProfile>;
}

/** Colour × size, at most 12 variants; each priced in every list and stocked where the profile says. */
function variantsOf(input: VariantInput): VariantDraft[] {
  const { serial, type, rng, profile } = input;
  const sizes = sizesOf(type, rng);
  const colours: (string | null)[] = input.colours.length ? [...input.colours] : [null];
  while (colours.length > 1 && colours.length * sizes.length > 12) colours.pop();
  const baseHkd = rng.int(type.hkd[0], type.hkd[1]);
  const markdown = serial % 9 === 4 ? rng.pick([0.2, 0.3, 0.4]) : null;
  const grams = rng.int(type.grams[0], type.grams[1]);
  const initials = input.designerSlug.split('-').map((w) => w[0]).join('').slice(0, 3).toUpperCase();
  const small = type.category.includes('watch') || ['rings', 'necklaces', 'earrings', 'bracelets'].includes(type.category);
  const combinations = colours.flatMap((colour) => sizes.map((size) => ({ colour, size })));
  return combinations.map(({ colour, size }, index) => {
    const factor = (size === '100 ml' ? 1.45 : 1) * (colour === 'White gold' ? 1.04 : 1) * (input.material === '18k gold' && type.shape === 'watch' ? 1.8 : 1);
    const stock = profileLocations(profile).map((location, l) => ({
      location,
      // The first variant at the first location always has units (unless the profile is sold out).
      onHand: profile === 'sold-out' ? 0 : index === 0 && l === 0 ? rng.int(1, small ? 2 : 5) : rng.chance(0.18) ? 0 : rng.int(1, small ? 3 : 6),
    }));
    return {
      sku: `${initials}-${String(serial).padStart(6, '0')}-${String(index + 1).padStart(2, '0')}`,
      gtin: internalGtin(serial * 16 + index),
      colour,
      size,
      material: input.material,
      weightGrams: grams + (size && type.sizes === 'clothing' ? 20 * index : 0),
      prices: listPrices(Math.round(baseHkd * factor), markdown),
      stock,
    };
  });
}

/** Two to four pictures per colour (or one set for a piece without colours, in its own tint). */
function mediaOf(serial: number, type: ProductType, colours: (string | null)[], tint: string, name: string, rng: Random): MediaDraft[] {
  return colours.flatMap((colour) => {
    const count = rng.int(2, 4);
    return VIEWS.slice(0, count).map((view) => ({
      colour,
      recipe: { kind: 'product', shape: type.shape, colour: colour ? COLOURS[colour]! : tint, label: colour ? `${name}, ${colour.toLowerCase()}` : name, seed: hashSeed(serial, colour ?? '', view) % 10_000, view },
      alt: `${name}${colour ? ` in ${colour.toLowerCase()}` : ''}, ${VIEW_ALT[view]}`,
    }));
  });
}
