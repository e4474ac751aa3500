import { redirect } from "react-router";
import { loadCheckout } from "../../checkout/checkout-api.server";
import type { Route } from "./+types/start";

/** /checkout: the first step not done yet (the review once every step is). */
export async function loader({ context }: Route.LoaderArgs) {
  const review = await loadCheckout(context);
  if (!review || review.lines.length === 0) return null;
  if (review.missing.includes("contact")) throw redirect("/checkout/contact");
  if (review.missing.includes("consignee")) throw redirect("/checkout/address");
  if (review.missing.includes("payment")) throw redirect("/checkout/delivery");
  throw redirect("/checkout/review");
}

/** Nothing to check out: the layout already says so. */
export default function CheckoutStart() {
  return null;
}
