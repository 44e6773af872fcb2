import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Built into ui/dist, which tauri.conf.json embeds. No remote assets: the CSP forbids them.
export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  clearScreen: false,
  // Component tests mount Svelte in jsdom: use Svelte's browser build, not its server one.
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  // Tests may read the shell's menu table (src/actions/menu-actions.test.ts) beside ui/; the
  // dev server serves the bundled fonts from the repository's fonts/ (src/fonts.css).
  server: {
    port: 5173,
    strictPort: true,
    host: "127.0.0.1",
    fs: { allow: mode === "test" ? [".."] : [".", "../fonts"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    // styles.test.ts reads the stylesheet (?raw) to check its colours.
    css: { include: [/styles\.css/] },
  },
}));
