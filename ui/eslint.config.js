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
  {
    // The blueprint's colours are the Scene's paint (src/layout/paint.rs): what draws the
    // blueprint and its marks translates it and decides no colour of its own.
    files: [
      "src/canvas/render/draw.ts",
      "src/canvas/render/layers.ts",
      "src/canvas/render/mark-filters.ts",
      "src/canvas/render/present.ts",
      "src/canvas/render/overview.ts",
      "src/canvas/render/cell-hints.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[value=/^#[0-9a-fA-F]{3,8}$|^(white|black)$/i]",
          message: "A colour of the blueprint comes from the Scene's paint, not from here.",
        },
      ],
    },
  },
);
