// The UI's layers, enforced (`npm run lint:deps`). From the bottom up:
//   scene/            the protocol with the core and the document mirror
//   edits/            commands planned on the mirror
//   canvas/render/    drawing the Scene
//   canvas/gestures/  what the pointer and keys do, written against gestures/host.ts
//   canvas/           the Canvas class: implements the host, installs the gestures
//   actions/          the action registry and the actions
//   app/              the window's state; panels/ and App.svelte show it
//   bench/            the benchmark, a guest: main.ts loads it, nothing else knows it
// i18n/ is shared by all of them. Type-only imports count: a cycle through types is
// still a cycle to read.

// Tests and their helpers may reach across layers (a gesture's test drives a real Canvas).
const TESTS = "\\.test\\.ts$|(^|/)testing\\.ts$|-testing\\.ts$|-test-kit\\.ts$|^src/fixtures/";

/** Files matching `from` (tests aside) may not import those matching `to`. */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: "error",
  from: { path: from, pathNot: TESTS },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "An import cycle ties modules into one: none of them can be read or tested alone.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    forbid(
      "scene-is-the-base",
      "scene/ speaks with the core and mirrors the document: nothing of the UI above it, no Svelte.",
      "^src/scene/",
      "^src/(?!scene/|generated/)|^node_modules/svelte/|\\.svelte(\\.ts)?$",
    ),
    forbid(
      "i18n-is-shared",
      "i18n/ is used by every layer, so it uses none of them.",
      "^src/i18n/",
      "^src/(?!i18n/|generated/)",
    ),
    forbid(
      "edits-plan-on-the-mirror",
      "edits/ plans commands on the mirror: it knows nothing of the DOM or the app.",
      "^src/edits/",
      "^src/(?!edits/|scene/|generated/)",
    ),
    forbid(
      "render-only-draws",
      "canvas/render/ draws what it is given: no Canvas class, no gestures, nothing above the canvas.",
      "^src/canvas/render/",
      "^src/(?!canvas/render/|scene/|generated/|i18n/)",
    ),
    forbid(
      "gestures-use-the-host",
      "Gestures work against gestures/host.ts, never the Canvas class, and know nothing above the canvas.",
      "^src/canvas/gestures/",
      "^src/canvas/canvas\\.ts$|^src/(app|actions|panels)/",
    ),
    forbid(
      "canvas-below-the-app",
      "The canvas knows nothing of the actions, the app or its panels.",
      "^src/canvas/",
      "^src/(app|actions|panels)/",
    ),
    forbid(
      "actions-below-the-app",
      "Actions work against small host interfaces, not the app's state or its panels.",
      "^src/actions/",
      "^src/(app|panels)/",
    ),
    forbid(
      "app-below-the-panels",
      "The app's state is what the panels show; it does not import them.",
      "^src/app/",
      "^src/panels/",
    ),
    {
      name: "bench-is-a-guest",
      comment: "Product code never imports the benchmark: main.ts alone loads it.",
      severity: "error",
      from: { pathNot: `^src/bench/|^src/main\\.ts$|${TESTS}` },
      to: { path: "^src/bench/" },
    },
    {
      name: "bench-loads-on-demand",
      comment: "main.ts loads the benchmark by a dynamic import() only, into a chunk of its own.",
      severity: "error",
      from: { path: "^src/main\\.ts$" },
      to: { path: "^src/bench/", dependencyTypesNot: ["dynamic-import"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types", "svelte", "browser"],
      extensions: [".ts", ".js", ".svelte", ".json"],
    },
  },
};
