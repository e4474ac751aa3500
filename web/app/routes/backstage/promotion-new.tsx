import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus } from "../../account/problems";
import { pricingApiPaths, type AdminPromotion, type RuleCatalogue } from "../../backstage/pricing";
import { editorChoices } from "../../backstage/pricing-api.server";
import { editDraft, emptyDraft, promotionBody, promotionErrors, readPromotionForm } from "../../backstage/promotion-form";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { PromotionEditor } from "../../components/backstage/promotion-editor";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/promotion-new";
import { useBackstageArea } from "./signed-in";

export async function loader({ context, request, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "catalog.manage");
  const { locale } = context.get(requestPreferencesContext);
  return editorChoices(args, locale);
}

/**
 * Saves the new promotion and opens its page; the editor's own buttons (add or remove a rule, one
 * more row) show the form again with the change instead.
 */
export async function action({ context, request, url }: Route.ActionArgs) {
  const args = { context, request, url };
  const form = await request.formData();
  const catalogue = await loadStaffResource<RuleCatalogue>(args, pricingApiPaths.rules);
  const draft = readPromotionForm(form, catalogue);
  const intent = textField(form, "intent") || "save";
  const revision = crypto.randomUUID();
  if (intent !== "save") return { draft: editDraft(draft, intent, form, catalogue) ?? draft, errors: undefined, revision };
  const body = promotionBody(draft, catalogue, "create");
  if (!body.ok) return data({ draft, errors: body.errors, revision }, { status: 400 });
  const result = await changeAsStaff<AdminPromotion>(args, pricingApiPaths.promotions, { method: "POST", body: body.body, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/promotions/${result.data.id}?saved=created`, 303);
  return data({ draft, errors: promotionErrors(result.problem, draft), revision }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.pricing.new.title") }, { name: "robots", content: "noindex" }];
};

export default function NewPromotionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="new-promotion-heading">
      <p className="eyebrow">{t("backstage.pricing.eyebrow")}</p>
      <h1 id="new-promotion-heading" className="backstage-page__heading">
        {t("backstage.pricing.new.heading")}
      </h1>
      <p>
        <Link to="/admin/promotions" className="text-link">
          {t("backstage.pricing.back")}
        </Link>
      </p>
      <p className="backstage-page__lead">{t("backstage.pricing.new.lead")}</p>
      <PromotionEditor
        key={actionData?.revision ?? "new"}
        csrfToken={csrfToken}
        mode="create"
        draft={actionData?.draft ?? emptyDraft()}
        catalogue={loaderData.catalogue}
        pickers={loaderData.pickers}
        others={loaderData.others}
        errors={actionData?.errors}
        submitLabel={t("backstage.pricing.new.submit")}
      />
    </section>
  );
}
