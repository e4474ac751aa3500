import { index, layout, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  // Resource route: sets a preference cookie and redirects; renders nothing.
  route("preferences", "routes/preferences.ts"),
  // Every page shares the header and footer of the storefront shell.
  layout("routes/storefront-shell.tsx", [
    index("routes/home.tsx"),
    // Cookie settings (PRV-6); its action also takes the banner's decisions.
    route("cookies", "routes/cookies.tsx"),
    // Accounts: signing up, in and out, and the links mailed to customers and guardians.
    route("account/sign-up", "routes/account/sign-up.tsx"),
    route("account/check-email", "routes/account/check-email.tsx"),
    route("account/verify", "routes/account/verify.tsx"),
    route("account/sign-in", "routes/account/sign-in.tsx"),
    route("account/sign-out", "routes/account/sign-out.tsx"),
    route("account/forgot-password", "routes/account/forgot-password.tsx"),
    route("account/reset-password", "routes/account/reset-password.tsx"),
    route("account/guardian", "routes/account/guardian.tsx"),
    // The signed-in account: one session check and one navigation for its pages.
    layout("routes/account/signed-in.tsx", { id: "account-area" }, [
      route("account", "routes/account/overview.tsx"),
      route("account/profile", "routes/account/profile.tsx"),
      route("account/security", "routes/account/security.tsx"),
    ]),
    // Legal documents as published: the version in force, the history, any one version.
    route("legal/:kind", "routes/legal/document.tsx"),
    route("legal/:kind/versions", "routes/legal/versions.tsx"),
    route("legal/:kind/versions/:version", "routes/legal/document.tsx", { id: "legal-version" }),
    // Unknown addresses 404 inside the shell, so the root loader has run
    // (locale known) and the client keeps the navigation to find their way.
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
