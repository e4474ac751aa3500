import { customerStateKey } from "../../backstage/customers";
import { LOCALE_ENDONYM, isLocale } from "../../i18n/locales";
import { useI18n } from "../../i18n/use-i18n";

interface CustomerFactsProps {
  customer: {
    id: string;
    email: string;
    emailVerified: boolean;
    phone: string | null;
    birthDate: string | null;
    locale: string;
    state: string;
    restriction: string | null;
    stateReason: string | null;
    since: string;
  };
}

/** The account as staff see it: identity, contact, state and why. */
export function CustomerFacts({ customer }: CustomerFactsProps) {
  const { t } = useI18n();
  const stateKey = customerStateKey(customer.state);
  const rows: [string, string][] = [
    [t("backstage.field.state"), stateKey ? t(stateKey) : customer.state],
    ...(customer.stateReason ? [[t("backstage.field.reason"), customer.stateReason] as [string, string]] : []),
    ...(customer.restriction === "guardian_pending" ? [[t("backstage.customer.restriction"), t("backstage.customer.guardianPending")] as [string, string]] : []),
    [t("account.field.email"), `${customer.email} · ${customer.emailVerified ? t("backstage.customer.verified") : t("backstage.customer.unverified")}`],
    [t("backstage.customer.phone"), customer.phone ?? t("backstage.customer.none")],
    [t("backstage.customer.birthDate"), customer.birthDate ?? t("backstage.customer.none")],
    [t("backstage.customer.language"), isLocale(customer.locale) ? LOCALE_ENDONYM[customer.locale] : customer.locale],
    [t("backstage.customers.column.since"), customer.since],
    [t("backstage.customer.id"), customer.id],
  ];
  return (
    <dl className="backstage-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="backstage-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
