import { data, Link, redirect } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { CATALOGUE_API, type AdminProduct } from "../../backstage/catalogue";
import { productChoices } from "../../backstage/catalogue-api.server";
import { productBody, readProductForm } from "../../backstage/catalogue-forms";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, requirePermission } from "../../backstage/staff-api.server";
import { csrfOf } from "../../account/forms";
import { CatalogueProductForm } from "../../components/backstage/catalogue-product-form";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/catalogue-new";
import { useBackstageArea } from "./signed-in";

export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "catalog.manage");
  const { locale } = context.get(requestPreferencesContext);
  return productChoices({ context, request, url }, locale);
}

/** Creates the product as a draft, then opens its page for variants, prices, stock and media. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const values = readProductForm(form);
  const result = await changeAsStaff<AdminProduct>({ context, request, url }, `${CATALOGUE_API}/products`, {
    method: "POST",
    body: productBody(values, "create"),
    csrfToken: csrfOf(form),
  });
  if (result.ok) return redirect(`/admin/catalogue/${result.data.id}?saved=created`, 303);
  return data({ errors: backstageErrorsFrom(result.problem, { "translations.en.name": "en.name" }), values }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.catalogue.new.title") }, { name: "robots", content: "noindex" }];
};

export default function NewProductPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="new-product-heading">
      <p className="eyebrow">{t("backstage.catalogue.product.eyebrow")}</p>
      <h1 id="new-product-heading" className="backstage-page__heading">
        {t("backstage.catalogue.new.heading")}
      </h1>
      <p>
        <Link to="/admin/catalogue" className="text-link">
          {t("backstage.catalogue.back")}
        </Link>
      </p>
      <p className="backstage-page__lead">{t("backstage.catalogue.new.lead")}</p>
      <CatalogueProductForm
        csrfToken={csrfToken}
        values={actionData?.values ?? {}}
        designers={loaderData.designers}
        categories={loaderData.categories}
        errors={actionData?.errors}
        submitLabel={t("backstage.catalogue.new.submit")}
      />
    </section>
  );
}
