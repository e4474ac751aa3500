import { data, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, loadStaffResource, requirePermission, type StaffMember } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { CreatedStaffNotice, CreateStaffForm, StaffTable } from "../../components/backstage/staff-sections";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/staff";
import { useBackstageArea } from "./signed-in";

const SAVED: Readonly<Record<string, PlainMessageKey>> = {
  role: "backstage.staff.saved.role",
  disable: "backstage.staff.saved.disabled",
  enable: "backstage.staff.saved.enabled",
  "totp-reset": "backstage.staff.saved.totpReset",
};

export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "staff.manage");
  const { locale } = context.get(requestPreferencesContext);
  const [{ staff }, { roles }] = await Promise.all([
    loadStaffResource<{ staff: StaffMember[] }>({ context, request, url }, "/admin/staff"),
    loadStaffResource<{ roles: { id: string }[] }>({ context, request, url }, "/admin/roles"),
  ]);
  const saved = url.searchParams.get("saved");
  return {
    staff: staff.map((member) => ({ ...member, since: formatDate(new Date(member.createdAt), locale) })),
    roles: roles.map((role) => role.id),
    saved: saved && Object.hasOwn(SAVED, saved) ? SAVED[saved]! : null,
  };
}

type Intent = "create" | "role" | "disable" | "enable" | "totp-reset";

/** One action for the page's forms, told apart by `intent`; each carries the session's CSRF token. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const csrfToken = csrfOf(form);
  const intent = textField(form, "intent") as Intent;
  const staffId = textField(form, "staffId");
  const refused = (result: { status: number; problem: Parameters<typeof backstageErrorsFrom>[0] }) =>
    data({ intent, staffId, created: null, errors: backstageErrorsFrom(result.problem) as FormErrors }, { status: refusalStatus(result.status) });

  if (intent === "create") {
    const body = { email: textField(form, "email"), name: textField(form, "name"), role: textField(form, "role") };
    const result = await changeAsStaff<{ staff: StaffMember; temporaryPassword: string }>({ context, request, url }, "/admin/staff", { method: "POST", body, csrfToken });
    if (!result.ok) return refused(result);
    // Shown this once, in this answer only: the API keeps nothing but its hash.
    const { staff, temporaryPassword } = result.data;
    return data({ intent, staffId: staff.id, created: { name: staff.name, email: staff.email, temporaryPassword }, errors: undefined });
  }
  const path = `/admin/staff/${encodeURIComponent(staffId)}`;
  const result =
    intent === "role"
      ? await changeAsStaff({ context, request, url }, `${path}/role`, { method: "PUT", body: { role: textField(form, "role") }, csrfToken })
      : intent === "disable" || intent === "enable" || intent === "totp-reset"
        ? await changeAsStaff({ context, request, url }, `${path}/${intent}`, { method: "POST", csrfToken })
        : null;
  if (!result) return data({ intent, staffId, created: null, errors: { form: "account.error.generic", fields: {} } as FormErrors }, { status: 400 });
  return result.ok ? redirect(`/admin/staff?saved=${intent}`, 303) : refused(result);
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.staff.title") }, { name: "robots", content: "noindex" }];
};

export default function StaffPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { staff: me, csrfToken } = useBackstageArea();
  const rowErrors = actionData && actionData.intent !== "create" ? { staffId: actionData.staffId, errors: actionData.errors } : null;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="staff-heading">
      <h1 id="staff-heading" className="backstage-page__heading">
        {t("backstage.staff.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.staff.lead")}</p>
      {loaderData.saved && !actionData ? <FormNotice>{t(loaderData.saved)}</FormNotice> : null}
      {actionData?.created ? <CreatedStaffNotice {...actionData.created} /> : null}
      <StaffTable staff={loaderData.staff} roles={loaderData.roles} selfId={me.id} csrfToken={csrfToken} rowErrors={rowErrors} />
      <CreateStaffForm roles={loaderData.roles} csrfToken={csrfToken} errors={actionData?.intent === "create" ? actionData.errors : undefined} />
    </section>
  );
}
