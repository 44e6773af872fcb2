#!/usr/bin/env node
// Where presenting's time goes, in Chromium: the bridge's page with the benchmark's
// document, `window.bench.present()` (enter, every step, first, last, leave) with V8's
// sampling profiler on for the whole of it. Prints the figures (codeMs / paintedMs per
// action, the steps' medians), then self and inclusive time per function. Run from the
// peer benchmark's folder (it has playwright-core), against an unminified build for
// readable names (`npx vite build --minify false --outDir DIR`, bridge --dist DIR):
//   node ../frontstage/bench/profile-present.js --page "$BRIDGE_URL" --n 5000 --size 1280x720 [--runs 1] [--no-profile]
'use strict';
const { chromium } = require(require.resolve('playwright-core', { paths: [process.cwd()] }));
const args = process.argv.slice(2);
const get = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const page0 = get('--page'), n = +get('--n', 5000), runs = +get('--runs', 1), top = +get('--top', 40);
const [width, height] = get('--size', '1280x720').split('x').map(Number);
const profiling = !args.includes('--no-profile');
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
    const nd = byId.get(profile.samples[i]);
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

const line = (s) => `${s.action.padEnd(6)} step ${String(s.step).padStart(2)} code ${String(s.codeMs).padStart(7)} painted ${String(s.paintedMs).padStart(7)} cards ${s.cardsDrawn}`;

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  for (let run = 0; run < runs; run++) {
    const ctx = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    page.on('console', (m) => console.log('console:', m.text()));
    await page.goto(`${page0}&n=${n}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench && (window.bench.ready || window.bench.error), null, { timeout: 120000 });
    await new Promise((r) => setTimeout(r, 500));
    const cdp = await ctx.newCDPSession(page);
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const t = await page.evaluate('bench.present()');
    console.log(`run ${run} ${width}x${height}: enter ${t.enter.codeMs}/${t.enter.paintedMs} step median ${t.stepMedianPaintedMs} max ${t.stepMaxPaintedMs} leave ${t.leave.codeMs}/${t.leave.paintedMs} raster ${t.overviewRaster}`);
    for (const s of [t.enter, ...t.steps, t.first, t.last, t.leave]) console.log('  ' + line(s));
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      const { total, self, incl } = aggregate(profile);
      const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${v.toFixed(1).padStart(7)}  ${k}`).join('\n');
      console.log(`profile total ${total.toFixed(1)} ms\n-- self --\n${fmt(self)}\n-- inclusive --\n${fmt(incl)}`);
    }
    await ctx.close();
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
