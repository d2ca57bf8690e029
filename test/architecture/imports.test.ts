/**
 * The house keeps its shape (issue 27): every import in src/ points down the rooms' order of
 * docs/architecture.md, and no files import each other in a loop but the engine's kernel (an event,
 * its environment and the process that waits on it). Read from the source text: static imports,
 * `export … from` and `import("…")` with a literal path, type-only imports included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const src = join(root, "src");

/** The rooms from the top floor down, as docs/architecture.md lists them. */
const ORDER = ["cli", "explorer", "run", "report", "output", "sessions", "charts", "montecarlo", "scenario", "model", "engine", "random", "format"];
/** The one circle allowed: the kernel's. */
const KERNEL = new Set(["engine/condition.ts", "engine/environment.ts", "engine/event.ts", "engine/process.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g;

/** file (relative to src/) → the files of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, "utf8");
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith(".")) continue;
      targets.push(relative(src, resolve(dirname(file), spec)));
    }
    graph.set(relative(src, file), targets);
  }
  return graph;
}

const room = (file: string) => file.split("/")[0];

/** Strongly connected components of more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (let w = stack.pop()!; ; w = stack.pop()!) {
        onStack.delete(w);
        component.push(w);
        if (w === v) break;
      }
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("the rooms of src/", () => {
  const graph = importGraph();

  it("reads the imports it checks (the check can fail)", () => {
    expect(graph.get("run/run-scenario.ts")).toContain("output/index.ts");
    expect(circles(new Map([["a.ts", ["b.ts"]], ["b.ts", ["a.ts"]]]))).toEqual([["a.ts", "b.ts"]]);
  });

  it("every room is in the documented order", () => {
    expect([...new Set([...graph.keys()].map(room))].filter((r) => !ORDER.includes(r))).toEqual([]);
  });

  it("no import runs back up the order", () => {
    const up: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (ORDER.indexOf(room(target)) < ORDER.indexOf(room(file))) up.push(`${file} → ${target}`);
      }
    }
    expect(up).toEqual([]);
  });

  it("no circle but the engine kernel's", () => {
    const found = circles(graph).filter((c) => !c.every((f) => KERNEL.has(f)));
    expect(found).toEqual([]);
  });
});
