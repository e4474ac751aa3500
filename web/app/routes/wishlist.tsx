import { data, Form, Link } from "react-router";
import { currentSession } from "../account/account-api.server";
import { csrfOf, textField } from "../account/forms";
import { bagCall, presentWishlist } from "../cart/cart-api.server";
import { afterChange, privateHeadersWithCookies } from "../cart/cart-forms";
import type { WishlistApi, WishlistView } from "../cart/cart-types";
import { CsrfField } from "../components/account/form-fields";
import { PriceTag } from "../components/catalogue/price-tag";
import { ErrorPage } from "../components/error-page";
import { colourName } from "../catalogue/labels";
import { translatorFromMatches } from "../i18n/meta";
import { useI18n } from "../i18n/use-i18n";
import type { Route } from "./+types/wishlist";

/** /wishlist: a customer's wish list, or a guest's until they sign in. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const [session, result] = await Promise.all([currentSession(context, request), bagCall<WishlistApi>(context, "/wishlist")]);
  if (!result.ok) throw data(null, { status: result.status >= 500 ? 502 : result.status });
  return data(
    { list: presentWishlist(context, result.data), csrfToken: session?.csrfToken ?? null, signedIn: session !== null },
    { headers: new Headers(result.headers.getSetCookie().map((c) => ["Set-Cookie", c])) },
  );
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const csrfToken = csrfOf(form);
  const item = `/wishlist/${encodeURIComponent(textField(form, "itemId"))}`;
  if (textField(form, "intent") === "bag") return afterChange(await bagCall(context, `${item}/move-to-bag`, { method: "POST", csrfToken }), "/bag", "items");
  return afterChange(await bagCall(context, item, { method: "DELETE", csrfToken }), "/wishlist", "items");
}

export const headers = privateHeadersWithCookies;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("cart.wishlist.title") }, { name: "robots", content: "noindex" }];
};

export default function WishlistPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { list, csrfToken, signedIn } = loaderData;
  return (
    <section className="bag container" aria-labelledby="wishlist-heading">
      <h1 id="wishlist-heading" className="bag__heading">{t("cart.wishlist.heading")}</h1>
      {actionData ? <p className="form-alert" role="alert">{t(actionData.refusal)}</p> : null}
      {signedIn ? null : <p className="bag__note">{t("cart.wishlist.guestNote")}</p>}
      {list.items.length === 0 ? (
        <p className="bag__empty">{t("cart.wishlist.empty")}</p>
      ) : (
        <ul className="wishlist" aria-label={t("cart.wishlist.listLabel")}>
          {list.items.map((item) => <WishlistItem key={item.id} item={item} csrfToken={csrfToken} />)}
        </ul>
      )}
    </section>
  );
}

function WishlistItem({ item, csrfToken }: { item: WishlistView["items"][number]; csrfToken: string | null }) {
  const { t } = useI18n();
  const piece = item.piece;
  return (
    <li className="wishlist__item">
      {piece?.image ? <img className="wishlist__image" src={piece.image} alt="" width={240} height={300} loading="lazy" /> : null}
      {piece ? (
        <h2 className="bag-line__title">
          <span className="bag-line__designer">{piece.designer}</span>
          <Link to={`/products/${piece.slug}`} className="bag-line__name">{piece.name}</Link>
        </h2>
      ) : null}
      {piece?.variant ? (
        <p className="bag-line__options">
          {piece.variant.colour ? <span>{t("cart.line.colour", { colour: colourName(t, piece.variant.colour) })}</span> : null}
          {piece.variant.size ? <span>{t("cart.line.size", { size: piece.variant.size })}</span> : null}
        </p>
      ) : null}
      {item.variantId ? <PriceTag price={item.price} /> : null}
      {item.inStock === false ? <p className="bag-line__notice">{t("cart.wishlist.soldOut")}</p> : null}
      <Form method="post" className="bag-line__actions">
        {csrfToken ? <CsrfField token={csrfToken} /> : null}
        <input type="hidden" name="itemId" value={item.id} />
        {item.variantId && item.inStock ? (
          <button type="submit" name="intent" value="bag" className="form-button form-button--quiet">{t("cart.wishlist.moveToBag")}</button>
        ) : piece && !item.variantId ? (
          <Link to={`/products/${piece.slug}`} className="form-button form-button--quiet">{t("cart.wishlist.chooseOptions")}</Link>
        ) : null}
        <button type="submit" name="intent" value="remove" className="bag-action">{t("cart.wishlist.remove")}</button>
      </Form>
    </li>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
