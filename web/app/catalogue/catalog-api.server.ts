import { data, type RouterContextProvider } from "react-router";
import { apiJson } from "../api/server-api";
import { requestPreferencesContext } from "../i18n/request-preferences";
import type { CategoryNode, DesignerSummary } from "./catalog-types";

type Context = Readonly<RouterContextProvider>;

/** The reader's language, currency and delivery zone, as every catalogue call takes them. */
export function readerParams(context: Context): URLSearchParams {
  const { locale, currency, zone } = context.get(requestPreferencesContext);
  return new URLSearchParams({ locale, currency, zone });
}

/**
 * GETs a catalogue resource for a page. The catalogue answers everyone alike, so no cookie is
 * passed on (the API then has no session to look up). A 404 is the page's 404; a refused query
 * (a stale cursor, a price typed by hand) is a 400; anything else is the API's trouble, a 502.
 */
export async function loadCatalog<T>(context: Context, path: string, params?: URLSearchParams): Promise<T> {
  const result = await catalogAnswer<T>(context, path, params);
  if (result.ok) return result.data;
  throw pageFailure(result.status);
}

/** The API's answer as it is, for a page that handles a refusal itself. */
export function catalogAnswer<T>(context: Context, path: string, params?: URLSearchParams) {
  const query = params?.toString();
  return apiJson<T>(context, `/catalog${path}${query ? `?${query}` : ""}`, { onlyCookies: [] });
}

/** The page's status for an API failure: 404 stays 404, other refusals 400, trouble 502. */
export function pageFailure(apiStatus: number) {
  return data(null, { status: apiStatus === 404 ? 404 : apiStatus < 500 ? 400 : 502 });
}

// The shell (navigation) and a page may both want the tree or the designers: one call per request.
const treesOfRequest = new WeakMap<Context, Promise<CategoryNode[]>>();
const designersOfRequest = new WeakMap<Context, Promise<DesignerSummary[]>>();

/** The category tree in the reader's language, with counts of pieces on sale. */
export function loadCategoryTree(context: Context): Promise<CategoryNode[]> {
  let tree = treesOfRequest.get(context);
  if (!tree) {
    const { locale } = context.get(requestPreferencesContext);
    tree = loadCatalog<CategoryNode[]>(context, "/categories", new URLSearchParams({ locale }));
    treesOfRequest.set(context, tree);
  }
  return tree;
}

/** Every designer, with the number of pieces on sale. */
export function loadDesigners(context: Context): Promise<DesignerSummary[]> {
  let designers = designersOfRequest.get(context);
  if (!designers) {
    const { locale } = context.get(requestPreferencesContext);
    designers = loadCatalog<DesignerSummary[]>(context, "/designers", new URLSearchParams({ locale }));
    designersOfRequest.set(context, designers);
  }
  return designers;
}

/** A category and the categories above it (root first), or undefined. */
export function findCategory(tree: readonly CategoryNode[], slug: string, trail: CategoryNode[] = []): { node: CategoryNode; trail: CategoryNode[] } | undefined {
  for (const node of tree) {
    if (node.slug === slug) return { node, trail };
    const found = findCategory(node.children, slug, [...trail, node]);
    if (found) return found;
  }
  return undefined;
}

/** The address pages name as their own (`<link rel="canonical">`), on this site's origin. */
export function canonicalUrl(request: Request, pathname: string): string {
  return new URL(pathname, new URL(request.url).origin).toString();
}
