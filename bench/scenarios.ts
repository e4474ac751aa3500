/**
 * What `npm run bench` measures, in this order. Later issues add rows here. Keep names stable:
 * result lines are compared across days by `scenario`, and BENCH_ONLY selects by name.
 */
export interface Scenario {
  name: string;
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query on the product; the reference server answers any path. */
  path: string;
  headers: Readonly<Record<string, string>>;
}

export const SCENARIOS: readonly Scenario[] = [
  // The cheapest route: the HTTP stack, hooks and security headers, no database, no rendering.
  { name: 'healthz', method: 'GET', path: '/healthz', headers: {} },
  // The storefront home page rendered on the server; a fixed language so every request does the same work.
  { name: 'home', method: 'GET', path: '/', headers: { 'accept-language': 'en' } },
];
