// Named points on the performance timeline for where an edit's time goes, read by the
// benchmark (endDrag reports those after a drop, in ms after the release) in the engine
// that runs the edit. The product sets none: the benchmark wraps its methods
// (`instrument`, phases.ts). Off until the benchmark starts: the timeline keeps every mark.

let enabled = false;

export function enableTimingMarks(): void {
  enabled = true;
}

export function mark(name: string): void {
  if (enabled) performance.mark(name);
}

/**
 * The marks since the last one named `from`, in ms after it, by name: the first after it
 * (a later cull or edit does not overwrite the drop's). The names in `earlier` are
 * reported also when their last mark came before `from` (negative ms): what was under way
 * when it happened.
 */
export function marksSince(from: string, earlier: readonly string[] = []): Record<string, number> {
  const marks = performance.getEntriesByType("mark");
  let start: number | null = null;
  for (const m of marks) if (m.name === from) start = m.startTime;
  const out: Record<string, number> = {};
  if (start === null) return out;
  const ms = (t: number) => Math.round((t - start) * 10) / 10;
  for (const m of marks) {
    if (m.startTime < start) {
      if (earlier.includes(m.name)) out[m.name] = ms(m.startTime);
    } else if (!(m.name in out) || out[m.name]! < 0) {
      out[m.name] = ms(m.startTime);
    }
  }
  return out;
}

/**
 * Mark `name` when `target[method]` is called (`before`) or when it returns or its promise
 * fulfils (`after`): the method is wrapped on `target` itself, for the page's lifetime.
 * Throws when there is no such method (the product renamed a phase the benchmark times).
 */
export function instrument(target: object, method: string, at: "before" | "after", name: string): void {
  const t = target as Record<string, unknown>;
  const original = t[method];
  if (typeof original !== "function") throw new Error(`no method ${method} to mark ${name} at`);
  t[method] = function (this: unknown, ...args: unknown[]): unknown {
    if (at === "before") mark(name);
    const result: unknown = original.apply(this, args);
    if (at === "after") {
      if (result instanceof Promise) {
        return result.then((value: unknown) => {
          mark(name);
          return value;
        });
      }
      mark(name);
    }
    return result;
  };
}

/** The next animation frame's timestamp. */
export const nextFrame = (): Promise<number> => new Promise<number>((r) => requestAnimationFrame(r));
