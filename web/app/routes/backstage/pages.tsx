import { Outlet } from "react-router";
import { BackstageErrorPage } from "../../components/backstage/backstage-error";
import type { Route } from "./+types/pages";

/** Holds the pages; its error boundary keeps a 403 or 404 inside the header and side navigation. */
export default function BackstagePages() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <BackstageErrorPage error={error} />;
}
