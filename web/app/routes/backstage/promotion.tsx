import { data, Form, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { isPromotionId, parseWhole, pricingApiPaths, promotionState, type AdminCode, type RuleCatalogue } from "../../backstage/pricing";
import { editorChoices } from "../../backstage/pricing-api.server";
import { pointerParts, pricingErrorsFrom } from "../../backstage/pricing-problems";
import { draftOfPromotion, editDraft, promotionBody, promotionErrors, readPromotionForm, type PromotionDraft } from "../../backstage/promotion-form";
import { changeAsStaff, loadStaffResource, requirePermission, type PageArgs } from "../../backstage/staff-api.server";
import { CsrfField, FormAlert, FormNotice, SubmitButton } from "../../components/account/form-fields";
import { PromotionCodes } from "../../components/backstage/promotion-codes";
import { PromotionEditor } from "../../components/backstage/promotion-editor";
import { formatDateTime } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/promotion";
import { useBackstageArea } from "./signed-in";

/** The codes listed on the page; the rest are counted (a batch may hold a thousand). */
const CODES_SHOWN = 200;

const SAVED_NOTICES: Readonly<Record<string, PlainMessageKey>> = {
  created: "backstage.pricing.saved.created",
  saved: "backstage.pricing.saved.saved",
  ended: "backstage.pricing.saved.ended",
  code: "backstage.pricing.saved.code",
  generated: "backstage.pricing.saved.generated",
  withdrawn: "backstage.pricing.saved.withdrawn",
};

/** The promotion in its editor, with its codes when it is triggered by one. */
export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "catalog.manage");
  if (!isPromotionId(params.id)) throw data(null, { status: 404 });
  const { locale } = context.get(requestPreferencesContext);
  const { promotion, ...choices } = await editorChoices(args, locale, params.id);
  if (!promotion) throw data(null, { status: 404 });
  const codes = promotion.trigger === "code" ? await loadStaffResource<AdminCode[]>(args, pricingApiPaths.codes(promotion.id)) : [];
  const saved = url.searchParams.get("saved");
  return {
    ...choices,
    promotion: { id: promotion.id, name: promotion.name, trigger: promotion.trigger, active: promotion.active, timesUsed: promotion.timesUsed, state: promotionState(promotion, new Date()), version: promotion.updatedAt },
    draft: draftOfPromotion(promotion, choices.catalogue),
    codes: codes.slice(0, CODES_SHOWN).map((code) => ({
      code: code.code,
      singleUse: code.singleUse,
      active: code.active,
      used: code.usedAt ? formatDateTime(new Date(code.usedAt), locale) : null,
      usedOrderId: code.usedOrderId,
    })),
    codeTotal: codes.length,
    saved: saved && Object.hasOwn(SAVED_NOTICES, saved) ? SAVED_NOTICES[saved]! : null,
  };
}

type ActionResult = { intent: string; errors: FormErrors | undefined; draft?: PromotionDraft; revision?: string };
const EDITOR_INTENT = /^(save|addCondition|addAction|remove:|addRow:)/;

/** The editor's changes, ending the promotion, and its codes; each success comes back with a notice. */
export async function action({ context, request, params, url }: Route.ActionArgs) {
  if (!isPromotionId(params.id)) throw data(null, { status: 404 });
  const args = { context, request, url };
  const form = await request.formData();
  const intent = textField(form, "intent") || "save";
  const outcome = EDITOR_INTENT.test(intent) ? await edit(args, params.id, intent, form) : await changeCodes(args, params.id, intent, form);
  if ("saved" in outcome) return redirect(`/admin/promotions/${params.id}?saved=${outcome.saved}`, 303);
  return data(outcome.result, { status: outcome.status });
}

type Outcome = { saved: string } | { result: ActionResult; status: number };

async function edit(args: PageArgs, id: string, intent: string, form: FormData): Promise<Outcome> {
  const catalogue = await loadStaffResource<RuleCatalogue>(args, pricingApiPaths.rules);
  const draft = readPromotionForm(form, catalogue);
  const revision = crypto.randomUUID();
  if (intent !== "save") return { result: { intent: "save", errors: undefined, draft: editDraft(draft, intent, form, catalogue) ?? draft, revision }, status: 200 };
  const body = promotionBody(draft, catalogue, "patch");
  if (!body.ok) return { result: { intent: "save", errors: body.errors, draft, revision }, status: 400 };
  const result = await changeAsStaff(args, pricingApiPaths.promotion(id), { method: "PATCH", body: body.body, csrfToken: csrfOf(form) });
  if (result.ok) return { saved: "saved" };
  return { result: { intent: "save", errors: promotionErrors(result.problem, draft), draft, revision }, status: refusalStatus(result.status) };
}

