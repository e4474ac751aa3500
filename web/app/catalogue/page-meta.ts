import type { MetaDescriptor } from "react-router";

/**
 * Title, description and canonical address of a catalogue page. A filtered, re-ordered or later
 * page of a listing names the plain listing as canonical and asks not to be indexed itself, so
 * search engines keep one page per category or designer, not one per combination of filters.
 */
export function catalogueMeta(page: { title: string; description: string; canonical?: string; indexable?: boolean }): MetaDescriptor[] {
  const meta: MetaDescriptor[] = [
    { title: page.title },
    { name: "description", content: page.description },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
  ];
  if (page.canonical) {
    meta.push({ tagName: "link", rel: "canonical", href: page.canonical }, { property: "og:url", content: page.canonical });
  }
  if (page.indexable === false) meta.push({ name: "robots", content: "noindex, follow" });
  return meta;
}

/** Whether the address is the plain listing (no filter, order or cursor), the one to index. */
export function isPlainListing(request: Request): boolean {
  return new URL(request.url).searchParams.size === 0;
}
