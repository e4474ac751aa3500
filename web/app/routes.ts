import { index, layout, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  // Resource route: sets a preference cookie and redirects; renders nothing.
  route("preferences", "routes/preferences.ts"),
  // The backstage: staff pages under /admin, in a shell of their own (never the storefront's).
  layout("routes/backstage/shell.tsx", { id: "backstage-shell" }, [
    route("admin/sign-in", "routes/backstage/sign-in.tsx"),
    route("admin/sign-out", "routes/backstage/sign-out.tsx"),
    // One staff-session check and one side navigation; the inner layout keeps a 403 inside them.
    layout("routes/backstage/signed-in.tsx", { id: "backstage-area" }, [
      layout("routes/backstage/pages.tsx", [
        route("admin", "routes/backstage/overview.tsx"),
        route("admin/security", "routes/backstage/security.tsx"),
        route("admin/staff", "routes/backstage/staff.tsx"),
        route("admin/suppliers", "routes/backstage/suppliers.tsx"),
        route("admin/suppliers/:id", "routes/backstage/supplier.tsx"),
        route("admin/customers", "routes/backstage/customers.tsx"),
        route("admin/customers/:id", "routes/backstage/customer.tsx"),
        route("admin/legal", "routes/backstage/legal.tsx"),
        route("admin/legal/:kind/new", "routes/backstage/legal-new.tsx"),
        route("admin/legal/:kind/versions/:version", "routes/backstage/legal-version.tsx"),
        route("admin/legal/:kind/versions/:version/publish", "routes/backstage/legal-publish.tsx"),
        route("admin/audit", "routes/backstage/audit.tsx"),
        // The catalogue (CAT, "Backstage"): products with their variants, prices, stock and media; CSV.
        route("admin/catalogue", "routes/backstage/catalogue.tsx"),
        route("admin/catalogue/new", "routes/backstage/catalogue-new.tsx"),
        route("admin/catalogue/import", "routes/backstage/catalogue-import.tsx"),
        route("admin/catalogue/designers", "routes/backstage/catalogue-designers.tsx"),
        route("admin/catalogue/categories", "routes/backstage/catalogue-categories.tsx"),
        route("admin/catalogue/:id", "routes/backstage/catalogue-product.tsx"),
        // Orders (ORD-2, ORD-5, PAY-1): find them, open one with its lines, payments and history.
        route("admin/orders", "routes/backstage/orders.tsx"),
        route("admin/orders/:id", "routes/backstage/order.tsx"),
        // Promotions with their codes, delivery rates and duty estimates (MKT-1, DEL-1).
        route("admin/promotions", "routes/backstage/promotions.tsx"),
        route("admin/promotions/new", "routes/backstage/promotion-new.tsx"),
        route("admin/promotions/:id", "routes/backstage/promotion.tsx"),
        route("admin/delivery", "routes/backstage/delivery.tsx"),
        // Payments (PAY-1, PAY-3): methods with their deadlines, the review threshold, the fraud review queue.
        route("admin/payments", "routes/backstage/payments.tsx"),
        route("admin/payments/reviews", "routes/backstage/payment-reviews.tsx"),
        route("admin/payments/refunds", "routes/backstage/payment-refunds.tsx"),
        // Fulfilment (ORD-2, DEL-2 to DEL-6): pick lists, parcels and their steps, refusals, returns.
        route("admin/fulfilment", "routes/backstage/fulfilment.tsx"),
        route("admin/fulfilment/settings", "routes/backstage/fulfilment-settings.tsx"),
        route("admin/fulfilment/refusals", "routes/backstage/refusals.tsx"),
        route("admin/fulfilment/shipments/:id", "routes/backstage/shipment.tsx"),
        route("admin/returns", "routes/backstage/returns.tsx"),
        route("admin/*", "routes/backstage/not-found.tsx"),
      ]),
    ]),
  ]),
  // The supplier portal: its own sign-in and cookie; a supplier never opens a backstage page.
  layout("routes/supplier/shell.tsx", { id: "supplier-shell" }, [
    route("supplier/sign-in", "routes/supplier/sign-in.tsx"),
    route("supplier/sign-out", "routes/supplier/sign-out.tsx"),
    route("supplier", "routes/supplier/home.tsx"),
  ]),
  // Every page shares the header and footer of the storefront shell.
  layout("routes/storefront-shell.tsx", [
    index("routes/home.tsx"),
    // The catalogue (CAT-1, CAT-3, CAT-4): listings with facets, designers, search, product pages.
    route("category/:slug", "routes/catalogue/category.tsx"),
    route("designers", "routes/catalogue/designers.tsx"),
    route("designers/:slug", "routes/catalogue/designer.tsx"),
    route("new", "routes/catalogue/new-arrivals.tsx"),
    route("search", "routes/catalogue/search.tsx"),
    route("products/:slug", "routes/catalogue/product.tsx"),
    // The bag (with the mini-bag count in the header) and the wish list, for guests and customers.
    route("bag", "routes/bag.tsx"),
    route("wishlist", "routes/wishlist.tsx"),
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
    // The visible unsubscribe link of marketing mail (MKT-3): asks, then unsubscribes at once.
    route("unsubscribe/:token", "routes/account/unsubscribe.tsx"),
    // The signed-in account: one session check and one navigation for its pages.
    layout("routes/account/signed-in.tsx", { id: "account-area" }, [
      route("account", "routes/account/overview.tsx"),
      route("account/profile", "routes/account/profile.tsx"),
      route("account/security", "routes/account/security.tsx"),
      route("account/addresses", "routes/account/addresses.tsx"),
      route("account/consents", "routes/account/consents.tsx"),
      // Orders (ORD-5): the list and each order with its lines, totals and history.
      route("account/orders", "routes/account/orders.tsx"),
      route("account/orders/:id", "routes/account/order.tsx"),
    ]),
    // Checkout (ORD-1, ORD-2): one form per step, each saved before the next; then the confirmation.
    layout("routes/checkout/checkout-area.tsx", { id: "checkout-area" }, [
      route("checkout", "routes/checkout/start.tsx"),
      route("checkout/contact", "routes/checkout/contact.tsx"),
      route("checkout/address", "routes/checkout/address.tsx"),
      route("checkout/delivery", "routes/checkout/delivery.tsx"),
      route("checkout/review", "routes/checkout/review.tsx"),
    ]),
    route("checkout/complete/:orderId", "routes/checkout/complete.tsx"),
    // A guest's order, through the signed link mailed to them (ORD-5).
    route("orders/:id", "routes/orders/guest-order.tsx"),
    // The consignee's page, from the link in the dispatch mail: the parcel and its journey (ORD-4, DEL-3).
    route("deliveries/:id", "routes/deliveries/delivery.tsx"),
    // Legal documents as published: the version in force, the history, any one version.
    route("legal/:kind", "routes/legal/document.tsx"),
    route("legal/:kind/versions", "routes/legal/versions.tsx"),
    route("legal/:kind/versions/:version", "routes/legal/document.tsx", { id: "legal-version" }),
    // Unknown addresses 404 inside the shell, so the root loader has run
    // (locale known) and the client keeps the navigation to find their way.
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