async function changeCodes(args: PageArgs, id: string, intent: string, form: FormData): Promise<Outcome> {
  const csrfToken = csrfOf(form);
  const send = async (saved: string, path: string, body?: unknown): Promise<Outcome> => {
    const result = await changeAsStaff(args, path, { method: "POST", ...(body === undefined ? {} : { body }), csrfToken });
    if (result.ok) return { saved };
    const errors = pricingErrorsFrom(result.problem, (pointer) => pointerParts(pointer)[0] ?? null);
    return { result: { intent, errors }, status: refusalStatus(result.status) };
  };
  switch (intent) {
    case "deactivate":
      return send("ended", pricingApiPaths.deactivate(id));
    case "addCode":
      return send("code", pricingApiPaths.codes(id), { code: textField(form, "code") });
    case "generateCodes": {
      const count = parseWhole(textField(form, "generate"), 1, 1000);
      if (count === null) return { result: { intent, errors: { fields: { generate: "backstage.pricing.error.generate" } } }, status: 400 };
      const prefix = textField(form, "prefix");
      return send("generated", pricingApiPaths.codes(id), { generate: count, ...(prefix ? { prefix } : {}) });
    }
    case "withdrawCode":
      return send("withdrawn", pricingApiPaths.withdrawCode(textField(form, "code")));
    default:
      return { result: { intent, errors: { fields: {}, form: "account.error.generic" } }, status: 400 };
  }
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.pricing.edit.title") }, { name: "robots", content: "noindex" }];
};

export default function PromotionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken, permissions } = useBackstageArea();
  const { promotion, saved } = loaderData;
  const editor = actionData?.intent === "save" ? actionData : undefined;
  const codeRefusal = actionData && ["addCode", "generateCodes", "withdrawCode"].includes(actionData.intent) ? { intent: actionData.intent, errors: actionData.errors ?? { fields: {} } } : undefined;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="promotion-heading">
      <p className="eyebrow">{t("backstage.pricing.eyebrow")}</p>
      <h1 id="promotion-heading" className="backstage-page__heading">
        {promotion.name}
      </h1>
      <p className="backstage-actions">
        <Link to="/admin/promotions" className="text-link">
          {t("backstage.pricing.back")}
        </Link>
        <span className={`backstage-state backstage-state--${promotion.state}`}>{t(`backstage.pricing.state.${promotion.state}`)}</span>
        <span>{promotion.trigger === "code" ? t("backstage.pricing.trigger.code") : t("backstage.pricing.trigger.automatic")}</span>
        <span>{t("backstage.pricing.edit.timesUsed", { count: promotion.timesUsed })}</span>
      </p>
      {saved && !actionData ? <FormNotice>{t(saved)}</FormNotice> : null}
      {promotion.active ? (
        <div className="catalogue-publishing">
          <FormAlert errors={actionData?.intent === "deactivate" ? actionData.errors : undefined} />
          <Form method="post" className="backstage-inline-form">
            <CsrfField token={csrfToken} />
            <SubmitButton intent="deactivate" variant="quiet">
              {t("backstage.pricing.edit.deactivate")}
            </SubmitButton>
            <span className="form-field__hint">{t("backstage.pricing.edit.deactivateHint")}</span>
          </Form>
        </div>
      ) : null}
      <PromotionEditor
        key={editor?.revision ?? promotion.version}
        csrfToken={csrfToken}
        mode="edit"
        draft={editor?.draft ?? loaderData.draft}
        catalogue={loaderData.catalogue}
        pickers={loaderData.pickers}
        others={loaderData.others}
        errors={editor?.errors}
        submitLabel={t("backstage.pricing.edit.submit")}
      />
      {promotion.trigger === "code" ? <PromotionCodes csrfToken={csrfToken} codes={loaderData.codes} total={loaderData.codeTotal} refusal={codeRefusal} ordersLinked={permissions.includes("orders.manage")} /> : null}
    </section>
  );
}
