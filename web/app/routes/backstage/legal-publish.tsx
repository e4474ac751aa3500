import { data, Form, Link, redirect } from "react-router";
import { csrfOf } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { editorKind, loadVersion } from "../../backstage/legal-admin.server";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, requirePermission } from "../../backstage/staff-api.server";
import { CsrfField, FormAlert, SubmitButton } from "../../components/account/form-fields";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import { LEGAL_NAMES } from "../../legal/legal-documents";
import type { Route } from "./+types/legal-publish";
import { useBackstageArea } from "./signed-in";

/** The confirmation step: what publishing this version will do, said before it is done. */
export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "legal.manage");
  const { locale } = context.get(requestPreferencesContext);
  const kind = editorKind(params.kind);
  const version = await loadVersion({ context, request, url }, kind, params.version);
  const page = `/admin/legal/${kind}/versions/${encodeURIComponent(version.version)}`;
  if (version.status !== "draft") throw redirect(page);
  return {
    kind,
    version: version.version,
    page,
    material: version.material,
    effective: version.effectiveAt ? formatDate(new Date(version.effectiveAt), locale) : null,
  };
}

export async function action({ context, request, params, url }: Route.ActionArgs) {
  const kind = editorKind(params.kind);
  const version = encodeURIComponent(params.version ?? "");
  const form = await request.formData();
  const result = await changeAsStaff({ context, request, url }, `/admin/legal/documents/${kind}/versions/${version}/publish`, { method: "POST", csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/legal/${kind}/versions/${version}?saved=published`, 303);
  return data({ errors: backstageErrorsFrom(result.problem) }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.legal.publish.title") }, { name: "robots", content: "noindex" }];
};

export default function PublishLegalVersion({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const document = t(LEGAL_NAMES[loaderData.kind]);
  return (
    <section className="backstage-page" aria-labelledby="publish-heading">
      <p className="eyebrow">
        <Link to={loaderData.page}>{t("legal.version", { version: loaderData.version })}</Link>
      </p>
      <h1 id="publish-heading" className="backstage-page__heading">
        {t("backstage.legal.publish.heading", { document, version: loaderData.version })}
      </h1>
      <div className={loaderData.material ? "account-panel account-panel--attention" : "account-panel"}>
        <h2 className="account-panel__heading">{loaderData.material ? t("backstage.legal.material") : t("backstage.legal.minor")}</h2>
        <p className="account-panel__body">{loaderData.material ? t("backstage.legal.publish.materialBody") : t("backstage.legal.publish.minorBody")}</p>
      </div>
      <p className="backstage-page__lead">
        {loaderData.effective ? t("backstage.legal.publish.effectiveOn", { date: loaderData.effective }) : t("backstage.legal.publish.effectiveNow")}{" "}
        {t("backstage.legal.publish.final")}
      </p>
      <Form method="post" className="account-form">
        <FormAlert errors={actionData?.errors} />
        <CsrfField token={csrfToken} />
        <div className="account-form__actions">
          <SubmitButton>{t("backstage.legal.publish.submit")}</SubmitButton>
          <Link to={loaderData.page} className="button button--outline">
            {t("backstage.legal.publish.back")}
          </Link>
        </div>
      </Form>
    </section>
  );
}
