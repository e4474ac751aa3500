import { Form } from "react-router";
import { CUSTOMER_STATES, customerStateKey } from "../../backstage/customers";
import { useI18n } from "../../i18n/use-i18n";

/** Search by name or e-mail and filter by state: a plain GET form, so the address can be shared. */
export function CustomerSearchForm({ query, state }: { query: string; state: string }) {
  const { t } = useI18n();
  return (
    <Form method="get" className="backstage-filters" role="search" aria-label={t("backstage.customers.searchLabel")}>
      <div className="form-field">
        <label className="form-field__label" htmlFor="customer-query">
          {t("backstage.customers.query")}
        </label>
        <input id="customer-query" name="query" type="search" className="form-field__input" defaultValue={query} maxLength={200} autoComplete="off" />
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor="customer-state">
          {t("backstage.field.state")}
        </label>
        <select id="customer-state" name="state" className="form-field__input form-field__select" defaultValue={state}>
          <option value="">{t("backstage.customers.anyState")}</option>
          {CUSTOMER_STATES.map((option) => (
            <option key={option} value={option}>
              {t(customerStateKey(option)!)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button form-button backstage-filters__submit">
        {t("backstage.customers.search")}
      </button>
    </Form>
  );
}
