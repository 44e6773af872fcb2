import { afterEach, describe, expect, it } from "vitest";
import { enableTimingMarks, mark, marksSince } from "./timing";

describe("timing marks", () => {
  afterEach(() => performance.clearMarks());

  it("puts nothing on the timeline until enabled, then names the marks after a start", () => {
    mark("t:before");
    expect(performance.getEntriesByName("t:before")).toHaveLength(0);
    enableTimingMarks();
    mark("t:start");
    mark("t:one");
    const split = marksSince("t:start");
    expect(Object.keys(split)).toEqual(["t:start", "t:one"]);
    expect(split["t:start"]).toBe(0);
    expect(split["t:one"]).toBeGreaterThanOrEqual(0);
    expect(marksSince("t:never")).toEqual({});
  });

  it("reports the named earlier marks before the start, as negative times", () => {
    performance.mark("t:asked", { startTime: 5 });
    performance.mark("t:other", { startTime: 6 });
    performance.mark("t:start", { startTime: 10 });
    expect(marksSince("t:start", ["t:asked"])).toEqual({ "t:asked": -5, "t:start": 0 });
  });

  it("reports the first mark of a name after the start: a later one does not overwrite it", () => {
    performance.mark("t:start", { startTime: 10 });
    performance.mark("t:asked", { startTime: 12 });
    performance.mark("t:drawn", { startTime: 14 });
    performance.mark("t:drawn", { startTime: 40 });
    expect(marksSince("t:start", ["t:asked"])).toEqual({ "t:start": 0, "t:asked": 2, "t:drawn": 4 });
  });
});
