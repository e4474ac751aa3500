import { Form, Link, redirect, data } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { FULFILMENT_API, fulfilmentErrorsFrom, type FulfilmentSettings } from "../../backstage/fulfilment";
import { amountText, parseAmount, parseWhole } from "../../backstage/pricing";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { CsrfField, FormAlert, FormNotice, SubmitButton, TextField } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/fulfilment-settings";
import { useBackstageArea } from "./signed-in";

type Values = { idCheckFrom: string; refusalLimit: string; refusalPeriodMonths: string; returnWindowDays: string };

/** The thresholds and windows of delivery and returns (DEL-5, DEL-6), and the carriers' webhook secret. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "orders.manage");
  const settings = await loadStaffResource<FulfilmentSettings>(args, `${FULFILMENT_API}/settings`);
  const values: Values = {
    idCheckFrom: amountText(settings.idCheckFromHkd), refusalLimit: String(settings.refusalLimit),
    refusalPeriodMonths: String(settings.refusalPeriodMonths), returnWindowDays: String(settings.returnWindowDays),
  };
  return { values, secret: settings.carrierWebhookSecret, saved: url.searchParams.get("saved") === "yes" };
}

/** Everything is checked beside its field first; the API then checks its own bounds. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const values: Values = { idCheckFrom: textField(form, "idCheckFrom"), refusalLimit: textField(form, "refusalLimit"), refusalPeriodMonths: textField(form, "refusalPeriodMonths"), returnWindowDays: textField(form, "returnWindowDays") };
  const idCheckFromHkd = parseAmount(values.idCheckFrom);
  const body = {
    idCheckFromHkd, refusalLimit: parseWhole(values.refusalLimit, 1, 20),
    refusalPeriodMonths: parseWhole(values.refusalPeriodMonths, 1, 60), returnWindowDays: parseWhole(values.returnWindowDays, 0, 365),
  };
  const fields: FormErrors["fields"] = {};
  if (idCheckFromHkd === null || idCheckFromHkd < 100) fields.idCheckFrom = "backstage.fulfilmentSettings.error.idCheckFrom";
  if (body.refusalLimit === null) fields.refusalLimit = "backstage.fulfilmentSettings.error.refusalLimit";
  if (body.refusalPeriodMonths === null) fields.refusalPeriodMonths = "backstage.fulfilmentSettings.error.refusalPeriod";
  if (body.returnWindowDays === null) fields.returnWindowDays = "backstage.fulfilmentSettings.error.returnWindow";
  if (Object.keys(fields).length > 0) return data({ values, errors: { form: "account.error.checkFields", fields } as FormErrors }, { status: 400 });
  const result = await changeAsStaff({ context, request, url }, `${FULFILMENT_API}/settings`, { method: "PATCH", body, csrfToken: csrfOf(form) });
  if (result.ok) return redirect("/admin/fulfilment/settings?saved=yes", 303);
  return data({ values, errors: fulfilmentErrorsFrom(result.problem, { idCheckFromHkd: "idCheckFrom" }) }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.fulfilmentSettings.title") }, { name: "robots", content: "noindex" }];
};

export default function FulfilmentSettingsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { secret, saved } = loaderData;
  const values = actionData?.values ?? loaderData.values;
  const field = (name: string) => actionData?.errors.fields[name];
  return (
    <section className="backstage-page" aria-labelledby="fulfilment-settings-heading">
      <p className="order-detail__back">
        <Link to="/admin/fulfilment" className="text-link">
          {t("backstage.shipment.back")}
        </Link>
      </p>
      <h1 id="fulfilment-settings-heading" className="backstage-page__heading">
        {t("backstage.fulfilmentSettings.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.fulfilmentSettings.lead")}</p>
      {saved && !actionData ? <FormNotice>{t("backstage.fulfilmentSettings.saved")}</FormNotice> : null}
      <Form method="post" className="account-form" aria-labelledby="fulfilment-settings-heading" noValidate>
        <CsrfField token={csrfToken} />
        <FormAlert errors={actionData?.errors} />
        <TextField id="settings-id-check" name="idCheckFrom" label={t("backstage.fulfilmentSettings.idCheckFrom")} hint={t("backstage.fulfilmentSettings.idCheckFromHint")} inputMode="decimal" defaultValue={values.idCheckFrom} error={field("idCheckFrom")} />
        <TextField id="settings-refusal-limit" name="refusalLimit" label={t("backstage.fulfilmentSettings.refusalLimit")} hint={t("backstage.fulfilmentSettings.refusalLimitHint")} inputMode="numeric" defaultValue={values.refusalLimit} error={field("refusalLimit")} />
        <TextField id="settings-refusal-period" name="refusalPeriodMonths" label={t("backstage.fulfilmentSettings.refusalPeriod")} inputMode="numeric" defaultValue={values.refusalPeriodMonths} error={field("refusalPeriodMonths")} />
        <TextField id="settings-return-window" name="returnWindowDays" label={t("backstage.fulfilmentSettings.returnWindow")} hint={t("backstage.fulfilmentSettings.returnWindowHint")} inputMode="numeric" defaultValue={values.returnWindowDays} error={field("returnWindowDays")} />
        <SubmitButton intent="settings">{t("backstage.fulfilmentSettings.save")}</SubmitButton>
      </Form>
      <section className="account-page__aside" aria-labelledby="webhook-secret-heading">
        <h2 id="webhook-secret-heading" className="account-page__subheading">
          {t("backstage.fulfilmentSettings.secretHeading")}
        </h2>
        <p className="form-field__hint">{t("backstage.fulfilmentSettings.secretHint")}</p>
        <p className="backstage-secret">
          <code className="backstage-secret__uri">{secret}</code>
        </p>
      </section>
    </section>
  );
}
