import { data, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import type { SupplierOrganisation } from "../../backstage/suppliers";
import { CreateSupplierForm, SupplierTable } from "../../components/backstage/supplier-sections";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/suppliers";
import { useBackstageArea } from "./signed-in";

/** Every supplier organisation, dates formatted here so the server's HTML and the hydrated page agree. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "suppliers.manage");
  const { locale } = context.get(requestPreferencesContext);
  const { organisations } = await loadStaffResource<{ organisations: SupplierOrganisation[] }>({ context, request, url }, "/admin/supplier-organisations");
  return {
    organisations: organisations.map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      status: organisation.status,
      since: formatDate(new Date(organisation.createdAt), locale, "medium"),
    })),
  };
}

/** Registers an organisation, then opens its page, where its people are given access. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const name = textField(form, "name");
  const result = await changeAsStaff<SupplierOrganisation>({ context, request, url }, "/admin/supplier-organisations", { method: "POST", body: { name }, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/suppliers/${result.data.id}?saved=created`, 303);
  return data({ errors: backstageErrorsFrom(result.problem), values: { name } }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.suppliers.title") }, { name: "robots", content: "noindex" }];
};

export default function SuppliersPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="suppliers-heading">
      <h1 id="suppliers-heading" className="backstage-page__heading">
        {t("backstage.suppliers.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.suppliers.lead")}</p>
      <SupplierTable organisations={loaderData.organisations} />
      <CreateSupplierForm csrfToken={csrfToken} errors={actionData?.errors} values={actionData?.values} />
    </section>
  );
}
