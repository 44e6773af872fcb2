#!/usr/bin/env node
// Where the drop's time goes, in Chromium: the benchmark's drag on the bridge's page, with
// V8's sampling profiler on from just before the release until endDrag (two frames after
// the canvas and panels updated). Prints the drop's split (answered / done / painted, ms),
// self and inclusive time per function and, with --tree, the call tree down to --min ms.
// Run from the peer benchmark's folder (it has playwright-core), against an unminified
// build for readable names (`npx vite build --minify false --outDir DIR`, bridge --dist DIR):
//   node ../frontstage/bench/profile-drop.js --page "$BRIDGE_URL" --n 5000 --runs 2 --tree
// --rest MS holds the pointer still that long before the release (a user resting on the
// target; the peer benchmark's drag releases 16 ms after its last move); --no-profile
// only prints the split.
'use strict';
const { chromium } = require(require.resolve('playwright-core', { paths: [process.cwd()] }));
const VIEWPORT = { width: 1280, height: 800 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The peer benchmark's drag: 60 steps, 520 px right and 150 px down.
function dragPoints(plan) {
  const pts = [];
  for (let i = 1; i <= plan.steps; i++) {
    pts.push([Math.round(plan.x0 + (plan.x1 - plan.x0) * i / plan.steps),
      Math.round(plan.y0 + (plan.y1 - plan.y0) * i / plan.steps)]);
  }
  return pts;
}
const args = process.argv.slice(2);
const get = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const page0 = get('--page'), n = +get('--n', 5000), runs = +get('--runs', 2), top = +get('--top', 40);
const rest = +get('--rest', 0), profiling = !args.includes('--no-profile');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

function aggregate(profile) {
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const parent = new Map();
  for (const nd of profile.nodes) for (const c of nd.children || []) parent.set(c, nd.id);
  const self = new Map(), incl = new Map();
  const name = (nd) => `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber + 1}`;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000;
    total += dt;
    let nd = byId.get(profile.samples[i]);
    self.set(name(nd), (self.get(name(nd)) || 0) + dt);
    const seen = new Set();
    for (let id = nd.id; id !== undefined; id = parent.get(id)) {
      const k = name(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) || 0) + dt);
    }
  }
  return { total, self, incl };
}

function tree(profile) {
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000;
    selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) || 0) + dt);
  }
  const tot = new Map();
  const total = (id) => {
    if (tot.has(id)) return tot.get(id);
    const nd = byId.get(id);
    let t = selfMs.get(id) || 0;
    for (const c of nd.children || []) t += total(c);
    tot.set(id, t);
    return t;
  };
  const min = +get('--min', 1);
  const walk = (id, depth) => {
    const nd = byId.get(id);
    const t = total(id);
    if (t < min) return;
    console.log(`${'  '.repeat(Math.min(depth, 40))}${t.toFixed(1)} (self ${(selfMs.get(id) || 0).toFixed(1)}) ${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber + 1}`);
    for (const c of (nd.children || []).slice().sort((a, b) => total(b) - total(a))) walk(c, depth + 1);
  };
  walk(profile.nodes[0].id, 0);
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  for (let run = 0; run < runs; run++) {
    const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    page.on('console', (m) => console.log('console:', m.text()));
    await page.goto(`${page0}&n=${n}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench && (window.bench.ready || window.bench.error), null, { timeout: 120000 });
    const plan = await page.evaluate('bench.dragPlan(60, 1000)');
    await page.evaluate(`bench.startDrag(${JSON.stringify(plan.cellId)})`);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.mouse.move(plan.x0, plan.y0);
    await page.mouse.down();
    for (const [x, y] of dragPoints(plan)) { await page.mouse.move(x, y); await sleep(16); }
    if (rest > 0) await sleep(rest);
    if (profiling) await cdp.send('Profiler.start');
    await page.mouse.up();
    const drag = await page.evaluate('bench.endDrag()');
    console.log(`run ${run}: answered ${drag.commitAnsweredMs} commit ${drag.commitMs} painted ${drag.commitPaintedMs} moved ${drag.cellMoved}`);
    if (!profiling) {
      await ctx.close();
      continue;
    }
    const { profile } = await cdp.send('Profiler.stop');
    const { total, self, incl } = aggregate(profile);
    if (args.includes('--tree')) tree(profile);
    const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${v.toFixed(1).padStart(7)}  ${k}`).join('\n');
    console.log(`profile total ${total.toFixed(1)} ms\n-- self --\n${fmt(self)}\n-- inclusive --\n${fmt(incl)}`);
    await ctx.close();
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
