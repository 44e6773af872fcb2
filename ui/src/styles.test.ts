/// <reference types="vite/client" />
// The chrome's colours meet WCAG AA in both themes: 4.5:1 for text, 3:1 for the focus
// ring. Read from styles.css itself, so a changed colour is checked as it ships.
import { describe, expect, it } from "vitest";
import css from "./styles.css?raw";

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in styles.css`);
  const body = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/--(chrome-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [foreground, background] as styles.css pairs them.
const TEXT: [string, string][] = [
  ["chrome-text", "chrome-bg"],
  ["chrome-text", "chrome-surface"],
  ["chrome-text", "chrome-panel"],
  ["chrome-text", "chrome-card"],
  ["chrome-text", "chrome-button"],
  ["chrome-text", "chrome-button-hover"],
  ["chrome-text", "chrome-notice-bg"],
  ["chrome-text-muted", "chrome-panel"],
  ["chrome-text-muted", "chrome-card"],
  ["chrome-text-muted", "chrome-chip"],
  ["chrome-text-muted", "chrome-notice-bg"],
  ["chrome-text-faint", "chrome-panel"],
  ["chrome-text-faint", "chrome-card"],
  ["chrome-dirty", "chrome-surface"],
  ["chrome-error-text", "chrome-error-bg"],
  ["chrome-error-text", "chrome-notice-bg"],
  ["chrome-severity-error", "chrome-panel"],
  ["chrome-severity-warning", "chrome-panel"],
  ["chrome-severity-info", "chrome-panel"],
  ["chrome-text-muted", "chrome-chip"],
  ["chrome-severity-error", "chrome-chip-error"],
  ["chrome-severity-warning", "chrome-chip-warning"],
  ["chrome-severity-info", "chrome-chip-info"],
];

describe.each([
  ["light", ":root"],
  ["dark", ':root[data-theme="dark"]'],
])("%s chrome", (_, selector) => {
  const colours = block(selector);

  it("defines every colour the other theme defines", () => {
    expect(Object.keys(colours).sort()).toEqual(Object.keys(block(":root")).sort());
  });

  it.each(TEXT)("%s on %s is AA text (4.5:1)", (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it("has a focus ring that stands out (3:1)", () => {
    for (const bg of ["chrome-surface", "chrome-notice-bg", "chrome-panel"]) {
      expect(contrast(colours["chrome-accent"]!, colours[bg]!), bg).toBeGreaterThanOrEqual(3);
    }
  });
});

it("computes contrast as WCAG does", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
});
