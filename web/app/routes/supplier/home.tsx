import { privatePageHeaders } from "../../account/page-headers";
import { requireSupplierSession } from "../../backstage/supplier-api.server";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/home";

export async function loader({ context, request, url }: Route.LoaderArgs) {
  const session = await requireSupplierSession({ context, request, url });
  return { organisation: session.organisation.name, name: session.user.name };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.supplier.home.title") }, { name: "robots", content: "noindex" }];
};

/** The portal's home, for now: whose portal this is, and what will come. */
export default function SupplierHome({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <section className="backstage-page" aria-labelledby="supplier-heading">
      <p className="eyebrow">{t("backstage.supplier.area")}</p>
      <h1 id="supplier-heading" className="backstage-page__heading">
        {loaderData.organisation}
      </h1>
      <p className="backstage-page__lead">{t("backstage.supplier.home.greeting", { name: loaderData.name })}</p>
      <div className="account-panel">
        <h2 className="account-panel__heading">{t("backstage.supplier.home.soonHeading")}</h2>
        <p className="account-panel__body">{t("backstage.supplier.home.soonBody")}</p>
      </div>
    </section>
  );
}
