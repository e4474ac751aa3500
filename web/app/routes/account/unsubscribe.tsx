import { data, Form, Link } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { apiJson } from "../../api/server-api";
import { SubmitButton } from "../../components/account/form-fields";
import { MARKETING_CHANNELS, type MarketingChannel } from "../../components/account/sign-up-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/unsubscribe";

/**
 * The channel a link was made for, read from the token only to word the question; the API checks
 * the signature when the button is pressed. A token of another shape asks about e-mail.
 */
function channelOf(token: string): MarketingChannel {
  const named = token.split(".")[1];
  return MARKETING_CHANNELS.find((channel) => channel === named) ?? "email";
}

/**
 * Opening the link changes nothing (mail scanners open links too): the page asks, and pressing
 * the button unsubscribes at once. Mail programs use the one-click POST of the mail's headers.
 */
export function loader({ params }: Route.LoaderArgs) {
  return { channel: channelOf(params.token) };
}

export async function action({ context, params }: Route.ActionArgs) {
  // The link, not whoever is signed in on this device, says who unsubscribes: no session is sent.
  const result = await apiJson<{ channel: MarketingChannel }>(context, `/unsubscribe/${encodeURIComponent(params.token)}`, { method: "POST", onlyCookies: [] });
  if (result.ok) return { done: result.data.channel, invalid: false };
  return data({ done: null, invalid: true }, { status: result.status === 404 ? 404 : result.status >= 500 ? 502 : result.status });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.unsubscribe.title") }, { name: "robots", content: "noindex" }];
};

export default function Unsubscribe({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const done = actionData?.done ?? null;
  return (
    <section className="account-page container" aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading" className="account-page__heading">
        {t(done ? "account.unsubscribe.doneHeading" : "account.unsubscribe.heading")}
      </h1>
      {done ? (
        <p className="form-notice" role="status">
          {t(`account.unsubscribe.done.${done}`)}
        </p>
      ) : actionData?.invalid ? (
        <p className="form-alert" role="alert">
          {t("account.unsubscribe.invalid")}
        </p>
      ) : (
        <Form method="post" className="account-form">
          <p className="account-page__lead">{t(`account.unsubscribe.ask.${loaderData.channel}`)}</p>
          <SubmitButton>{t("account.unsubscribe.submit")}</SubmitButton>
        </Form>
      )}
      <p className="account-page__aside">
        {t("account.unsubscribe.service")} <Link to="/account/consents">{t("account.unsubscribe.manage")}</Link>
      </p>
    </section>
  );
}
