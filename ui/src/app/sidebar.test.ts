import { afterEach, describe, expect, it } from "vitest";
import { PIN_KEY, SidebarChoice } from "./sidebar.svelte";

afterEach(() => localStorage.clear());

describe("the sidebar's tab", () => {
  it("shows the Inspector when something is selected, and stays where the user put it until the selection changes", () => {
    const s = new SidebarChoice();
    expect(s.tab).toBe("problems");
    s.selected([]);
    expect(s.tab).toBe("problems");
    s.selected(["card:c1"]);
    expect(s.tab).toBe("inspector");
    s.tab = "problems"; // one click away
    s.selected(["card:c1"]); // an edit hands the same selection again
    expect(s.tab).toBe("problems");
    s.selected(["lane:l2"]);
    expect(s.tab).toBe("inspector");
    s.tab = "rules";
    s.selected([]);
    expect(s.tab).toBe("rules");
  });

  it("keeps Problems shown when a problem's click selects what it is about", () => {
    const s = new SidebarChoice();
    s.chosenInPanel(["stage:s2"]);
    s.selected(["stage:s2"]);
    expect(s.tab).toBe("problems");
    s.selected(["card:c1"]);
    expect(s.tab).toBe("inspector");
  });

  it("never switches away from pinned Problems, and remembers the pin", () => {
    const s = new SidebarChoice();
    s.tab = "inspector";
    s.setPinned(true);
    expect(s.tab).toBe("problems");
    s.selected(["card:c1"]);
    expect(s.tab).toBe("problems");
    expect(localStorage.getItem(PIN_KEY)).toBe("problems");
    const next = new SidebarChoice(); // another window, or the next start
    expect(next.pinned).toBe(true);
    next.selected(["card:c2"]);
    expect(next.tab).toBe("problems");
    next.setPinned(false);
    expect(new SidebarChoice().pinned).toBe(false);
    next.selected(["card:c3"]);
    expect(next.tab).toBe("inspector");
  });

  it("pins Measures as it pins Problems, follows a watched tab the user chooses, and reads the older pin", () => {
    localStorage.setItem(PIN_KEY, "pinned"); // as an earlier version kept Problems' pin
    expect(new SidebarChoice().tab).toBe("problems");
    const s = new SidebarChoice();
    s.show("measures");
    expect(localStorage.getItem(PIN_KEY)).toBe("measures");
    s.selected(["card:c1"]);
    expect(s.tab).toBe("measures");
    s.show("rules"); // the pin stays on the panel kept
    expect(localStorage.getItem(PIN_KEY)).toBe("measures");
    s.setPinned(false);
    s.show("measures");
    s.setPinned(true);
    expect([s.tab, localStorage.getItem(PIN_KEY)]).toEqual(["measures", "measures"]);
    expect(new SidebarChoice().tab).toBe("measures");
  });

  it("pins a guest's panel for its window only", () => {
    const s = new SidebarChoice("measures");
    expect([s.pinned, s.tab]).toEqual([true, "measures"]);
    s.show("problems");
    s.setPinned(false);
    expect(localStorage.getItem(PIN_KEY)).toBeNull();
  });
});
