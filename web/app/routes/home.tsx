import { loadHomeCatalogue } from "../catalogue/home.server";
import { CampaignBanner } from "../components/home/campaign-banner";
import { FeaturedDesigners } from "../components/home/featured-designers";
import { Hero } from "../components/home/hero";
import { NewArrivals } from "../components/home/new-arrivals";
import { ServicePromises } from "../components/home/service-promises";
import { TopCategories } from "../components/home/top-categories";
import { translatorFromMatches } from "../i18n/meta";
import { formatMoney } from "../i18n/money";
import { formatPercent } from "../i18n/numbers";
import { requestPreferencesContext } from "../i18n/request-preferences";
import type { Route } from "./+types/home";

/** Free Hong Kong delivery threshold, in HKD minor units (HK$400). */
const FREE_HONG_KONG_DELIVERY_FROM_MINOR = 40_000;
const WELCOME_OFFER_FRACTION = 0.1;

/**
 * Numbers are formatted here, on the server, so the HTML and the hydrated
 * page show the exact same string whatever ICU data the browser has.
 */
export async function loader({ context }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  return {
    ...(await loadHomeCatalogue(context)),
    freeHongKongDeliveryFrom: formatMoney(FREE_HONG_KONG_DELIVERY_FROM_MINOR, "HKD", locale, {
      trimWholeAmounts: true,
    }),
    welcomeOffer: formatPercent(WELCOME_OFFER_FRACTION, locale),
  };
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [
    { title: t("meta.home.title") },
    { name: "description", content: t("meta.home.description") },
  ];
};

export default function Home({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <Hero />
      <NewArrivals cards={loaderData.newArrivals} />
      <CampaignBanner freeHongKongDeliveryFrom={loaderData.freeHongKongDeliveryFrom} />
      <TopCategories categories={loaderData.categories} />
      <FeaturedDesigners designers={loaderData.featuredDesigners} />
      <ServicePromises
        freeHongKongDeliveryFrom={loaderData.freeHongKongDeliveryFrom}
        welcomeOffer={loaderData.welcomeOffer}
      />
    </>
  );
}
