import { describe, expect, it } from "vitest";
import { Anticipator } from "./anticipate";
import { unchangedDelta } from "./testing";
import type { Command, Prepared } from "./types";

const move = (index: number): Command => ({ type: "move_card", card: "c1", lane: "l1", stage: "s1", index });
const settle = () => new Promise((r) => setTimeout(r, 0));
const preparedAs = (token: number): Prepared => ({
  token,
  patch: { changes: [] },
  created: [],
  delta: unchangedDelta(),
  diagnostics: null,
  measures: null,
});

/** A core that answers when told to, with token 1, 2, … in the order asked. */
function core(fail = false) {
  const asked: Command[] = [];
  const answers: (() => void)[] = [];
  const prepare = (c: Command) => {
    asked.push(c);
    const token = asked.length;
    return new Promise<Prepared | null>((ok, no) =>
      answers.push(() => (fail ? no(new Error("refused")) : ok(preparedAs(token)))),
    );
  };
  return {
    asked,
    prepare,
    answer: async () => {
      answers.shift()!();
      await settle();
    },
  };
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
    expect(a.take(move(0))).toBeNull();
    a.ask(move(4));
    expect(c.asked).toEqual([move(0), move(4)]);
  });

  it("gives the answer for the command dropped, once, and only while the core holds it", async () => {
    const c = core();
    const a = new Anticipator(c.prepare);
    a.ask(move(0));
    await c.answer();
    expect(a.take(move(1))).toBeNull();
    // Taking anything forgets it: another edit made it stale.
    expect(a.take(move(0))).toBeNull();
    a.ask(move(0));
    await c.answer();
    expect(a.take(move(0))).toEqual(preparedAs(2));
    expect(a.take(move(0))).toBeNull();
    // Answered, then another place asked: the core now prepares that one instead.
    a.ask(move(0));
    await c.answer();
    a.ask(move(1));
    expect(a.take(move(0))).toBeNull();
  });

  it("waits for the request in flight when it is the drop's", async () => {
    const c = core();
    const a = new Anticipator(c.prepare);
    a.ask(move(0));
    a.ask(move(1));
    const kept = a.take(move(0));
    expect(kept).toBeInstanceOf(Promise);
    await c.answer();
    expect(await kept).toEqual(preparedAs(1));
    // The waiting place was forgotten at the drop.
    expect(c.asked).toEqual([move(0)]);
    a.ask(move(2));
    expect(a.take(move(3))).toBeNull();
  });

  it("waits for a refused request in flight and then has nothing", async () => {
    const c = core(true);
    const a = new Anticipator(c.prepare);
    a.ask(move(0));
    const kept = a.take(move(0));
    await c.answer();
    expect(await kept).toBeNull();
  });

  it("asks nothing while a drop that used an answer runs, then the latest place", async () => {
    const c = core();
    const a = new Anticipator(c.prepare);
    let done = () => {};
    a.hold(new Promise<void>((ok) => (done = ok)));
    a.ask(move(0));
    a.ask(move(1));
    expect(c.asked).toEqual([]);
    done();
    await settle();
    expect(c.asked).toEqual([move(1)]);
  });
});
