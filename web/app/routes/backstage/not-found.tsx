import { data } from "react-router";
import { translatorFromMatches } from "../../i18n/meta";
import type { Route } from "./+types/not-found";

/** An unknown backstage address: a 404 inside the backstage (for signed-in staff only). */
export function loader(): never {
  throw data(null, { status: 404 });
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.notFound.title") }, { name: "robots", content: "noindex" }];
};

export default function BackstageNotFound() {
  return null;
}
