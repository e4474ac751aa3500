import { data, Link, redirect } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { orderFiltersOf, ordersApiQuery, ordersErrorsFrom, ordersPagePath, type StaffOrderRow } from "../../backstage/orders";
import { orderRowView } from "../../backstage/orders-present.server";
import { backstageSignInPath, requirePermission, staffApi } from "../../backstage/staff-api.server";
import { FormAlert } from "../../components/account/form-fields";
import { OrderFilterForm } from "../../components/backstage/order-filters";
import { OrderTable } from "../../components/backstage/order-table";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/orders";

const PAGE_SIZE = 25;

/** One page of orders matching the filters, newest first; the API writes every search to the audit log. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "orders.manage");
  const { locale } = context.get(requestPreferencesContext);
  const filters = orderFiltersOf(url.searchParams);
  const after = url.searchParams.get("after")?.slice(0, 200) ?? "";
  const result = await staffApi<{ orders: StaffOrderRow[]; next: string | null }>(context, `/admin/orders?${ordersApiQuery(filters, after, PAGE_SIZE)}`);
  if (!result.ok && result.status === 401) throw redirect(backstageSignInPath(url));
  if (!result.ok && result.status !== 400) throw data(null, { status: result.status >= 500 ? 502 : result.status });
  if (!result.ok) return { filters, after, orders: [], next: null, errors: ordersErrorsFrom(result.problem) };
  return { filters, after, orders: result.data.orders.map((row) => orderRowView(row, locale)), next: result.data.next, errors: undefined };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.orders.title") }, { name: "robots", content: "noindex" }];
};

export default function OrdersPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { filters, orders, next, after, errors } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="orders-heading">
      <h1 id="orders-heading" className="backstage-page__heading">
        {t("backstage.orders.heading")}
      </h1>
      <p className="backstage-audit-note">{t("backstage.orders.auditNote")}</p>
      {filters.customerId ? <p className="backstage-page__lead">{t("backstage.orders.ofCustomer", { id: filters.customerId })}</p> : null}
      <OrderFilterForm filters={filters} errors={errors} />
      <FormAlert errors={errors} />
      {orders.length === 0 ? <p className="backstage-empty">{t("backstage.orders.none")}</p> : <OrderTable orders={orders} />}
      <nav className="backstage-paging" aria-label={t("backstage.paging.label")}>
        {after ? (
          <Link to={ordersPagePath(filters, null)} className="text-link">
            {t("backstage.paging.first")}
          </Link>
        ) : null}
        {next ? (
          <Link to={ordersPagePath(filters, next)} className="text-link">
            {t("backstage.paging.next")}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
