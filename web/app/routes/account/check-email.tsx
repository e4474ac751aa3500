import { Link } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/check-email";

/**
 * "Check your e-mail", after signing up or asking for a reset link. The words are the same
 * whether or not the address has an account, so the page reveals nothing about it.
 */
export function loader({ request }: Route.LoaderArgs) {
  const reason = new URL(request.url).searchParams.get("for");
  return { reason: reason === "password-reset" ? ("password-reset" as const) : ("sign-up" as const) };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.checkEmail.title") }, { name: "robots", content: "noindex" }];
};

export default function CheckEmail({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const forReset = loaderData.reason === "password-reset";
  return (
    <section className="account-page container" aria-labelledby="check-email-heading">
      <p className="eyebrow">{forReset ? t("account.forgot.heading") : t("account.signUp.heading")}</p>
      <h1 id="check-email-heading" className="account-page__heading">
        {t("account.checkEmail.heading")}
      </h1>
      <p className="account-page__lead">{forReset ? t("account.checkEmail.reset") : t("account.checkEmail.signUp")}</p>
      <p>{t("account.checkEmail.spam")}</p>
      <p>
        <Link to="/account/sign-in" className="text-link">
          {t("account.signIn.link")}
        </Link>
      </p>
    </section>
  );
}
