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

  it("takes a terminal that reports no size (0 × 0) for 80 × 24", () => {
    const written: string[] = [];
    const block = new LiveBlock({ write: (t: string) => written.push(t), columns: 0, rows: 0 });
    block.show(Array.from({ length: 30 }, (_, i) => String(i)).join("\n"));
    expect(written[0].split("\n").slice(0, -1)).toEqual([...Array.from({ length: 22 }, (_, i) => String(i)), "…"]);
  });

  it("rewrites only from the first line that changed", () => {
    const screen = new FakeTerminal(40, 20);
    const block = new LiveBlock(screen);
    block.show("answer\n\nprogress 1");
    block.show("answer\n\nprogress 2");
    expect(screen.written.at(-1)).toBe("\x1b[1F\x1b[Jprogress 2\n");
    block.show("answer\n\nprogress 2");
    expect(screen.written).toHaveLength(2);
    block.show("new answer\nprogress 3");
    expect(screen.text()).toBe("new answer\nprogress 3");
  });

  it("writes nothing to clear when nothing is shown", () => {
    const screen = new FakeTerminal();
    new LiveBlock(screen).clear();
    expect(screen.written).toEqual([]);
  });
});
