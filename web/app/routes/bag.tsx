import { data, Link } from "react-router";
import { currentSession } from "../account/account-api.server";
import { csrfOf, textField } from "../account/forms";
import { bagCall, presentBag } from "../cart/cart-api.server";
import { afterChange, privateHeadersWithCookies } from "../cart/cart-forms";
import type { BagApi } from "../cart/cart-types";
import { BagLine } from "../components/cart/bag-line";
import { BagSummary } from "../components/cart/bag-summary";
import { ErrorPage } from "../components/error-page";
import { translatorFromMatches } from "../i18n/meta";
import { useI18n } from "../i18n/use-i18n";
import type { Route } from "./+types/bag";

/** /bag: the visitor's bag with live prices and stock. A signed-in visitor's guest bag is merged here. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const [session, result] = await Promise.all([currentSession(context, request), bagCall<BagApi>(context, "/bag")]);
  if (!result.ok) throw data(null, { status: result.status >= 500 ? 502 : result.status });
  return data({ bag: presentBag(context, result.data), csrfToken: session?.csrfToken ?? null }, { headers: new Headers(result.headers.getSetCookie().map((c) => ["Set-Cookie", c])) });
}

/** The page's forms, told apart by `intent`; a guest has no CSRF token (the API checks the Origin). */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const csrfToken = csrfOf(form);
  const intent = textField(form, "intent");
  const line = `/bag/lines/${encodeURIComponent(textField(form, "lineId"))}`;
  switch (intent) {
    case "quantity":
      return afterChange(await bagCall(context, line, { method: "PATCH", body: { quantity: Number(textField(form, "quantity")) }, csrfToken }), "/bag", "lines");
    case "remove":
      return afterChange(await bagCall(context, line, { method: "DELETE", csrfToken }), "/bag", "lines");
    case "wishlist":
      return afterChange(await bagCall(context, `${line}/move-to-wishlist`, { method: "POST", csrfToken }), "/bag", "lines");
    case "code":
      return afterChange(await bagCall(context, "/bag/codes", { method: "POST", body: { code: textField(form, "code") }, csrfToken }), "/bag", "code");
    case "removeCode":
      return afterChange(await bagCall(context, `/bag/codes/${encodeURIComponent(textField(form, "removeCode"))}`, { method: "DELETE", csrfToken }), "/bag", "code");
    default:
      return data({ formId: "lines", refusal: "cart.refused.generic" as const }, { status: 400 });
  }
}

export const headers = privateHeadersWithCookies;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("cart.bag.title") }, { name: "robots", content: "noindex" }];
};

export default function BagPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { bag, csrfToken } = loaderData;
  const lineRefusal = actionData?.formId === "lines" ? actionData.refusal : null;
  return (
    <section className="bag container" aria-labelledby="bag-heading">
      <h1 id="bag-heading" className="bag__heading">{t("cart.bag.heading")}</h1>
      {lineRefusal ? <p className="form-alert" role="alert">{t(lineRefusal)}</p> : null}
      {bag.lines.length === 0 ? (
        <div className="bag__empty">
          <p>{t("cart.bag.empty")}</p>
          <p><Link to="/new" className="text-link">{t("cart.bag.continue")}</Link> · <Link to="/wishlist" className="text-link">{t("cart.bag.wishlistLink")}</Link></p>
        </div>
      ) : (
        <div className="bag__layout">
          <ul className="bag__lines" aria-label={t("cart.bag.linesLabel")}>
            {bag.lines.map((line) => <BagLine key={line.id} line={line} csrfToken={csrfToken} />)}
          </ul>
          <BagSummary bag={bag} csrfToken={csrfToken} codeRefusal={actionData?.formId === "code" ? actionData.refusal : null} />
        </div>
      )}
    </section>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
