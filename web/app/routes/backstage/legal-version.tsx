import { data, Link, redirect } from "react-router";
import { csrfOf } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { DRAFT_FIELD_NAMES, draftBody, draftValuesFrom, draftValuesOf, editorKind, loadVersion } from "../../backstage/legal-admin.server";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, requirePermission } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { LegalDraftForm } from "../../components/backstage/legal-draft-form";
import { formatDate, formatDateTime } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { LEGAL_NAMES, legalPathOf } from "../../legal/legal-documents";
import type { Route } from "./+types/legal-version";
import { useBackstageArea } from "./signed-in";

const SAVED: Readonly<Record<string, PlainMessageKey>> = {
  created: "backstage.legal.saved.created",
  saved: "backstage.legal.saved.saved",
  published: "backstage.legal.saved.published",
};

export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "legal.manage");
  const { locale } = context.get(requestPreferencesContext);
  const kind = editorKind(params.kind);
  const version = await loadVersion({ context, request, url }, kind, params.version);
  const saved = url.searchParams.get("saved");
  return {
    kind,
    version: version.version,
    status: version.status,
    material: version.material,
    summary: version.summary,
    effective: version.effectiveAt ? formatDate(new Date(version.effectiveAt), locale) : null,
    publishedAt: version.publishedAt ? formatDateTime(new Date(version.publishedAt), locale) : null,
    values: { ...draftValuesOf(version), version: version.version, summary: version.summary },
    saved: saved && Object.hasOwn(SAVED, saved) ? SAVED[saved]! : null,
  };
}

/** Saves the draft's fields; a published version cannot change (the API says so, shown on the form). */
export async function action({ context, request, params, url }: Route.ActionArgs) {
  const kind = editorKind(params.kind);
  const form = await request.formData();
  const values = { ...draftValuesFrom(form), version: params.version ?? "" };
  const path = `/admin/legal/documents/${kind}/versions/${encodeURIComponent(values.version)}`;
  const result = await changeAsStaff({ context, request, url }, path, { method: "PATCH", body: draftBody(values), csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/legal/${kind}/versions/${encodeURIComponent(values.version)}?saved=saved`, 303);
  return data({ values, errors: backstageErrorsFrom(result.problem, DRAFT_FIELD_NAMES) }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.legal.version.title") }, { name: "robots", content: "noindex" }];
};

export default function LegalVersionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { kind, version, status } = loaderData;
  const publicPath = legalPathOf(kind);
  return (
    <section className="backstage-page" aria-labelledby="version-heading">
      <p className="eyebrow">
        <Link to="/admin/legal">{t(LEGAL_NAMES[kind])}</Link>
      </p>
      <h1 id="version-heading" className="backstage-page__heading">
        {t("legal.version", { version })}
      </h1>
      {loaderData.saved && !actionData ? <FormNotice>{t(loaderData.saved)}</FormNotice> : null}
      <dl className="backstage-facts">
        <div className="backstage-facts__row">
          <dt>{t("backstage.legal.column.status")}</dt>
          <dd>{status === "draft" ? t("backstage.legal.state.draft") : t("backstage.legal.publishedOn", { date: loaderData.publishedAt ?? "" })}</dd>
        </div>
        <div className="backstage-facts__row">
          <dt>{t("backstage.legal.column.effective")}</dt>
          <dd>{loaderData.effective ?? t("backstage.legal.onPublication")}</dd>
        </div>
        <div className="backstage-facts__row">
          <dt>{t("backstage.legal.column.change")}</dt>
          <dd>{loaderData.material ? t("backstage.legal.material") : t("backstage.legal.minor")}</dd>
        </div>
      </dl>
      {status === "draft" ? (
        <>
          <p className="backstage-page__actions">
            <Link to={`/admin/legal/${kind}/versions/${version}/publish`} className="button">
              {t("backstage.legal.publishLink")}
            </Link>
          </p>
          <h2 className="account-page__subheading">{t("backstage.legal.editHeading")}</h2>
          <LegalDraftForm csrfToken={csrfToken} values={actionData?.values ?? loaderData.values} errors={actionData?.errors} fixedVersion={version} submitLabel={t("backstage.legal.saveDraft")} />
        </>
      ) : (
        <>
          <p className="backstage-summary">{loaderData.summary}</p>
          <p className="form-field__hint">{t("backstage.legal.publishedFixed")}</p>
          {publicPath ? (
            <Link to={`${publicPath}/versions/${version}`} className="text-link">
              {t("backstage.legal.readPublic")}
            </Link>
          ) : null}
        </>
      )}
    </section>
  );
}
