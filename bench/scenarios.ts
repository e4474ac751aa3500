/**
 * What `npm run bench` measures, in this order. Later issues add rows here. Keep names stable:
 * result lines are compared across days by `scenario`, and BENCH_ONLY selects by name.
 */
export interface Scenario {
  name: string;
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Path and query on the product; the reference server answers any path. `{category}` and
   * `{product}` stand for the first top-level category and the most popular product, looked up
   * once the product runs (the seeded catalogue decides their slugs).
   */
  path: string;
  headers: Readonly<Record<string, string>>;
}

export const SCENARIOS: readonly Scenario[] = [
  // The cheapest route: the HTTP stack, hooks and security headers, no database, no rendering.
  { name: 'healthz', method: 'GET', path: '/healthz', headers: {} },
  // The storefront home page rendered on the server; a fixed language so every request does the same work.
  { name: 'home', method: 'GET', path: '/', headers: { 'accept-language': 'en' } },
  // W1: a category listing of 24 products with facet counts, as JSON and as the rendered page.
  { name: 'w1-listing-api', method: 'GET', path: '/api/catalog/products?category={category}&limit=24', headers: {} },
  { name: 'w1-listing-page', method: 'GET', path: '/category/{category}', headers: { 'accept-language': 'en' } },
  // W2: a product page, every variant with price, stock and delivery window.
  { name: 'w2-product-api', method: 'GET', path: '/api/catalog/products/{product}', headers: {} },
  { name: 'w2-product-page', method: 'GET', path: '/products/{product}', headers: { 'accept-language': 'en' } },
  // W3: a search for "bag" with facets.
  { name: 'w3-search-api', method: 'GET', path: '/api/catalog/products?q=bag&limit=24', headers: {} },
  { name: 'w3-search-page', method: 'GET', path: '/search?q=bag', headers: { 'accept-language': 'en' } },
  // The page scenarios above come without cookies, as a first visit or a crawler does: the page is
  // rendered once per PAGE_CACHE_MS and copied meanwhile. A visitor with any cookie (a bag, a
  // session, a consent decision) gets a page rendered for them: these rows measure that.
  { name: 'w1-listing-page-rendered', method: 'GET', path: '/category/{category}', headers: { 'accept-language': 'en', cookie: 'bench=1' } },
  { name: 'w2-product-page-rendered', method: 'GET', path: '/products/{product}', headers: { 'accept-language': 'en', cookie: 'bench=1' } },
  { name: 'w3-search-page-rendered', method: 'GET', path: '/search?q=bag', headers: { 'accept-language': 'en', cookie: 'bench=1' } },
];
