import { afterEach, describe, expect, it } from "vitest";
import { duration, emotion, kpiValue, maybeDuration } from "./format";
import { setLocale } from "../../i18n";

afterEach(() => setLocale("en"));

describe("the Measures panel's figures", () => {
  it("writes durations in s, min and h as the report does", () => {
    expect(duration(45)).toBe("45 s");
    expect(duration(270)).toBe("4 min 30 s");
    expect(duration(3720)).toBe("1 h 2 min");
    expect(duration(7200)).toBe("2 h");
    expect(duration(3605)).toBe("1 h");
    // From an hour up, to the nearest minute: 5,610 s is not "1 h 33 min" beside 5,580 s.
    expect(duration(5610)).toBe("1 h 34 min");
    expect(duration(5580)).toBe("1 h 33 min");
    expect(duration(3599)).toBe("59 min 59 s");
    expect(duration(7170)).toBe("2 h");
    expect(duration(0)).toBe("0 s");
    expect(maybeDuration(null)).toBe("—");
  });

  it("writes them in Chinese too", () => {
    setLocale("zh-CN");
    expect(duration(3720)).toBe("1 小时 2 分钟");
    expect(duration(45)).toBe("45 秒");
  });

  it("signs emotion and gives a KPI its unit", () => {
    expect([emotion(1), emotion(0), emotion(-1), emotion(-1 / 3), emotion(null)]).toEqual([
      "+1",
      "0",
      "−1",
      "−0.3",
      "—",
    ]);
    expect([kpiValue(93, "%"), kpiValue(4.2, "min"), kpiValue(null, "%"), kpiValue(3, " ")]).toEqual([
      "93 %",
      "4.2 min",
      "—",
      "3",
    ]);
  });
});
