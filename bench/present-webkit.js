#!/usr/bin/env node
// Presentation mode's speed in the app's own web view (WebKitGTK), at a window size of
// a projector and of a 4K screen: for each size and run, a fresh app opens the
// benchmark's generated document of N cards and calls `window.bench.present()`
// (ui/src/bench/present.ts), which enters View › Present, steps through every stage and
// leaves, timing each step. Prints one JSON line per run and a summary.
//
//   node bench/present-webkit.js --app target/release/frontstage-app [--n 5000] [--runs 3]
//        [--sizes 1280x720,3840x2160] [--dwell MS] [--out results.json]
//
// --dwell MS rests that long on each step before the next (a presenter talking to it),
// as a clicker is pressed; without it each step follows two frames after the last.
//
// --probe FILE evaluates FILE's expression (a promise) in the opened app instead, and
// prints what it resolves to for each run: bench/probes/full-window-paint.js measures what
// the engine takes to paint any new full-window picture, with none of our code.
//
// Needs Xvfb, tauri-driver and WebKitWebDriver (scripts/desktop-deps.sh), and the app
// built with the `bench` feature (docs/editor-benchmark.md, "Run it"). Uses Node's fetch
// for plain W3C WebDriver; no dependencies.
"use strict";
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const APP = option("app");
const N = Number(option("n", "5000"));
const RUNS = Number(option("runs", "3"));
const SIZES = option("sizes", "1280x720,3840x2160")
  .split(",")
  .map((s) => s.split("x").map(Number));
const OUT = option("out");
const DWELL = Number(option("dwell", "0"));
const PROBE = option("probe");
if (!APP) throw new Error("--app PATH: the app built with the bench feature");

const children = [];
function start(cmd, args, env, stdio = ["ignore", "ignore", "pipe"]) {
  const child = spawn(cmd, args, { env, stdio });
  children.push(child);
  return child;
}
process.on("exit", () =>
  children.forEach((c) => c.exitCode === null && c.kill("SIGTERM")),
);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Xvfb picks a free display and writes its number to fd 3.
function startXvfb(width, height) {
  const x = start(
    "Xvfb",
    [
      "-displayfd",
      "3",
      "-screen",
      "0",
      `${width}x${height}x24`,
      "-nolisten",
      "tcp",
    ],
    process.env,
    ["ignore", "ignore", "pipe", "pipe"],
  );
  return new Promise((resolve, reject) => {
    let buf = "";
    const timer = setTimeout(
      () => reject(new Error("Xvfb did not start")),
      15000,
    );
    x.stdio[3].on("data", (d) => {
      buf += d;
      if (buf.includes("\n")) {
        clearTimeout(timer);
        resolve({ proc: x, display: `:${buf.trim()}` });
      }
    });
  });
}

async function wd(base, method, route, body) {
  const res = await fetch(base + route, {
    method,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = JSON.parse(await res.text());
  if (!res.ok || (json.value && json.value.error))
    throw new Error(`${method} ${route}: ${JSON.stringify(json.value)}`);
  return json.value;
}

async function until(what, fn, timeoutMs = 60000) {
  const t0 = Date.now();
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > timeoutMs)
      throw new Error(`${what}: not after ${timeoutMs} ms`);
    await sleep(200);
  }
}

async function oneRun(width, height) {
  const xvfb = await startXvfb(width, height);
  const [port, nativePort] = [await freePort(), await freePort()];
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "frontstage-present-"));
  const env = {
    ...process.env,
    DISPLAY: xvfb.display,
    FRONTSTAGE_DATA_DIR: data,
    LANGUAGE: "en",
  };
  const driver = start(
    "tauri-driver",
    ["--port", `${port}`, "--native-port", `${nativePort}`],
    env,
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    await until("tauri-driver", () => wd(base, "GET", "/status"));
    const app = fs.realpathSync(APP);
    const session = await until("a session", () =>
      wd(base, "POST", "/session", {
        capabilities: {
          alwaysMatch: { "tauri:options": { application: app } },
        },
      }),
    );
    const s = `/session/${session.sessionId}`;
    const js = (script) =>
      wd(base, "POST", `${s}/execute/sync`, { script, args: [] });
    const ajs = (expr) =>
      wd(base, "POST", `${s}/execute/async`, {
        script: `const done = arguments[arguments.length - 1]; Promise.resolve(${expr}).then(done, (e) => done({ failed: String(e) }));`,
        args: [],
      });
    await wd(base, "POST", `${s}/timeouts`, { script: 600000 });
    const appUrl = await until("the app's page", async () => {
      const u = await wd(base, "GET", `${s}/url`);
      return u && !u.startsWith("about:") ? u : null;
    });
    await wd(base, "POST", `${s}/window/rect`, { x: 0, y: 0, width, height });
    const url = new URL(appUrl);
    url.searchParams.set("n", `${N}`);
    await wd(base, "POST", `${s}/url`, { url: url.toString() });
    const ready = await until(
      "window.bench",
      () =>
        js(
          "return window.bench && (window.bench.ready || window.bench.error) ? { ready: window.bench.ready, failed: window.bench.error } : null;",
        ),
      120000,
    ).catch(async (e) => {
      const state = await js(
        "return [location.href, JSON.stringify(window.bench).slice(0, 500), document.querySelectorAll('.card').length];",
      ).catch((x) => String(x));
      throw new Error(`${e.message}; the page: ${JSON.stringify(state)}`);
    });
    if (ready.failed) throw new Error(ready.failed);
    await sleep(1000);
    const times = await ajs(
      PROBE
        ? fs.readFileSync(PROBE, "utf8")
        : `window.bench.present({ dwellMs: ${DWELL} })`,
    );
    if (times.failed) throw new Error(times.failed);
    await wd(base, "DELETE", s);
    return times;
  } finally {
    driver.kill("SIGTERM");
    xvfb.proc.kill("SIGTERM");
    await sleep(500);
    fs.rmSync(data, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : null;
};

(async () => {
  const all = [];
  for (const [width, height] of SIZES) {
    for (let r = 0; r < RUNS; r++) {
      const t = await oneRun(width, height);
      const row = { size: `${width}x${height}`, run: r + 1, dwellMs: DWELL, ...t };
      all.push(row);
      console.log(JSON.stringify(row));
    }
  }
  if (PROBE) {
    if (OUT) fs.writeFileSync(OUT, JSON.stringify(all, null, 2));
    process.exit(0);
  }
  for (const [width, height] of SIZES) {
    const rows = all.filter((r) => r.size === `${width}x${height}`);
    const painted = (f) => rows.map(f).filter((x) => x != null);
    console.log(
      `${width}x${height}, ${N} cards, ${rows.length} runs, dwell ${DWELL} ms: enter ${median(painted((r) => r.enter.paintedMs))} ms` +
        ` (code ${median(painted((r) => r.enter.codeMs))}; overview ${rows.map((r) => r.overviewShown).join("/")}), step median ${median(painted((r) => r.stepMedianPaintedMs))} ms,` +
        ` step max ${Math.max(...painted((r) => r.stepMaxPaintedMs))} ms, leave ${median(painted((r) => r.leave.paintedMs))} ms`,
    );
  }
  if (OUT) fs.writeFileSync(OUT, JSON.stringify(all, null, 2));
  process.exit(0);
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
