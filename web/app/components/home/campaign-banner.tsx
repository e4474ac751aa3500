import { Link } from "react-router";
import { useI18n } from "../../i18n/use-i18n";

/** The season's message across the page: complimentary delivery in Hong Kong (DEL-1). */
export function CampaignBanner({ freeHongKongDeliveryFrom }: { freeHongKongDeliveryFrom: string }) {
  const { t } = useI18n();
  return (
    <section className="campaign" aria-labelledby="campaign-heading">
      <div className="campaign__inner container">
        <p className="eyebrow campaign__kicker">{t("home.campaign.kicker")}</p>
        <h2 id="campaign-heading" className="campaign__headline">{t("home.campaign.headline", { amount: freeHongKongDeliveryFrom })}</h2>
        <p className="campaign__body">{t("home.campaign.body")}</p>
        <Link to="/new" className="button button--light">{t("home.campaign.cta")}</Link>
      </div>
    </section>
  );
}
