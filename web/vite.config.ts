import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  build: {
    // Never inline assets as data: URIs; the CSP only allows 'self' sources.
    assetsInlineLimit: 0,
  },
});
