import { index, layout, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  // Resource route: sets a preference cookie and redirects; renders nothing.
  route("preferences", "routes/preferences.ts"),
  // Every page shares the header and footer of the storefront shell.
  layout("routes/storefront-shell.tsx", [
    index("routes/home.tsx"),
    // Unknown addresses 404 inside the shell, so the root loader has run
    // (locale known) and the client keeps the navigation to find their way.
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
