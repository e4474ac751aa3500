import { Form, Link } from "react-router";
import type { Selection } from "../../catalogue/variant-selection";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField } from "../account/form-fields";

interface BagFormsProps {
  productId: string;
  selection: Selection;
  csrfToken: string | null;
  /** What the last add did, from the address (`?added=bag`). */
  added: "bag" | "wishlist" | null;
  refusal: PlainMessageKey | null;
}

/**
 * "Add to bag" and "Add to wish list": a POST form to the page's own action carrying the chosen
 * variant (the colour and size come from the GET form above, so this works without JavaScript).
 * Without a complete choice, the wish list keeps the whole product and the bag waits for a size.
 */
export function BagForms({ productId, selection, csrfToken, added, refusal }: BagFormsProps) {
  const { t } = useI18n();
  const variant = selection.variant;
  const canAdd = variant !== null && variant.available > 0 && variant.price !== null;
  return (
    <Form method="post" className="bag-forms" preventScrollReset>
      {csrfToken ? <CsrfField token={csrfToken} /> : null}
      <input type="hidden" name="productId" value={productId} />
      {variant ? <input type="hidden" name="variantId" value={variant.id} /> : null}
      {selection.colour ? <input type="hidden" name="colour" value={selection.colour} /> : null}
      {selection.size ? <input type="hidden" name="size" value={selection.size} /> : null}
      {variant ? null : <p className="bag-forms__hint">{t("cart.product.chooseFirst")}</p>}
      <button type="submit" name="intent" value="bag" className="form-button bag-forms__add" disabled={!canAdd}>{t("cart.product.addToBag")}</button>
      <button type="submit" name="intent" value="wishlist" className="form-button form-button--quiet bag-forms__wish">{t("cart.product.addToWishlist")}</button>
      {refusal ? <p className="form-alert" role="alert">{t(refusal)}</p> : null}
      {added === "bag" ? (
        <p className="bag-forms__notice" role="status">{t("cart.product.addedToBag")} <Link to="/bag" className="text-link">{t("cart.product.viewBag")}</Link></p>
      ) : added === "wishlist" ? (
        <p className="bag-forms__notice" role="status">{t("cart.product.addedToWishlist")} <Link to="/wishlist" className="text-link">{t("cart.product.viewWishlist")}</Link></p>
      ) : null}
    </Form>
  );
}
