import { data, Link, useSearchParams, type ShouldRevalidateFunctionArgs } from "react-router";
import { currentSession } from "../../account/account-api.server";
import { csrfOf, textField } from "../../account/forms";
import { bagCall } from "../../cart/cart-api.server";
import { afterChange } from "../../cart/cart-forms";
import { canonicalUrl } from "../../catalogue/catalog-api.server";
import { countryName } from "../../account/address-countries";
import { loadProduct, presentProduct, productJsonLd } from "../../catalogue/product.server";
import { selectVariant } from "../../catalogue/variant-selection";
import { catalogueMeta } from "../../catalogue/page-meta";
import { Breadcrumbs } from "../../components/catalogue/breadcrumbs";
import { ProductGrid } from "../../components/catalogue/product-card";
import { ErrorPage } from "../../components/error-page";
import { ProductDetails } from "../../components/product/product-details";
import { ProductGallery } from "../../components/product/product-gallery";
import { BagForms } from "../../components/product/bag-forms";
import { PurchasePanel } from "../../components/product/purchase-panel";
import { VariantPicker } from "../../components/product/variant-picker";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import { useCspNonce } from "../../security/csp-nonce";
import type { Route } from "./+types/product";

/** /products/<slug>: gallery, variants with price, stock and delivery, details, related pieces. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const [product, session] = await Promise.all([loadProduct(context, params.slug), currentSession(context, request)]);
  const canonical = canonicalUrl(request, `/products/${product.slug}`);
  const added = new URL(request.url).searchParams.get("added");
  return data({
    product: presentProduct(product, locale),
    // Named on the server, so the page and its hydration agree.
    origin: product.originCountry ? countryName(product.originCountry, locale) : null,
    canonical,
    jsonLd: await productJsonLd(context, product, canonical),
    // The bag forms carry a signed-in customer's CSRF token: such a page is never cached.
    csrfToken: session?.csrfToken ?? null,
    added: added === "bag" || added === "wishlist" ? (added as "bag" | "wishlist") : null,
  }, session ? { headers: { "Cache-Control": "private, no-store" } } : undefined);
}

export function headers({ parentHeaders, loaderHeaders, actionHeaders }: Route.HeadersArgs) {
  const headers = new Headers(parentHeaders);
  const cacheControl = loaderHeaders.get("Cache-Control");
  if (cacheControl) headers.set("Cache-Control", cacheControl);
  for (const cookie of actionHeaders.getSetCookie()) headers.append("Set-Cookie", cookie);
  return headers;
}

/** "Add to bag" and "Add to wish list": back to this page with the same choice and a notice. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const csrfToken = csrfOf(form);
  const variantId = textField(form, "variantId");
  const back = new URLSearchParams();
  for (const name of ["colour", "size"]) if (textField(form, name)) back.set(name, textField(form, name));
  if (textField(form, "intent") === "bag") {
    back.set("added", "bag");
    return afterChange(await bagCall(context, "/bag/lines", { method: "POST", body: { variantId, quantity: 1 }, csrfToken }), `/products/${params.slug}?${back}`, "bag");
  }
  back.set("added", "wishlist");
  const body = variantId ? { variantId } : { productId: textField(form, "productId") };
  return afterChange(await bagCall(context, "/wishlist", { method: "POST", body, csrfToken }), `/products/${params.slug}?${back}`, "wishlist");
}

/** Choosing a colour or a size changes only the address: the page already holds every variant. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate, formMethod }: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod !== "GET") return defaultShouldRevalidate;
  if (currentUrl.pathname !== nextUrl.pathname) return defaultShouldRevalidate;
  const rest = (url: URL) => {
    const params = new URLSearchParams(url.search);
    params.delete("colour");
    params.delete("size");
    params.delete("added");
    return params.toString();
  };
  return rest(currentUrl) === rest(nextUrl) ? false : defaultShouldRevalidate;
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  if (!loaderData) return [{ title: t("meta.notFound.title") }];
  const { product } = loaderData;
  const lead = product.images[0];
  return [
    ...catalogueMeta({ title: t("product.metaTitle", { title: product.seo.title }), description: product.seo.description, canonical: loaderData.canonical }),
    { property: "og:type", content: "product" },
    ...(lead ? [{ property: "og:image", content: new URL(lead.url, loaderData.canonical).toString() }] : []),
  ];
};

export default function ProductPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { product, origin, jsonLd, csrfToken, added } = loaderData;
  const [searchParams, setSearchParams] = useSearchParams();
  const selection = selectVariant(product.variants, { colour: searchParams.get("colour"), size: searchParams.get("size") });
  const soldOutSizes = new Set(selection.sizes.filter((size) => !selection.candidates.some((v) => v.size === size && v.available > 0)));

  const choose = (choice: { colour?: string; size?: string }) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(choice)) next.set(name, value);
    setSearchParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <article className="product container">
      <ProductJsonLd data={jsonLd} />
      <Breadcrumbs trail={product.category.trail.map((c) => ({ href: `/category/${c.slug}`, name: c.name }))} />
      <div className="product__layout">
        <ProductGallery images={product.images} colour={selection.colour} name={product.name} />
        <div className="product__summary">
          <h1 className="product__title">
            <Link to={`/designers/${product.designer.slug}`} className="product__designer">{product.designer.name}</Link>
            <span className="product__name">{product.name}</span>
          </h1>
          <PurchasePanel product={product} selection={selection}>
            <VariantPicker action={`/products/${product.slug}`} selection={selection} soldOutSizes={soldOutSizes} onChoose={choose} />
            <BagForms productId={product.id} selection={selection} csrfToken={csrfToken} added={actionData ? null : added} refusal={actionData?.refusal ?? null} />
          </PurchasePanel>
          <ProductDetails product={product} origin={origin} />
        </div>
      </div>
      {product.related.length ? (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading" className="related__heading">{t("product.related")}</h2>
          <ProductGrid cards={product.related.slice(0, 4)} />
        </section>
      ) : null}
    </article>
  );
}

/**
 * schema.org data for search engines. Not a script that runs, but it carries the page's CSP
 * nonce all the same, like every <script> element the shop writes.
 */
function ProductJsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = useCspNonce() || undefined;
  // "<" escaped so no text in the data can close the element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: json }} />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
