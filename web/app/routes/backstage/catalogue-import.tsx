import { data, Link } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { catalogueApiPaths, IMPORT_KINDS, type ImportKind, type ImportResult, type ImportRowError } from "../../backstage/catalogue";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, requirePermission } from "../../backstage/staff-api.server";
import { CatalogueImportForm, ImportRowErrors } from "../../components/backstage/catalogue-import";
import { FormNotice } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/catalogue-import";
import { useBackstageArea } from "./signed-in";

export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "catalog.manage");
  return { exports: IMPORT_KINDS.map((kind) => ({ kind, href: catalogueApiPaths.export(kind) })) };
}

type ImportOutcome =
  | { kind: ImportKind; imported: ImportResult; rows?: undefined; errors?: undefined }
  | { kind: ImportKind; imported?: undefined; rows: ImportRowError[]; errors: FormErrors };

function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** The file (or the pasted text) goes to the API as CSV; it imports all of it, or none and says why. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const kind = textField(form, "kind");
  if (!isImportKind(kind)) throw data(null, { status: 400 });
  const file = form.get("file");
  const text = file instanceof File && file.size > 0 ? await file.text() : textField(form, "csv");
  if (!text) return data<ImportOutcome>({ kind, rows: [], errors: { fields: { file: "backstage.catalogue.import.empty" } } }, { status: 400 });
  const result = await changeAsStaff<ImportResult>({ context, request, url }, catalogueApiPaths.import(kind), {
    method: "POST",
    body: text,
    contentType: "text/csv; charset=utf-8",
    csrfToken: csrfOf(form),
  });
  if (result.ok) return data<ImportOutcome>({ kind, imported: result.data });
  const rows = Array.isArray(result.problem.errors) ? (result.problem.errors as unknown as ImportRowError[]).filter((row) => typeof row.line === "number") : [];
  const errors = rows.length ? { fields: {}, form: "backstage.catalogue.import.refused" as const } : backstageErrorsFrom(result.problem);
  return data<ImportOutcome>({ kind, rows, errors }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.catalogue.import.title") }, { name: "robots", content: "noindex" }];
};

export default function CatalogueImportPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const imported = actionData?.imported;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="import-heading">
      <h1 id="import-heading" className="backstage-page__heading">
        {t("backstage.catalogue.import.heading")}
      </h1>
      <p>
        <Link to="/admin/catalogue" className="text-link">
          {t("backstage.catalogue.back")}
        </Link>
      </p>
      <p className="backstage-page__lead">{t("backstage.catalogue.import.lead")}</p>
      {imported ? (
        <FormNotice>
          {t("backstage.catalogue.import.done", { rows: String(imported.rows), created: String(imported.created), updated: String(imported.updated) })}
        </FormNotice>
      ) : null}
      {actionData?.rows?.length ? <ImportRowErrors rows={actionData.rows} /> : null}
      <CatalogueImportForm csrfToken={csrfToken} kind={actionData?.kind ?? "products"} errors={actionData?.errors} />
      <h2 className="account-page__subheading">{t("backstage.catalogue.export.heading")}</h2>
      <p>{t("backstage.catalogue.export.lead")}</p>
      <ul className="catalogue-exports">
        {loaderData.exports.map((item) => (
          <li key={item.kind}>
            <a href={item.href} className="text-link" download>
              {t(`backstage.catalogue.kind.${item.kind}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
