/** The live block: lines rewritten in place on a terminal, leaving what was above them alone. */
import { describe, expect, it } from "vitest";
import { LiveBlock, rowsOf } from "../../src/cli/live-block.ts";
import { FakeTerminal } from "./fake-terminal.ts";

describe("LiveBlock", () => {
  it("replaces its lines in place, whatever their number, and leaves the lines above", () => {
    const screen = new FakeTerminal(40, 20);
    screen.write("$ velocity run x.yaml\n");
    const block = new LiveBlock(screen);
    block.show("one\ntwo\nthree");
    expect(screen.text()).toBe("$ velocity run x.yaml\none\ntwo\nthree");
    block.show("four");
    expect(screen.text()).toBe("$ velocity run x.yaml\nfour");
    block.show("five\nsix\n");
    expect(screen.text()).toBe("$ velocity run x.yaml\nfive\nsix");
    block.clear();
    expect(screen.text()).toBe("$ velocity run x.yaml");
    screen.write("final\n");
    expect(screen.text()).toBe("$ velocity run x.yaml\nfinal");
  });

  it("counts a line longer than the terminal as the rows it wraps onto", () => {
    expect(rowsOf("", 10)).toBe(1);
    expect(rowsOf("x".repeat(10), 10)).toBe(1);
    expect(rowsOf("x".repeat(11), 10)).toBe(2);
    expect(rowsOf("█".repeat(10), 10)).toBe(1);
    const screen = new FakeTerminal(10, 20);
    const block = new LiveBlock(screen);
    block.show(`${"a".repeat(25)}\nb`);
    block.show("c");
    expect(screen.text()).toBe("c");
  });

  it("cuts a block taller than the screen, so that all of it can still be erased", () => {
    const screen = new FakeTerminal(20, 5);
    screen.write("above\n");
    const block = new LiveBlock(screen);
    block.show(["1", "2", "3", "4", "5", "6", "7"].join("\n"));
    expect(screen.text()).toBe("above\n1\n2\n3\n…");
    block.clear();
    expect(screen.text()).toBe("above");
  });

  it("writes nothing to clear when nothing is shown", () => {
    const screen = new FakeTerminal();
    new LiveBlock(screen).clear();
    expect(screen.written).toEqual([]);
  });
});
