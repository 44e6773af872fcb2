import { mount } from "svelte";
import App from "./App.svelte";
import "./fonts.css";
import "./styles.css";
import type { AppHooks } from "./app/hooks";
import { startPreferences } from "./app/preferences";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");

/**
 * The benchmark (`?n=N`) and its bridge outside Tauri (`?bridge`) are a guest, loaded only
 * when the URL asks for it (a chunk of its own): the one way into the app from bench/.
 */
async function guest(): Promise<AppHooks | undefined> {
  const q = new URLSearchParams(location.search);
  if (!q.has("n") && !q.has("bridge")) return undefined;
  const { loadGuest } = await import("./bench");
  return loadGuest(window);
}

// Language and theme first, so the first paint is already in them.
await startPreferences();
const hooks = await guest();
export default mount(App, { target, props: { hooks } });
