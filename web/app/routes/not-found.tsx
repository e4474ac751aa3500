import { data } from "react-router";
import { ErrorPage } from "../components/error-page";
import { translatorFromMatches } from "../i18n/meta";
import type { Route } from "./+types/not-found";

/** Any address no other route claims: a real 404 status, inside the shell. */
export function loader(): never {
  throw data(null, { status: 404 });
}

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("meta.notFound.title") }, { name: "robots", content: "noindex" }];
};

export default function NotFound() {
  // Never rendered: the loader always throws. Kept so the route is a page.
  return null;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
