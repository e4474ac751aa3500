import { data, Link, redirect } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { CATALOGUE_API, PRODUCT_STATUSES, productBadge, productStatusKey, type AdminProductSummary } from "../../backstage/catalogue";
import { productChoices } from "../../backstage/catalogue-api.server";
import { backstageErrorsFrom } from "../../backstage/problems";
import { backstageSignInPath, requirePermission, staffApi } from "../../backstage/staff-api.server";
import { FormAlert } from "../../components/account/form-fields";
import { CatalogueFilters, type CatalogueFilterValues } from "../../components/backstage/catalogue-filters";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/catalogue";

const PAGE_SIZE = 50;

function filtersOf(url: URL): CatalogueFilterValues {
  const param = (name: string, max: number) => url.searchParams.get(name)?.trim().slice(0, max) ?? "";
  const status = param("status", 20);
  return {
    q: param("q", 100),
    status: (PRODUCT_STATUSES as readonly string[]).includes(status) ? status : "",
    designerId: param("designerId", 40),
    categoryId: param("categoryId", 40),
  };
}

/** One page of products, newest change first, with the designers and categories to filter by. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "catalog.manage");
  const { locale } = context.get(requestPreferencesContext);
  const filters = filtersOf(url);
  const after = url.searchParams.get("after")?.slice(0, 200) ?? "";
  const apiQuery = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const [name, value] of Object.entries({ ...filters, after })) if (value) apiQuery.set(name, value);
  const [result, options] = await Promise.all([
    staffApi<{ products: AdminProductSummary[]; next: string | null }>(context, `${CATALOGUE_API}/products?${apiQuery}`),
    productChoices(args, locale),
  ]);
  if (!result.ok && result.status === 401) throw redirect(backstageSignInPath(url));
  if (!result.ok && result.status !== 400) throw data(null, { status: result.status >= 500 ? 502 : result.status });
  const base = { filters, after, options };
  if (!result.ok) return { ...base, products: [], next: null, errors: backstageErrorsFrom(result.problem) };
  return {
    ...base,
    products: result.data.products.map((product) => ({
      id: product.id,
      name: product.name,
      slug: product.slug,
      designer: product.designer.name,
      badge: productBadge(product),
      variantCount: product.variantCount,
      changed: formatDate(new Date(product.updatedAt), locale, "medium"),
    })),
    next: result.data.next,
    errors: undefined,
  };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.catalogue.title") }, { name: "robots", content: "noindex" }];
};

/** A link to another page of the same search. */
function pageLink(filters: CatalogueFilterValues, after: string | null): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, after })) if (value) params.set(name, value);
  const search = params.toString();
  return search ? `/admin/catalogue?${search}` : "/admin/catalogue";
}

export default function CataloguePage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { filters, products, next, after, errors, options } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="catalogue-heading">
      <h1 id="catalogue-heading" className="backstage-page__heading">
        {t("backstage.catalogue.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.catalogue.lead")}</p>
      <p className="backstage-actions">
        <Link to="/admin/catalogue/new" className="button">
          {t("backstage.catalogue.new")}
        </Link>
        <Link to="/admin/catalogue/import" className="text-link catalogue-link">
          {t("backstage.catalogue.importLink")}
        </Link>
        <Link to="/admin/catalogue/designers" className="text-link catalogue-link">
          {t("backstage.catalogue.designersLink")}
        </Link>
        <Link to="/admin/catalogue/categories" className="text-link catalogue-link">
          {t("backstage.catalogue.categoriesLink")}
        </Link>
      </p>
      <CatalogueFilters values={filters} designers={options.designers} categories={options.categories} />
      <FormAlert errors={errors} />
      {products.length === 0 ? (
        <p className="backstage-empty">{t("backstage.catalogue.none")}</p>
      ) : (
        <div className="backstage-table-wrap">
          <table className="backstage-table">
            <caption className="visually-hidden">{t("backstage.catalogue.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("backstage.catalogue.column.product")}</th>
                <th scope="col">{t("backstage.catalogue.column.designer")}</th>
                <th scope="col">{t("backstage.catalogue.column.status")}</th>
                <th scope="col">{t("backstage.catalogue.column.variants")}</th>
                <th scope="col">{t("backstage.catalogue.column.changed")}</th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => {
                const statusKey = productStatusKey(product.badge);
                return (
                  <tr key={product.id}>
                    <td>
                      <Link to={`/admin/catalogue/${product.id}`} className="backstage-table__primary">
                        {product.name}
                      </Link>
                      <span className="backstage-table__code">{product.slug}</span>
                    </td>
                    <td>{product.designer}</td>
                    <td>
                      <span className={`backstage-state backstage-state--${product.badge}`}>{statusKey ? t(statusKey) : product.badge}</span>
                    </td>
                    <td>{product.variantCount}</td>
                    <td>{product.changed}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav className="backstage-paging" aria-label={t("backstage.paging.label")}>
        {after ? (
          <Link to={pageLink(filters, null)} className="text-link">
            {t("backstage.paging.first")}
          </Link>
        ) : null}
        {next ? (
          <Link to={pageLink(filters, next)} className="text-link">
            {t("backstage.paging.next")}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
