import { describe, expect, it } from "vitest";
import { display, parse } from "./duration";

describe("durations in human units", () => {
  it("shows seconds in the largest unit that keeps a whole number", () => {
    expect(display(null)).toEqual({ amount: "", unit: "minutes" });
    expect(display(7200)).toEqual({ amount: "2", unit: "hours" });
    expect(display(5400)).toEqual({ amount: "90", unit: "minutes" });
    expect(display(95)).toEqual({ amount: "95", unit: "seconds" });
    expect(display(0)).toEqual({ amount: "0", unit: "minutes" });
  });

  it("parses an amount in a unit to whole seconds, empty as cleared", () => {
    expect(parse("1.5", "minutes")).toEqual({ seconds: 90 });
    expect(parse(" 2 ", "hours")).toEqual({ seconds: 7200 });
    expect(parse("", "hours")).toEqual({ seconds: null });
    expect(parse("-1", "seconds")).toHaveProperty("error");
    expect(parse("soon", "seconds")).toHaveProperty("error");
    expect(parse("2000000", "hours")).toHaveProperty("error");
  });
});
