import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { ORDER_STATUSES, orderStatusKey, PAYMENT_STATUSES, paymentStatusKey, type OrderFilters } from "../../backstage/orders";
import { useI18n } from "../../i18n/use-i18n";
import { TextField } from "../account/form-fields";

/** The list's filters: a plain GET form, so it works without scripts and a filtered list is an address to share. */
export function OrderFilterForm({ filters, errors }: { filters: OrderFilters; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  return (
    <Form method="get" className="backstage-filters backstage-filters--grid" role="search" aria-label={t("backstage.orders.filtersLabel")}>
      <TextField id="order-query" name="query" type="search" label={t("backstage.orders.field.query")} defaultValue={filters.query} maxLength={200} autoComplete="off" error={errors?.fields.query} />
      <div className="form-field">
        <label className="form-field__label" htmlFor="order-status">
          {t("backstage.orders.field.status")}
        </label>
        <select id="order-status" name="status" className="form-field__input form-field__select" defaultValue={filters.status}>
          <option value="">{t("backstage.orders.anyStatus")}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(orderStatusKey(status)!)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor="order-payment-status">
          {t("backstage.orders.field.paymentStatus")}
        </label>
        <select id="order-payment-status" name="paymentStatus" className="form-field__input form-field__select" defaultValue={filters.paymentStatus}>
          <option value="">{t("backstage.orders.anyStatus")}</option>
          {PAYMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(paymentStatusKey(status)!)}
            </option>
          ))}
        </select>
      </div>
      <TextField id="order-from" name="from" type="date" label={t("backstage.orders.field.from")} defaultValue={filters.from} error={errors?.fields.from} />
      <TextField id="order-to" name="to" type="date" label={t("backstage.orders.field.to")} defaultValue={filters.to} error={errors?.fields.to} />
      {filters.customerId ? <input type="hidden" name="customerId" value={filters.customerId} /> : null}
      <div className="backstage-filters__actions">
        <button type="submit" className="button form-button">
          {t("backstage.orders.filter")}
        </button>
        <Link to="/admin/orders" className="text-link">
          {t("backstage.orders.clear")}
        </Link>
      </div>
    </Form>
  );
}
