import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { DEADLINE_UNITS, isDeadlineUnit, isPaymentMethod, PAYMENTS_API, paymentsErrorsFrom, type PaymentSettings } from "../../backstage/payments";
import { changeAsStaff, loadStaffResource, requirePermission, type PageArgs } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { PaymentMethodForm, ReviewThresholdForm } from "../../components/backstage/payment-settings-forms";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/payments";
import { useBackstageArea } from "./signed-in";

/** Each method as the checkout offers it, with its payment deadline (PAY-1), and the review threshold (PAY-3). */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "orders.manage");
  const settings = await loadStaffResource<PaymentSettings>({ context, request, url }, `${PAYMENTS_API}/settings`);
  const saved = url.searchParams.get("saved");
  return { settings, saved: saved === "threshold" ? ("threshold" as const) : isPaymentMethod(saved) ? ("method" as const) : null };
}

export type SettingsRefusal = { intent: "method" | "threshold"; target: string; errors: FormErrors; values: Record<string, string> };

/** A whole number as typed, or NaN: the page refuses it beside the field before asking the API. */
function wholeNumber(text: string): number {
  return /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN;
}

/** Saves one method's form (`intent=method`) or the threshold's (`intent=threshold`). */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const args: PageArgs = { context, request, url };
  if (textField(form, "intent") === "threshold") return saveThreshold(args, form);
  const method = textField(form, "method");
  if (!isPaymentMethod(method)) throw data(null, { status: 400 });
  const values = { enabled: form.get("enabled") === "yes" ? "yes" : "", deadline: textField(form, "deadline"), unit: textField(form, "unit") };
  const refuse = (errors: FormErrors, status: number) => data<SettingsRefusal>({ intent: "method", target: method, errors, values }, { status });
  let deadlineMinutes: number | null = null;
  if (method !== "cod") {
    const amount = wholeNumber(values.deadline);
    if (Number.isNaN(amount) || !isDeadlineUnit(values.unit)) return refuse({ fields: { deadline: "backstage.payments.error.deadlineNumber" } }, 400);
    deadlineMinutes = amount * DEADLINE_UNITS[values.unit];
  }
  const result = await changeAsStaff(args, `${PAYMENTS_API}/settings/${method}`, { method: "PUT", body: { enabled: values.enabled === "yes", deadlineMinutes }, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/payments?saved=${method}`, 303);
  return refuse(paymentsErrorsFrom(result.problem, { deadlineMinutes: "deadline" }), refusalStatus(result.status));
}

async function saveThreshold(args: PageArgs, form: FormData) {
  const values = { reviewThreshold: textField(form, "reviewThreshold") };
  const refuse = (errors: FormErrors, status: number) => data<SettingsRefusal>({ intent: "threshold", target: "card", errors, values }, { status });
  const threshold = wholeNumber(values.reviewThreshold);
  if (Number.isNaN(threshold)) return refuse({ fields: { reviewThreshold: "backstage.payments.error.deadlineNumber" } }, 400);
  const result = await changeAsStaff(args, `${PAYMENTS_API}/settings/review-threshold`, { method: "PUT", body: { reviewThreshold: threshold }, csrfToken: csrfOf(form) });
  if (result.ok) return redirect("/admin/payments?saved=threshold", 303);
  return refuse(paymentsErrorsFrom(result.problem), refusalStatus(result.status));
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.payments.title") }, { name: "robots", content: "noindex" }];
};

export default function PaymentsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { settings, saved } = loaderData;
  const refusalFor = (intent: string, target: string) => (actionData?.intent === intent && actionData.target === target ? actionData : undefined);
  return (
    <section className="backstage-page" aria-labelledby="payments-heading">
      <h1 id="payments-heading" className="backstage-page__heading">
        {t("backstage.payments.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.payments.lead")}</p>
      <p>
        <Link to="/admin/payments/reviews" className="text-link">
          {t("backstage.payments.reviewsLink")}
        </Link>
      </p>
      <p>
        <Link to="/admin/payments/refunds" className="text-link">
          {t("backstage.payments.refundsLink")}
        </Link>
      </p>
      {saved && !actionData ? <FormNotice>{t(saved === "method" ? "backstage.payments.saved.method" : "backstage.payments.saved.threshold")}</FormNotice> : null}
      {settings.methods.map((setting) => (
        <PaymentMethodForm key={setting.method} csrfToken={csrfToken} setting={setting} refusal={refusalFor("method", setting.method)} />
      ))}
      <ReviewThresholdForm csrfToken={csrfToken} threshold={settings.reviewThreshold} bounds={settings.reviewThresholdBounds} refusal={refusalFor("threshold", "card")} />
    </section>
  );
}
