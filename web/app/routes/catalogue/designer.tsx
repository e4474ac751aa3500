import { canonicalUrl, loadCatalog } from "../../catalogue/catalog-api.server";
import type { DesignerDetail } from "../../catalogue/catalog-types";
import { loadListing } from "../../catalogue/listing.server";
import { catalogueMeta, isPlainListing } from "../../catalogue/page-meta";
import { Breadcrumbs } from "../../components/catalogue/breadcrumbs";
import { ListingLayout } from "../../components/catalogue/listing-layout";
import { ErrorPage } from "../../components/error-page";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/designer";

/** /designers/<slug>: the house's story, then its pieces with facets. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const [designer, listing] = await Promise.all([
    loadCatalog<DesignerDetail>(context, `/designers/${encodeURIComponent(params.slug)}`, new URLSearchParams({ locale })),
    loadListing(context, request, { designer: params.slug }),
  ]);
  return { designer, listing, canonical: canonicalUrl(request, `/designers/${designer.slug}`), indexable: isPlainListing(request) };
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  const { t } = translatorFromMatches(matches);
  if (!loaderData) return [{ title: t("meta.notFound.title") }];
  const { designer } = loaderData;
  const story = designer.story.replace(/\s+/g, " ").trim();
  return catalogueMeta({
    title: t("catalogue.designer.metaTitle", { name: designer.name }),
    description: story ? story.slice(0, 160) : t("catalogue.designer.metaDescription", { name: designer.name }),
    canonical: loaderData.canonical,
    indexable: loaderData.indexable,
  });
};

export default function DesignerPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { designer, listing } = loaderData;
  const paragraphs = designer.story.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <ListingLayout
      listing={listing}
      hideDesigner
      eyebrow={<Breadcrumbs trail={[{ href: "/designers", name: t("nav.designers") }]} />}
      title={
        <>
          {designer.name}
          {designer.localName ? <span className="listing__local-name" lang="zh">{designer.localName}</span> : null}
        </>
      }
      intro={
        paragraphs.length ? (
          <div className="designer-story">
            {paragraphs.map((p, i) => <p key={i} className={i === 0 ? "designer-story__lead" : undefined}>{p}</p>)}
          </div>
        ) : null
      }
      aside={
        designer.logo ? (
          <img className="designer-logo" src={designer.logo.url} width={designer.logo.width} height={designer.logo.height} alt={designer.logo.alt} />
        ) : null
      }
    />
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
