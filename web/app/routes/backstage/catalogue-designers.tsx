import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { CATALOGUE_API, LOCALES, type AdminDesigner } from "../../backstage/catalogue";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { ReferenceForm, type ReferenceFormValues } from "../../components/backstage/catalogue-reference-form";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/catalogue-designers";
import { useBackstageArea } from "./signed-in";

type DesignerText = { localName?: string | null; story: string };
type Designer = AdminDesigner & { featured: boolean; translations: Partial<Record<(typeof LOCALES)[number], DesignerText>> };

function valuesOf(designer: Designer | undefined): ReferenceFormValues {
  const values: ReferenceFormValues = { name: designer?.name ?? "", slug: designer?.slug ?? "", featured: designer?.featured ? "yes" : "" };
  for (const locale of LOCALES) {
    values[`${locale}.localName`] = designer?.translations[locale]?.localName ?? "";
    values[`${locale}.story`] = designer?.translations[locale]?.story ?? "";
  }
  return values;
}

/** Every designer; `?edit=<id>` opens one of them in the form instead of a new one. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "catalog.manage");
  const designers = await loadStaffResource<Designer[]>({ context, request, url }, `${CATALOGUE_API}/designers`);
  const editing = designers.find((designer) => designer.id === url.searchParams.get("edit"));
  return {
    designers: designers.map((designer) => ({ id: designer.id, name: designer.name, slug: designer.slug, featured: designer.featured })),
    editing: editing ? { id: editing.id, values: valuesOf(editing) } : null,
    saved: url.searchParams.get("saved") === "yes",
  };
}

function bodyOf(form: FormData, mode: "create" | "patch") {
  const translations: Record<string, DesignerText | null | undefined> = {};
  for (const locale of LOCALES) {
    const story = textField(form, `${locale}.story`);
    const localName = textField(form, `${locale}.localName`) || null;
    const given = story || localName || locale === "en";
    translations[locale] = given ? { story, localName } : mode === "patch" ? null : undefined;
  }
  const slug = textField(form, "slug");
  return { name: textField(form, "name"), ...(slug ? { slug } : {}), featured: textField(form, "featured") === "yes", translations };
}

/** Creates a designer, or changes the one named in `id`. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const id = textField(form, "id");
  const path = id ? `${CATALOGUE_API}/designers/${encodeURIComponent(id)}` : `${CATALOGUE_API}/designers`;
  const result = await changeAsStaff({ context, request, url }, path, { method: id ? "PATCH" : "POST", body: bodyOf(form, id ? "patch" : "create"), csrfToken: csrfOf(form) });
  if (result.ok) return redirect("/admin/catalogue/designers?saved=yes", 303);
  const values: ReferenceFormValues = Object.fromEntries([...form].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return data({ errors: backstageErrorsFrom(result.problem, { translations: "en.story" }), values }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.catalogue.designers.title") }, { name: "robots", content: "noindex" }];
};

export default function DesignersPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { designers, editing } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="designers-heading">
      <h1 id="designers-heading" className="backstage-page__heading">
        {t("backstage.catalogue.designers.heading")}
      </h1>
      <p>
        <Link to="/admin/catalogue" className="text-link">
          {t("backstage.catalogue.back")}
        </Link>
      </p>
      {loaderData.saved && !actionData ? <FormNotice>{t("backstage.catalogue.reference.saved")}</FormNotice> : null}
      <ul className="catalogue-reference">
        {designers.map((designer) => (
          <li key={designer.id}>
            <Link to={`/admin/catalogue/designers?edit=${designer.id}`} className="text-link">
              {designer.name}
            </Link>
            <span className="backstage-table__code">{designer.slug}</span>
          </li>
        ))}
      </ul>
      <ReferenceForm
        key={editing?.id ?? "new"}
        kind="designer"
        csrfToken={csrfToken}
        id={editing?.id}
        values={actionData?.values ?? editing?.values ?? valuesOf(undefined)}
        errors={actionData?.errors}
      />
    </section>
  );
}
