import type { Config } from "@react-router/dev/config";

// Server rendering is required: the storefront must be complete HTML without
// JavaScript, and the Node server injects a per-request CSP nonce.
export default {
  ssr: true,
  appDirectory: "app",
  buildDirectory: "build",
  // The whole route manifest ships once as a cached asset, instead of a partial manifest worked
  // out on every server render (matching each parent path of the URL against every route) and
  // fetched again by the browser as links come into view.
  routeDiscovery: { mode: "initial" },
} satisfies Config;
