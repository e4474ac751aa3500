import { useI18n } from "../../i18n/use-i18n";

interface ServicePromisesProps {
  /** Already formatted on the server, e.g. "HK$400". */
  freeHongKongDeliveryFrom: string;
  /** Already formatted on the server, e.g. "10%". */
  welcomeOffer: string;
}

export function ServicePromises({ freeHongKongDeliveryFrom, welcomeOffer }: ServicePromisesProps) {
  const { t } = useI18n();
  const promises = [
    {
      id: "worldwide",
      title: t("home.promises.worldwide.title"),
      body: t("home.promises.worldwide.body"),
    },
    {
      id: "hong-kong",
      title: t("home.promises.hongKong.title", { amount: freeHongKongDeliveryFrom }),
      body: t("home.promises.hongKong.body"),
    },
    {
      id: "welcome",
      title: t("home.promises.welcome.title", { percent: welcomeOffer }),
      body: t("home.promises.welcome.body"),
    },
    {
      id: "authenticity",
      title: t("home.promises.authenticity.title"),
      body: t("home.promises.authenticity.body"),
    },
  ];
  return (
    <section className="promises" aria-labelledby="promises-heading">
      <div className="container">
        <h2 id="promises-heading" className="visually-hidden">
          {t("home.promises.heading")}
        </h2>
        <ul className="promises__list">
          {promises.map((promise) => (
            <li key={promise.id} className="promises__item">
              <h3 className="promises__title">{promise.title}</h3>
              <p className="promises__body">{promise.body}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
