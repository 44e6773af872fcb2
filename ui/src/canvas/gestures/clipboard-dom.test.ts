import { afterEach, describe, expect, it } from "vitest";
import { cardCanvas, settle } from "../card-testing";
import { CLIP_MIME } from "../../edits/clipboard";

afterEach(() => document.body.replaceChildren());

/** A clipboard event as the platform raises it, with its own DataTransfer. */
function clipEvent(type: string, data: Record<string, string> = {}) {
  const store = new Map(Object.entries(data));
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, "clipboardData", {
    value: { getData: (t: string) => store.get(t) ?? "", setData: (t: string, v: string) => void store.set(t, v) },
  });
  return { e, store };
}

describe("the canvas on the system clipboard", () => {
  it("enables Copy and Cut without a text selection only while the canvas has the focus and cards are selected", () => {
    const { canvas } = cardCanvas();
    const before = (type: string) => {
      const { e } = clipEvent(type);
      canvas.svg.dispatchEvent(e);
      return e.defaultPrevented;
    };
    canvas.setSelection(["card:c1"]);
    expect(before("beforecopy")).toBe(false);
    canvas.host.focus();
    expect(before("beforecopy")).toBe(true);
    expect(before("beforecut")).toBe(true);
    expect(before("beforepaste")).toBe(true);
    canvas.setSelection([]);
    expect(before("beforecopy")).toBe(false);
    expect(before("beforepaste")).toBe(true);
  });

  it("copies JSON with a format tag and the texts, and pastes them after the selection as one batch", async () => {
    const { canvas, sent } = cardCanvas();
    canvas.host.focus();
    canvas.setSelection(["card:c3", "card:c1"]);
    const copy = clipEvent("copy");
    canvas.svg.dispatchEvent(copy.e);
    expect(copy.e.defaultPrevented).toBe(true);
    expect(copy.store.get("text/plain")).toBe("Walks in\nTakes the order");
    expect(JSON.parse(copy.store.get(CLIP_MIME)!)).toMatchObject({ format: "frontstage-cards", version: 1 });
    expect(sent).toEqual([]);

    canvas.setSelection(["card:c2"]);
    const paste = clipEvent("paste", Object.fromEntries(copy.store));
    canvas.svg.dispatchEvent(paste.e);
    await settle();
    expect(sent).toHaveLength(1);
    const c = sent[0]!;
    expect(c.type === "batch" && c.label).toBe("Paste");
    const steps = c.type === "batch" ? c.commands : [];
    expect(
      steps.filter((x) => x.type === "add_card").map((x) => x.type === "add_card" && [x.lane, x.stage, x.index]),
    ).toEqual([
      ["l1", "s1", 2], // after c2
      ["l2", "s2", 1], // one lane down and one stage over, as c3 was from c1
    ]);
    expect(steps.at(-1)).toEqual({ type: "add_connector", from: "c4", to: "c5" });
    expect([...canvas.selection]).toEqual(["card:c4", "card:c5"]);
  });

  it("cut copies, then deletes the cards in one step", async () => {
    const { canvas, sent } = cardCanvas();
    canvas.host.focus();
    canvas.setSelection(["card:c2"]);
    const cut = clipEvent("cut");
    canvas.svg.dispatchEvent(cut.e);
    await settle();
    expect(cut.store.get("text/plain")).toBe("<b>Looks</b> & waits");
    expect(sent).toEqual([{ type: "batch", label: "Cut", commands: [{ type: "delete_cards", cards: ["c2"] }] }]);
  });

  it("pastes plain text from other apps as cards, and ignores garbage without throwing", async () => {
    const { canvas, sent } = cardCanvas();
    canvas.host.focus();
    canvas.setSelection(["card:c3"]);
    const junk = clipEvent("paste", { [CLIP_MIME]: '{"format":"frontstage-cards","version":1,"cards":[{"ref":{}}]}' });
    canvas.svg.dispatchEvent(junk.e);
    const empty = clipEvent("paste", { "text/plain": "   " });
    canvas.svg.dispatchEvent(empty.e);
    await settle();
    expect(sent).toEqual([]);
    canvas.svg.dispatchEvent(clipEvent("paste", { "text/plain": "Serves\nClears table" }).e);
    await settle();
    const c = sent[0]!;
    expect(c.type === "batch" && c.commands).toEqual([
      { type: "add_card", id: "c4", lane: "l2", stage: "s2", index: 1, text: "Serves" },
      { type: "add_card", id: "c5", lane: "l2", stage: "s2", index: 2, text: "Clears table" },
    ]);
  });

  it("leaves the clipboard to text fields and to the rest of the window", () => {
    const { canvas, sent } = cardCanvas();
    canvas.setSelection(["card:c1"]);
    const input = document.createElement("input");
    document.body.append(input);
    input.focus();
    const copy = clipEvent("copy");
    input.dispatchEvent(copy.e);
    const paste = clipEvent("paste", { "text/plain": "x" });
    input.dispatchEvent(paste.e);
    expect(copy.e.defaultPrevented || paste.e.defaultPrevented).toBe(false);
    expect(copy.store.size).toBe(0);
    expect(sent).toEqual([]);
  });
});
