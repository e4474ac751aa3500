import type { Config } from "@react-router/dev/config";

// Server rendering is required: the storefront must be complete HTML without
// JavaScript, and the Node server injects a per-request CSP nonce.
export default {
  ssr: true,
  appDirectory: "app",
  buildDirectory: "build",
} satisfies Config;
