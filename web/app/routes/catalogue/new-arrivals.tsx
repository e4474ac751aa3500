import { canonicalUrl } from "../../catalogue/catalog-api.server";
import { loadListing } from "../../catalogue/listing.server";
import { catalogueMeta, isPlainListing } from "../../catalogue/page-meta";
import { ListingLayout } from "../../components/catalogue/listing-layout";
import { ErrorPage } from "../../components/error-page";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/new-arrivals";

/** /new: everything on sale, newest first (the API's order without search words). */
export async function loader({ context, request }: Route.LoaderArgs) {
  return { listing: await loadListing(context, request), canonical: canonicalUrl(request, "/new"), indexable: isPlainListing(request) };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  return catalogueMeta({
    title: t("catalogue.new.metaTitle"),
    description: t("catalogue.new.metaDescription"),
    canonical: loaderData?.canonical,
    indexable: loaderData?.indexable,
  });
};

export default function NewArrivalsPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <ListingLayout
      listing={loaderData.listing}
      eyebrow={<p className="eyebrow">{t("catalogue.new.kicker")}</p>}
      title={t("catalogue.new.heading")}
      intro={<p className="listing__lead">{t("catalogue.new.lead")}</p>}
    />
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
