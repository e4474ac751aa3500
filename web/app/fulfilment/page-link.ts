/**
 * Where an order page lives: the account's (`/account/orders/<id>`), or the guest's, whose
 * token travels in every link and form of the page (`/orders/<id>?token=…`).
 */
export interface PageLink {
  path: string;
  token: string | null;
}

/** The page's address with these query parameters (the guest's token first, when there is one). */
export function pageUrl(page: PageLink, params: Readonly<Record<string, string>> = {}): string {
  const query = new URLSearchParams({ ...(page.token ? { token: page.token } : {}), ...params }).toString();
  return query ? `${page.path}?${query}` : page.path;
}
