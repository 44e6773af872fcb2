import { describe, expect, it } from "vitest";
import { cardKey, idIn, idOf, keyFor, keyOf, lineKey, parseKey } from "./keys";

describe("element keys", () => {
  it("name an element by kind and id, and the document by itself", () => {
    expect(keyOf({ kind: "card", id: "c1" })).toBe("card:c1");
    expect(keyOf({ kind: "line", id: "visibility" })).toBe("line:visibility");
    expect(keyOf({ kind: "document" })).toBe("document");
    expect(idOf({ kind: "lane", id: "l2" })).toBe("l2");
    expect(idOf({ kind: "document" })).toBe("document");
    expect(cardKey("c1")).toBe("card:c1");
    expect(lineKey("interaction")).toBe("line:interaction");
    expect(keyFor("stage", "s1")).toBe("stage:s1");
  });

  it("read back into the element they name; ids may contain colons", () => {
    expect(parseKey("card:c1")).toEqual({ kind: "card", id: "c1" });
    expect(parseKey("connector:a:b")).toEqual({ kind: "connector", id: "a:b" });
    expect(parseKey("document")).toEqual({ kind: "document" });
    for (const bad of ["", "card", ":c1", "shape:c1", "document:x"]) expect(parseKey(bad)).toBeNull();
  });

  it("give the id of a key of one kind only", () => {
    expect(idIn("card:c1", "card")).toBe("c1");
    expect(idIn("card:c1", "connector")).toBeNull();
    expect(idIn("cards:c1", "card")).toBeNull();
  });
});
