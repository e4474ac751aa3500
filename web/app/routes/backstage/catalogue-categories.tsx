import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { CATALOGUE_API, categoryName, LOCALES, type AdminCategory } from "../../backstage/catalogue";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { ReferenceForm, type ReferenceFormValues } from "../../components/backstage/catalogue-reference-form";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/catalogue-categories";
import { useBackstageArea } from "./signed-in";

type CategoryText = { name: string; description?: string | null };
type Category = AdminCategory & { position: number; translations: Partial<Record<(typeof LOCALES)[number], CategoryText>> };

function valuesOf(category: Category | undefined): ReferenceFormValues {
  const values: ReferenceFormValues = { slug: category?.slug ?? "", parentId: category?.parentId ?? "", position: String(category?.position ?? 0) };
  for (const locale of LOCALES) {
    values[`${locale}.name`] = category?.translations[locale]?.name ?? "";
    values[`${locale}.description`] = category?.translations[locale]?.description ?? "";
  }
  return values;
}

/** Every category in the reader's language, each under its parent; `?edit=<id>` opens one in the form. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "catalog.manage");
  const { locale } = context.get(requestPreferencesContext);
  const categories = await loadStaffResource<Category[]>({ context, request, url }, `${CATALOGUE_API}/categories`);
  const names = new Map(categories.map((category) => [category.id, categoryName(category, locale)]));
  const editing = categories.find((category) => category.id === url.searchParams.get("edit"));
  return {
    categories: categories.map((category) => ({
      id: category.id,
      slug: category.slug,
      name: names.get(category.id)!,
      parent: category.parentId ? (names.get(category.parentId) ?? null) : null,
    })),
    editing: editing ? { id: editing.id, values: valuesOf(editing) } : null,
    saved: url.searchParams.get("saved") === "yes",
  };
}

function bodyOf(form: FormData, mode: "create" | "patch") {
  const translations: Record<string, CategoryText | null | undefined> = {};
  for (const locale of LOCALES) {
    const name = textField(form, `${locale}.name`);
    translations[locale] = name || locale === "en" ? { name, description: textField(form, `${locale}.description`) || null } : mode === "patch" ? null : undefined;
  }
  const slug = textField(form, "slug");
  const position = textField(form, "position");
  return {
    ...(slug ? { slug } : {}),
    parentId: textField(form, "parentId") || null,
    ...(/^\d{1,5}$/.test(position) ? { position: Number(position) } : {}),
    translations,
  };
}

/** Creates a category, or changes the one named in `id`. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const id = textField(form, "id");
  const path = id ? `${CATALOGUE_API}/categories/${encodeURIComponent(id)}` : `${CATALOGUE_API}/categories`;
  const result = await changeAsStaff({ context, request, url }, path, { method: id ? "PATCH" : "POST", body: bodyOf(form, id ? "patch" : "create"), csrfToken: csrfOf(form) });
  if (result.ok) return redirect("/admin/catalogue/categories?saved=yes", 303);
  const values: ReferenceFormValues = Object.fromEntries([...form].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return data({ errors: backstageErrorsFrom(result.problem, { translations: "en.name" }), values }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.catalogue.categories.title") }, { name: "robots", content: "noindex" }];
};

export default function CategoriesPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { categories, editing } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="categories-heading">
      <h1 id="categories-heading" className="backstage-page__heading">
        {t("backstage.catalogue.categories.heading")}
      </h1>
      <p>
        <Link to="/admin/catalogue" className="text-link">
          {t("backstage.catalogue.back")}
        </Link>
      </p>
      {loaderData.saved && !actionData ? <FormNotice>{t("backstage.catalogue.reference.saved")}</FormNotice> : null}
      <ul className="catalogue-reference">
        {categories.map((category) => (
          <li key={category.id}>
            <Link to={`/admin/catalogue/categories?edit=${category.id}`} className="text-link">
              {category.parent ? `${category.parent} › ${category.name}` : category.name}
            </Link>
            <span className="backstage-table__code">{category.slug}</span>
          </li>
        ))}
      </ul>
      <ReferenceForm
        key={editing?.id ?? "new"}
        kind="category"
        csrfToken={csrfToken}
        id={editing?.id}
        values={actionData?.values ?? editing?.values ?? valuesOf(undefined)}
        errors={actionData?.errors}
        parents={categories.map((category) => ({ id: category.id, name: category.name }))}
      />
    </section>
  );
}
