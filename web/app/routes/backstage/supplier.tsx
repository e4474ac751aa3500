import { data, Link } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { isSupplierId, supplierStatusKey, type SupplierOrganisation, type SupplierUser } from "../../backstage/suppliers";
import { FormNotice } from "../../components/account/form-fields";
import { AddedSupplierUserNotice, AddSupplierUserForm, SupplierUsersTable } from "../../components/backstage/supplier-sections";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/supplier";
import { useBackstageArea } from "./signed-in";

/** One organisation and the people who sign in for it. */
export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "suppliers.manage");
  if (!isSupplierId(params.id)) throw data(null, { status: 404 });
  const { locale } = context.get(requestPreferencesContext);
  const detail = await loadStaffResource<{ organisation: SupplierOrganisation; users: SupplierUser[] }>({ context, request, url }, `/admin/supplier-organisations/${params.id}`);
  const since = (iso: string) => formatDate(new Date(iso), locale, "medium");
  return {
    organisation: { ...detail.organisation, since: since(detail.organisation.createdAt) },
    users: detail.users.map((user) => ({ id: user.id, name: user.name, email: user.email, status: user.status, since: since(user.createdAt) })),
    created: url.searchParams.get("saved") === "created",
  };
}

/**
 * Gives a person access to the supplier portal. The answer is the page itself, not a redirect:
 * the temporary password is shown in it this once, and nowhere else.
 */
export async function action({ context, request, params, url }: Route.ActionArgs) {
  if (!isSupplierId(params.id)) throw data(null, { status: 404 });
  const form = await request.formData();
  const values = { name: textField(form, "name"), email: textField(form, "email") };
  const result = await changeAsStaff<{ user: SupplierUser; temporaryPassword: string }>({ context, request, url }, `/admin/supplier-organisations/${params.id}/users`, {
    method: "POST",
    body: values,
    csrfToken: csrfOf(form),
  });
  if (!result.ok) return data({ added: null, errors: backstageErrorsFrom(result.problem), values }, { status: refusalStatus(result.status) });
  const { user, temporaryPassword } = result.data;
  return data({ added: { name: user.name, email: user.email, temporaryPassword }, errors: undefined, values: undefined });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.suppliers.detail.title") }, { name: "robots", content: "noindex" }];
};

export default function SupplierPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { organisation, users } = loaderData;
  const statusKey = supplierStatusKey(organisation.status);
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="supplier-heading">
      <p className="eyebrow">{t("backstage.suppliers.detail.eyebrow")}</p>
      <h1 id="supplier-heading" className="backstage-page__heading">
        {organisation.name}
      </h1>
      <p>
        <Link to="/admin/suppliers" className="text-link">
          {t("backstage.suppliers.detail.back")}
        </Link>
      </p>
      {loaderData.created && !actionData ? <FormNotice>{t("backstage.suppliers.detail.created")}</FormNotice> : null}
      <dl className="backstage-facts">
        <div className="backstage-facts__row">
          <dt>{t("backstage.suppliers.column.status")}</dt>
          <dd>{statusKey ? t(statusKey) : organisation.status}</dd>
        </div>
        <div className="backstage-facts__row">
          <dt>{t("backstage.suppliers.column.since")}</dt>
          <dd>{organisation.since}</dd>
        </div>
        <div className="backstage-facts__row">
          <dt>{t("backstage.suppliers.detail.id")}</dt>
          <dd>{organisation.id}</dd>
        </div>
      </dl>
      {actionData?.added ? <AddedSupplierUserNotice {...actionData.added} /> : null}
      <h2 className="account-page__subheading">{t("backstage.suppliers.detail.usersHeading")}</h2>
      <SupplierUsersTable users={users} />
      <AddSupplierUserForm csrfToken={csrfToken} errors={actionData?.errors} values={actionData?.values} />
    </section>
  );
}
