import { mount } from "svelte";
import App from "./App.svelte";
import "./styles.css";
import type { Editor } from "./app/editor.svelte";
import { startPreferences } from "./app/preferences";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");

// Benchmark mode (`?n=N`, see bench.ts) is loaded only when asked for.
async function benchBoot() {
  const { benchParams, startBench } = await import("./bench");
  const params = benchParams(location.search);
  return params ? (editor: Editor) => startBench(editor, params) : undefined;
}

// Language and theme first, so the first paint is already in them.
await startPreferences();
const boot = new URLSearchParams(location.search).has("n") ? await benchBoot() : undefined;
export default mount(App, { target, props: { boot } });
