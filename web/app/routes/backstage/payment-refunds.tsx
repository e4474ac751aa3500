import { data, Form, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { PAYMENTS_API, paymentsErrorsFrom } from "../../backstage/payments";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { CsrfField, FieldError, FormAlert, FormNotice, SubmitButton } from "../../components/account/form-fields";
import { Fact } from "../../components/backstage/fact";
import { formatDate } from "../../i18n/dates";
import { formatMoney, isDisplayCurrency } from "../../i18n/money";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/payment-refunds";
import { useBackstageArea } from "./signed-in";

interface RefundTask {
  id: string;
  orderId: string;
  orderNumber: string | null;
  method: "bank_transfer" | "cod";
  amount: number;
  currency: string;
  email: string;
  createdAt: string;
  /** The account the customer gave on their order page, in full; null while they have not. */
  payout: { accountHolder: string | null; bankName: string | null; accountNumber: string | null; bankCode: string | null; givenAt: string } | null;
}

const isTaskId = (value: string) => /^rft_[0-9a-z]{26}$/.test(value);

/** PAY-2: refunds of transfers and cash that staff pay out by hand, oldest first (reading is audited). */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "orders.manage");
  const { locale } = context.get(requestPreferencesContext);
  const { tasks } = await loadStaffResource<{ tasks: RefundTask[] }>({ context, request, url }, `${PAYMENTS_API}/refund-tasks`);
  return {
    done: url.searchParams.get("done") === "1",
    tasks: tasks.map((task) => ({
      ...task,
      amountText: isDisplayCurrency(task.currency) ? formatMoney(task.amount, task.currency, locale) : `${task.amount} ${task.currency}`,
      since: formatDate(new Date(task.createdAt), locale, "medium"),
    })),
  };
}

type Refusal = { target: string; errors: FormErrors; note: string };

export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const taskId = textField(form, "taskId");
  if (!isTaskId(taskId)) throw data(null, { status: 400 });
  const note = textField(form, "note");
  const result = await changeAsStaff({ context, request, url }, `${PAYMENTS_API}/refund-tasks/${taskId}/done`, { method: "POST", body: { note }, csrfToken: csrfOf(form) });
  if (result.ok) return redirect("/admin/payments/refunds?done=1", 303);
  return data<Refusal>({ target: taskId, errors: paymentsErrorsFrom(result.problem), note }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.payments.refunds.title") }, { name: "robots", content: "noindex" }];
};

export default function PaymentRefundsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { tasks, done } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="refunds-heading">
      <h1 id="refunds-heading" className="backstage-page__heading">
        {t("backstage.payments.refunds.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.payments.refunds.lead")}</p>
      <p className="backstage-audit-note">{t("backstage.payments.reviews.auditNote")}</p>
      {done && !actionData ? <FormNotice>{t("backstage.payments.refunds.done")}</FormNotice> : null}
      {tasks.length === 0 ? <p className="backstage-empty">{t("backstage.payments.refunds.none")}</p> : null}
      {tasks.map((task) => {
        const id = `refund-${task.id}`;
        const refusal = actionData?.target === task.id ? actionData : undefined;
        const noteError = refusal?.errors.fields.note;
        return (
          <article key={task.id} className="payment-review" aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`} className="account-page__subheading">
              {t("backstage.payments.refunds.item", { amount: task.amountText })}
            </h2>
            <dl className="backstage-facts">
              <Fact term={t("backstage.payments.refunds.order")}>
                  <Link to={`/admin/orders/${task.orderId}`} className="text-link">
                    {task.orderNumber ?? task.orderId}
                  </Link>
                </Fact>
              <Fact term={t("backstage.payments.refunds.method")}>{t(task.method === "cod" ? "backstage.payments.refunds.method.cod" : "backstage.payments.refunds.method.bank_transfer")}</Fact>
              <Fact term={t("backstage.payments.refunds.contact")}>{task.email}</Fact>
              <Fact term={t("backstage.payments.refunds.since")}>{task.since}</Fact>
              {task.payout ? (
                <>
                  <Fact term={t("backstage.payments.refunds.holder")}>{task.payout.accountHolder}</Fact>
                  <Fact term={t("backstage.payments.refunds.bank")}>{task.payout.bankName}</Fact>
                  <Fact term={t("backstage.payments.refunds.accountNumber")}>
                    <span className="payment-review__account">{task.payout.accountNumber}</span>
                  </Fact>
                  <Fact term={t("backstage.payments.refunds.bankCode")}>{task.payout.bankCode ?? t("backstage.payments.refunds.noBankCode")}</Fact>
                </>
              ) : null}
            </dl>
            {task.payout ? null : <p className="payment-review__waiting">{t("backstage.payments.refunds.waiting")}</p>}
            <Form method="post" className="payment-review__form" aria-labelledby={`${id}-form`}>
              <h3 id={`${id}-form`} className="catalogue-variant__caption">
                {t("backstage.payments.refunds.markPaid")}
              </h3>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="taskId" value={task.id} />
              <FormAlert errors={refusal?.errors} />
              <div className="form-field">
                <label className="form-field__label" htmlFor={`${id}-note`}>
                  {t("backstage.payments.refunds.note")}
                </label>
                <textarea
                  id={`${id}-note`}
                  name="note"
                  className="form-field__input form-field__textarea backstage-textarea--short"
                  rows={2}
                  minLength={3}
                  maxLength={500}
                  required
                  defaultValue={refusal?.note}
                  aria-invalid={noteError ? true : undefined}
                  aria-describedby={noteError ? `${id}-note-error` : undefined}
                />
                <FieldError id={noteError ? `${id}-note-error` : undefined} error={noteError} />
              </div>
              <SubmitButton>{t("backstage.payments.refunds.submit")}</SubmitButton>
            </Form>
          </article>
        );
      })}
    </section>
  );
}
