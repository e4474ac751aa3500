import { data, Link, redirect } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { customerStateKey, isCustomerId, isCustomerState, type StaffCustomerView } from "../../backstage/customers";
import { backstageErrorsFrom } from "../../backstage/problems";
import { backstageSignInPath, requirePermission, staffApi } from "../../backstage/staff-api.server";
import { FormAlert } from "../../components/account/form-fields";
import { CustomerSearchForm } from "../../components/backstage/customer-search";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/customers";

const PAGE_SIZE = 25;

/** One page of customers matching the search; every search is written to the audit log by the API. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "customers.read");
  const { locale } = context.get(requestPreferencesContext);
  const query = url.searchParams.get("query")?.trim().slice(0, 200) ?? "";
  const stateParam = url.searchParams.get("state");
  const state = isCustomerState(stateParam) ? stateParam : "";
  const afterParam = url.searchParams.get("after");
  const after = isCustomerId(afterParam) ? afterParam : "";
  const apiQuery = new URLSearchParams({ limit: String(PAGE_SIZE), ...(query && { query }), ...(state && { state }), ...(after && { after }) });
  const result = await staffApi<{ customers: StaffCustomerView[]; next: string | null }>(context, `/admin/customers?${apiQuery}`);
  if (!result.ok && result.status === 401) throw redirect(backstageSignInPath(url));
  if (!result.ok && result.status !== 400) throw data(null, { status: result.status >= 500 ? 502 : result.status });
  const filters = { query, state };
  if (!result.ok) return { filters, after, customers: [], next: null, errors: backstageErrorsFrom(result.problem) };
  return {
    filters,
    after,
    customers: result.data.customers.map((customer) => ({
      id: customer.id,
      name: customer.name,
      email: customer.email,
      state: customer.state,
      since: formatDate(new Date(customer.createdAt), locale, "medium"),
    })),
    next: result.data.next,
    errors: undefined,
  };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.customers.title") }, { name: "robots", content: "noindex" }];
};

/** A link to another page of the same search. */
function pageLink(filters: { query: string; state: string }, after: string | null): string {
  const params = new URLSearchParams({ ...(filters.query && { query: filters.query }), ...(filters.state && { state: filters.state }), ...(after && { after }) });
  const search = params.toString();
  return search ? `/admin/customers?${search}` : "/admin/customers";
}

export default function CustomersPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { filters, customers, next, after, errors } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="customers-heading">
      <h1 id="customers-heading" className="backstage-page__heading">
        {t("backstage.customers.heading")}
      </h1>
      <p className="backstage-audit-note">{t("backstage.customers.auditNote")}</p>
      <CustomerSearchForm query={filters.query} state={filters.state} />
      <FormAlert errors={errors} />
      {customers.length === 0 ? (
        <p className="backstage-empty">{t("backstage.customers.none")}</p>
      ) : (
        <div className="backstage-table-wrap">
          <table className="backstage-table">
            <caption className="visually-hidden">{t("backstage.customers.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("account.field.name")}</th>
                <th scope="col">{t("account.field.email")}</th>
                <th scope="col">{t("backstage.field.state")}</th>
                <th scope="col">{t("backstage.customers.column.since")}</th>
              </tr>
            </thead>
            <tbody>
              {customers.map((customer) => {
                const stateKey = customerStateKey(customer.state);
                return (
                  <tr key={customer.id}>
                    <td>
                      <Link to={`/admin/customers/${customer.id}`} className="backstage-table__primary">
                        {customer.name}
                      </Link>
                    </td>
                    <td>{customer.email}</td>
                    <td>
                      <span className={`backstage-state backstage-state--${customer.state}`}>{stateKey ? t(stateKey) : customer.state}</span>
                    </td>
                    <td>{customer.since}</td>
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
