// What WebKitGTK takes to paint a new full-window picture, with none of our code: for
// each way of changing the whole window, the time from the change until the second
// animation frame after it (as bench/present-webkit.js times a step), five times with a
// rest between. `idle` changes nothing (the frames' own rhythm). Run through
//   node bench/present-webkit.js --app APP --probe bench/probes/full-window-paint.js --sizes 3840x2160
(async () => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const rest = () => new Promise((done) => setTimeout(done, 300));
  const out = {};
  async function timed(name, change) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      await rest();
      const t0 = performance.now();
      change(i);
      await frame();
      await frame();
      times.push(Math.round(performance.now() - t0));
    }
    out[name] = times;
  }
  const cover = (css) => {
    const div = document.createElement("div");
    div.style.cssText = `position:fixed;inset:0;z-index:99;background:#eee;${css}`;
    document.body.append(div);
    return div;
  };
  /** A canvas the window's width and half its height, drawn once with 5,000 boxes. */
  const picture = (div) => {
    const [w, h] = [innerWidth, Math.round(innerHeight / 2)];
    const c = document.createElement("canvas");
    c.width = w;
    c.height = h;
    c.style.cssText = `position:absolute;left:0;top:${h / 2}px;width:${w}px;height:${h}px`;
    const ctx = c.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, w, h);
    ctx.beginPath();
    for (let i = 0; i < 5000; i++) ctx.rect((i * 37) % w, (i * 91) % h, 20, 10);
    ctx.stroke();
    div.append(c);
  };
  await timed("idle", () => {});
  let div = cover("");
  div.hidden = true;
  await timed("a plain colour, shown or hidden", (i) => {
    div.hidden = i % 2 === 1;
    div.style.background = i % 4 < 2 ? "#fff" : "#eee";
  });
  div.remove();
  div = cover("");
  picture(div);
  div.hidden = true;
  await timed("a drawn canvas, shown or hidden", (i) => (div.hidden = i % 2 === 1));
  div.remove();
  div = cover("opacity:0;will-change:opacity");
  picture(div);
  await timed("the same on a layer of its own, by opacity", (i) => (div.style.opacity = i % 2 ? "0" : "1"));
  div.remove();
  return out;
})()
