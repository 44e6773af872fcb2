// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte.
// Formatting is prettier's; the layers are dependency-cruiser's (.dependency-cruiser.cjs).
import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import ts from "typescript-eslint";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import svelteConfig from "./svelte.config.js";

export default defineConfig(
  { ignores: ["dist/", "src/generated/"] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  { languageOptions: { globals: globals.browser } },
  {
    rules: {
      // `_` names what is there for its position only (`{#each rings as _, i}`, a field left out of a copy).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `{" "}` keeps a space between inline elements that prettier's line breaks would drop.
      "svelte/no-useless-mustaches": "off",
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: [".svelte"], svelteConfig } },
  },
  { files: ["*.config.js", "*.config.ts", ".dependency-cruiser.cjs"], languageOptions: { globals: globals.node } },
);
