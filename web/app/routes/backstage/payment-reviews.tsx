import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { isPaymentId, minutesBetween, PAYMENTS_API, paymentsErrorsFrom, type PaymentSettings, type ReviewItem } from "../../backstage/payments";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { PaymentReview } from "../../components/backstage/payment-review";
import { formatMoney, isDisplayCurrency } from "../../i18n/money";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/payment-reviews";
import { useBackstageArea } from "./signed-in";

const DONE = { accepted: "backstage.payments.reviews.accepted", cancelled: "backstage.payments.reviews.cancelled" } as const;

/** Card payments the risk check held (PAY-3), oldest first; the API records each opening in the audit log. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "orders.manage");
  const { locale } = context.get(requestPreferencesContext);
  const [queue, settings] = await Promise.all([
    loadStaffResource<{ payments: ReviewItem[] }>({ context, request, url }, `${PAYMENTS_API}/reviews`),
    loadStaffResource<PaymentSettings>({ context, request, url }, `${PAYMENTS_API}/settings`),
  ]);
  const now = new Date();
  const done = url.searchParams.get("done");
  return {
    threshold: settings.reviewThreshold,
    done: done === "accepted" || done === "cancelled" ? DONE[done] : null,
    payments: queue.payments.map((payment) => ({
      ...payment,
      amountText: isDisplayCurrency(payment.currency) ? formatMoney(payment.amount, payment.currency, locale) : `${payment.amount} ${payment.currency}`,
      waitedMinutes: minutesBetween(new Date(payment.createdAt), now),
    })),
  };
}

export type ReviewRefusal = { intent: "accept" | "cancel"; target: string; errors: FormErrors; reason: string };

/** Accepts or cancels one payment (`intent`), always with the reason given in that form. */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const intent = textField(form, "intent");
  const paymentId = textField(form, "paymentId");
  if ((intent !== "accept" && intent !== "cancel") || !isPaymentId(paymentId)) throw data(null, { status: 400 });
  const reason = textField(form, "reason");
  const result = await changeAsStaff({ context, request, url }, `${PAYMENTS_API}/${paymentId}/${intent}`, { method: "POST", body: { reason }, csrfToken: csrfOf(form) });
  if (result.ok) return redirect(`/admin/payments/reviews?done=${intent === "accept" ? "accepted" : "cancelled"}`, 303);
  return data<ReviewRefusal>({ intent, target: paymentId, errors: paymentsErrorsFrom(result.problem), reason }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.payments.reviews.title") }, { name: "robots", content: "noindex" }];
};

export default function PaymentReviewsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken, permissions } = useBackstageArea();
  const { payments, threshold, done } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="reviews-heading">
      <h1 id="reviews-heading" className="backstage-page__heading">
        {t("backstage.payments.reviews.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.payments.reviews.lead")}</p>
      <p className="backstage-audit-note">{t("backstage.payments.reviews.auditNote")}</p>
      <p>
        <Link to="/admin/payments" className="text-link">
          {t("backstage.payments.reviews.settingsLink")}
        </Link>
      </p>
      {done && !actionData ? <FormNotice>{t(done)}</FormNotice> : null}
      {payments.length === 0 ? <p className="backstage-empty">{t("backstage.payments.reviews.none")}</p> : null}
      {payments.map((payment) => (
        <PaymentReview
          key={payment.id}
          payment={payment}
          threshold={threshold}
          csrfToken={csrfToken}
          canOpenCustomers={permissions.includes("customers.read")}
          refusal={actionData?.target === payment.id ? actionData : undefined}
        />
      ))}
    </section>
  );
}
