import { Form, Link } from "react-router";
import type { BagLineView } from "../../cart/cart-types";
import { colourName } from "../../catalogue/labels";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField } from "../account/form-fields";
import { PriceTag } from "../catalogue/price-tag";

const QUANTITIES = Array.from({ length: 10 }, (_, i) => i + 1);

/** One line of the bag: the piece, its price now, what changed since it was added (CAT-1), and its forms. */
export function BagLine({ line, csrfToken }: { line: BagLineView; csrfToken: string | null }) {
  const { t } = useI18n();
  const piece = line.piece;
  const csrf = csrfToken ? <CsrfField token={csrfToken} /> : null;
  return (
    <li className="bag-line">
      {piece?.image ? <img className="bag-line__image" src={piece.image} alt="" width={120} height={150} loading="lazy" /> : <span className="bag-line__image bag-line__image--none" aria-hidden="true" />}
      <div className="bag-line__body">
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
        <LineNotices line={line} />
        <PriceTag price={line.unitPrice} />
        <Form method="post" className="bag-line__quantity">
          {csrf}
          <input type="hidden" name="lineId" value={line.id} />
          <label className="bag-line__label" htmlFor={`quantity-${line.id}`}>{t("cart.line.quantity")}</label>
          <select id={`quantity-${line.id}`} name="quantity" defaultValue={String(line.quantity)} className="bag-line__select">
            {QUANTITIES.map((q) => <option key={q} value={q}>{q}</option>)}
          </select>
          <button type="submit" name="intent" value="quantity" className="form-button form-button--quiet">{t("cart.line.update")}</button>
        </Form>
        <Form method="post" className="bag-line__actions">
          {csrf}
          <input type="hidden" name="lineId" value={line.id} />
          {line.onSale ? <button type="submit" name="intent" value="wishlist" className="bag-action">{t("cart.line.moveToWishlist")}</button> : null}
          <button type="submit" name="intent" value="remove" className="bag-action">{t("cart.line.remove")}</button>
        </Form>
      </div>
      {line.lineTotal ? <p className="bag-line__total">{line.lineTotal}</p> : null}
    </li>
  );
}

function LineNotices({ line }: { line: BagLineView }) {
  const { t } = useI18n();
  if (!line.onSale) return <p className="bag-line__notice bag-line__notice--warning" role="status">{t("cart.line.notOnSale")}</p>;
  return (
    <>
      {line.priceChange ? (
        <p className="bag-line__notice" role="status">
          {t(line.priceChange.direction === "up" ? "cart.line.priceUp" : "cart.line.priceDown", { before: line.priceChange.before, now: line.priceChange.now })}
        </p>
      ) : null}
      {line.availabilityChanged ? (
        <p className={line.inStock ? "bag-line__notice" : "bag-line__notice bag-line__notice--warning"} role="status">
          {t(line.inStock ? "cart.line.backInStock" : "cart.line.noLongerInStock")}
        </p>
      ) : null}
    </>
  );
}
