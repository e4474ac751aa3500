import type { RouterContextProvider } from "react-router";
import { requestPreferencesContext } from "../i18n/request-preferences";
import { loadCatalog, loadCategoryTree, loadDesigners, readerParams } from "./catalog-api.server";
import type { CategoryNode, Image, Listing } from "./catalog-types";
import { presentCards } from "./present.server";

type Context = Readonly<RouterContextProvider>;

const NEW_ARRIVALS = 8;
const TOP_CATEGORIES = 4;
const FEATURED_DESIGNERS = 8;

async function listing(context: Context, params: Record<string, string>): Promise<Listing> {
  const query = readerParams(context);
  for (const [name, value] of Object.entries(params)) query.set(name, value);
  return loadCatalog<Listing>(context, "/products", query);
}

/**
 * The categories the home page opens onto: the departments, or their categories when there are
 * few departments, the fullest first; each pictured by its most popular piece.
 */
async function topCategories(context: Context, tree: readonly CategoryNode[]) {
  const roots = tree.filter((c) => c.products > 0);
  const candidates = roots.length >= TOP_CATEGORIES ? roots : [...roots.flatMap((c) => c.children.filter((child) => child.products > 0)), ...roots];
  const chosen = [...candidates].sort((a, b) => b.products - a.products).slice(0, TOP_CATEGORIES);
  return Promise.all(chosen.map(async (c) => {
    const popular = await listing(context, { category: c.slug, sort: "popular", limit: "1" });
    return { slug: c.slug, name: c.name, products: c.products, image: (popular.products[0]?.image ?? null) as Image | null };
  }));
}

/** Everything the home page shows from the catalogue, read in parallel. */
export async function loadHomeCatalogue(context: Context) {
  const { locale } = context.get(requestPreferencesContext);
  const [arrivals, designers, tree] = await Promise.all([
    listing(context, { sort: "newest", limit: String(NEW_ARRIVALS) }),
    loadDesigners(context),
    loadCategoryTree(context),
  ]);
  return {
    newArrivals: presentCards(arrivals.products, locale),
    featuredDesigners: designers
      .filter((d) => d.featured && d.products > 0)
      .slice(0, FEATURED_DESIGNERS)
      .map(({ slug, name, localName, products }) => ({ slug, name, localName, products })),
    categories: await topCategories(context, tree),
  };
}
