import { data } from "react-router";
import { canonicalUrl, findCategory, loadCategoryTree } from "../../catalogue/catalog-api.server";
import { hrefOf, withParams } from "../../catalogue/listing-url";
import { loadListing } from "../../catalogue/listing.server";
import { catalogueMeta, isPlainListing } from "../../catalogue/page-meta";
import { Breadcrumbs } from "../../components/catalogue/breadcrumbs";
import { ListingLayout } from "../../components/catalogue/listing-layout";
import { ErrorPage } from "../../components/error-page";
import { translatorFromMatches } from "../../i18n/meta";
import type { Route } from "./+types/category";

/** /category/<slug>: the pieces of a category and its sub-categories, with facets. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const found = findCategory(await loadCategoryTree(context), params.slug);
  if (!found) throw data(null, { status: 404 });
  const listing = await loadListing(context, request, { category: params.slug });
  return {
    listing,
    category: { slug: found.node.slug, name: found.node.name },
    trail: found.trail.map((c) => ({ href: `/category/${c.slug}`, name: c.name })),
    canonical: canonicalUrl(request, `/category/${params.slug}`),
    indexable: isPlainListing(request),
  };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  if (!loaderData) return [{ title: t("meta.notFound.title") }];
  const name = loaderData.category.name;
  return catalogueMeta({
    title: t("catalogue.category.metaTitle", { name }),
    description: t("catalogue.category.metaDescription", { name }),
    canonical: loaderData.canonical,
    indexable: loaderData.indexable,
  });
};

export default function CategoryPage({ loaderData }: Route.ComponentProps) {
  const { listing, category, trail } = loaderData;
  return (
    <ListingLayout
      listing={listing}
      title={category.name}
      eyebrow={<Breadcrumbs trail={trail} />}
      // A sub-category is a page of its own; the filters chosen here go along.
      categoryHref={(slug, params) => hrefOf(`/category/${slug}`, withParams(params, { category: null }))}
    />
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
