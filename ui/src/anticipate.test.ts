import { describe, expect, it } from "vitest";
import { Anticipator } from "./anticipate";
import type { Command } from "./types";

const move = (index: number): Command => ({ type: "move_card", card: "c1", lane: "l1", stage: "s1", index });
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A core that answers when told to. */
function core(fail = false) {
  const asked: Command[] = [];
  const answers: (() => void)[] = [];
  const prepare = (c: Command) => {
    asked.push(c);
    return new Promise<void>((ok, no) => answers.push(() => (fail ? no(new Error("refused")) : ok())));
  };
  return { asked, prepare, answer: async () => { answers.shift()!(); await settle(); } };
}

describe("anticipating a drop", () => {
  it("asks one at a time, and only the latest waiting place is asked next", async () => {
    const c = core();
    const a = new Anticipator(c.prepare);
    a.ask(move(0));
    a.ask(move(1));
    a.ask(move(2));
    expect(c.asked).toEqual([move(0)]);
    await c.answer();
    expect(c.asked).toEqual([move(0), move(2)]);
    await c.answer();
    a.ask(move(3));
    expect(c.asked).toEqual([move(0), move(2), move(3)]);
  });

  it("forgets the waiting place when the drag ends, and goes on after a refusal", async () => {
    const c = core(true);
    const a = new Anticipator(c.prepare);
    a.ask(move(0));
    a.ask(move(1));
    a.drop();
    await c.answer();
    expect(c.asked).toEqual([move(0)]);
    a.ask(move(4));
    expect(c.asked).toEqual([move(0), move(4)]);
  });
});
