import { data, Link, redirect } from "react-router";
import { csrfOf } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { DRAFT_FIELD_NAMES, draftBody, draftValuesFrom, draftValuesOf, editorKind, loadVersions } from "../../backstage/legal-admin.server";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, requirePermission } from "../../backstage/staff-api.server";
import { LegalDraftForm } from "../../components/backstage/legal-draft-form";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import { LEGAL_NAMES } from "../../legal/legal-documents";
import type { Route } from "./+types/legal-new";
import { useBackstageArea } from "./signed-in";

/**
 * A new draft starts from the texts of the newest version, since most changes amend it; its date
 * and weight are decided afresh (a minor change unless the editor says otherwise).
 */
export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "legal.manage");
  const kind = editorKind(params.kind);
  const [newest] = await loadVersions({ context, request, url }, kind);
  return { kind, startsFrom: newest?.version ?? null, values: draftValuesOf(newest && { ...newest, effectiveAt: null, material: false }) };
}

export async function action({ context, request, params, url }: Route.ActionArgs) {
  const kind = editorKind(params.kind);
  const form = await request.formData();
  const values = draftValuesFrom(form);
  const body = { version: values.version, ...draftBody(values) };
  const result = await changeAsStaff({ context, request, url }, `/admin/legal/documents/${kind}/versions`, { method: "POST", body, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/legal/${kind}/versions/${encodeURIComponent(values.version)}?saved=created`, 303);
  return data({ values, errors: backstageErrorsFrom(result.problem, DRAFT_FIELD_NAMES) }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.legal.new.title") }, { name: "robots", content: "noindex" }];
};

export default function NewLegalDraft({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const name = t(LEGAL_NAMES[loaderData.kind]);
  return (
    <section className="backstage-page" aria-labelledby="new-draft-heading">
      <p className="eyebrow">
        <Link to="/admin/legal">{t("backstage.nav.legal")}</Link>
      </p>
      <h1 id="new-draft-heading" className="backstage-page__heading">
        {t("backstage.legal.new.heading", { document: name })}
      </h1>
      <p className="backstage-page__lead">
        {loaderData.startsFrom ? t("backstage.legal.new.startsFrom", { version: loaderData.startsFrom }) : t("backstage.legal.new.first")}
      </p>
      <LegalDraftForm csrfToken={csrfToken} values={actionData?.values ?? loaderData.values} errors={actionData?.errors} submitLabel={t("backstage.legal.new.submit")} />
    </section>
  );
}
