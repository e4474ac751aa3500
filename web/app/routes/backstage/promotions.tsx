import { Link } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { pricingApiPaths, promotionState, promotionWindow, type AdminPromotion } from "../../backstage/pricing";
import { loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { formatDateTime } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/promotions";

/** Every promotion, active first, then by priority, as the API orders them. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "catalog.manage");
  const { locale } = context.get(requestPreferencesContext);
  const promotions = await loadStaffResource<AdminPromotion[]>(args, pricingApiPaths.promotions);
  const when = (iso: string | null) => (iso ? formatDateTime(new Date(iso), locale) : null);
  return {
    promotions: promotions.map((promotion) => {
      const window = promotionWindow(promotion);
      return {
        id: promotion.id,
        name: promotion.name,
        trigger: promotion.trigger,
        codes: promotion.codes,
        codesUsed: promotion.codesUsed,
        from: when(window.from),
        until: when(window.until),
        priority: promotion.priority,
        combinesWith: Array.isArray(promotion.combinesWith) ? promotion.combinesWith.length : promotion.combinesWith,
        timesUsed: promotion.timesUsed,
        usageLimit: promotion.usageLimit,
        perCustomerLimit: promotion.perCustomerLimit,
        state: promotionState(promotion, new Date()),
      };
    }),
  };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.pricing.list.title") }, { name: "robots", content: "noindex" }];
};

type Row = Route.ComponentProps["loaderData"]["promotions"][number];

export default function PromotionsPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { promotions } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="promotions-heading">
      <h1 id="promotions-heading" className="backstage-page__heading">
        {t("backstage.pricing.list.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.pricing.list.lead")}</p>
      <p className="backstage-actions">
        <Link to="/admin/promotions/new" className="button">
          {t("backstage.pricing.list.new")}
        </Link>
        <Link to="/admin/delivery" className="text-link catalogue-link">
          {t("backstage.pricing.list.deliveryLink")}
        </Link>
      </p>
      {promotions.length === 0 ? (
        <p className="backstage-empty">{t("backstage.pricing.list.none")}</p>
      ) : (
        <div className="backstage-table-wrap">
          <table className="backstage-table">
            <caption className="visually-hidden">{t("backstage.pricing.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("backstage.pricing.column.promotion")}</th>
                <th scope="col">{t("backstage.pricing.column.kind")}</th>
                <th scope="col">{t("backstage.pricing.column.window")}</th>
                <th scope="col">{t("backstage.pricing.column.priority")}</th>
                <th scope="col">{t("backstage.pricing.column.combines")}</th>
                <th scope="col">{t("backstage.pricing.column.used")}</th>
                <th scope="col">{t("backstage.pricing.column.state")}</th>
              </tr>
            </thead>
            <tbody>
              {promotions.map((promotion) => (
                <PromotionRow key={promotion.id} promotion={promotion} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PromotionRow({ promotion }: { promotion: Row }) {
  const { t } = useI18n();
  const combines = promotion.combinesWith;
  return (
    <tr className={promotion.state === "ended" ? "backstage-table__row--muted" : undefined}>
      <td>
        <Link to={`/admin/promotions/${promotion.id}`} className="backstage-table__primary">
          {promotion.name}
        </Link>
        <span className="backstage-table__code">{promotion.id}</span>
      </td>
      <td>
        {promotion.trigger === "code" ? t("backstage.pricing.trigger.code") : t("backstage.pricing.trigger.automatic")}
        {promotion.trigger === "code" ? <span className="backstage-table__secondary">{t("backstage.pricing.list.codes", { count: promotion.codes, used: promotion.codesUsed })}</span> : null}
      </td>
      <td>
        {promotion.from || promotion.until ? (
          <>
            <span className="backstage-table__secondary">{promotion.from ? t("backstage.pricing.list.from", { date: promotion.from }) : t("backstage.pricing.list.fromAlways")}</span>
            <span className="backstage-table__secondary">{promotion.until ? t("backstage.pricing.list.until", { date: promotion.until }) : t("backstage.pricing.list.untilEnded")}</span>
          </>
        ) : (
          t("backstage.pricing.list.always")
        )}
      </td>
      <td>{promotion.priority}</td>
      <td>{typeof combines === "number" ? t("backstage.pricing.list.combinesSome", { count: combines }) : t(`backstage.pricing.combines.${combines}`)}</td>
      <td>
        {promotion.usageLimit === null ? t("backstage.pricing.list.usedUnlimited", { used: promotion.timesUsed }) : t("backstage.pricing.list.usedOf", { used: promotion.timesUsed, limit: promotion.usageLimit })}
        {promotion.perCustomerLimit !== null ? <span className="backstage-table__secondary">{t("backstage.pricing.list.perCustomer", { limit: promotion.perCustomerLimit })}</span> : null}
      </td>
      <td>
        <span className={`backstage-state backstage-state--${promotion.state}`}>{t(`backstage.pricing.state.${promotion.state}`)}</span>
      </td>
    </tr>
  );
}
