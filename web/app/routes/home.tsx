import { DesignersInFocus } from "../components/home/designers-in-focus";
import { FeaturedStories } from "../components/home/featured-stories";
import { Hero } from "../components/home/hero";
import { ServicePromises } from "../components/home/service-promises";
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
export function loader({ context }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  return {
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
      <FeaturedStories />
      <DesignersInFocus />
      <ServicePromises
        freeHongKongDeliveryFrom={loaderData.freeHongKongDeliveryFrom}
        welcomeOffer={loaderData.welcomeOffer}
      />
    </>
  );
}
