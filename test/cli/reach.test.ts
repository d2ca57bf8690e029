/**
 * `--set` and `--vary` on a company that others extend reach the same companies, and the run says
 * which: on grounded, B extends A and writes only its own offering, so a change to A's v1 scope
 * reaches B too, while A's offering is A's alone. A merge of shards expands the sweep the same way.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-reach-"));
const GROUNDED = "scenarios/grounded.yaml";
const common = ["--runs", "8", "--workers", "1", "--no-charts", "--levers", "none"];

describe("velocity run says which companies a change reached", () => {
  it("names the companies each --set and --vary reached", () => {
    const out = fresh();
    const result = runCli(["run", GROUNDED, ...common, "--set", "companies[A].agent.sessions=4", "--set", "companies[B].agent.model=opus-4.6", "--vary", "companies[A].product.v1Tasks=100,200", "--set", "market.arpu=600", "--out", out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("--set companies[A].agent.sessions reached A and B (B extends A without writing it)");
    expect(result.stdout).toContain("--set companies[B].agent.model reached B only");
    expect(result.stdout).toContain("--vary companies[A].product.v1Tasks reached A and B (B extends A without writing it)");
    expect(result.stdout).not.toContain("market.arpu reached");
  });

  it("--vary A's value gives the runs --set gives, B included", () => {
    const swept = fresh();
    const set = fresh();
    expect(runCli(["run", GROUNDED, ...common, "--vary", "companies[A].product.v1Tasks=50,400", "--out", swept]).status).toBe(0);
    expect(runCli(["run", GROUNDED, ...common, "--set", "companies[A].product.v1Tasks=400", "--out", set]).status).toBe(0);
    // runs.csv of the sweep: point 1 (v1Tasks=400); of the --set run: point 0. The outcome columns must agree.
    const rows = (dir: string, point: string) =>
      readFileSync(join(dir, "runs.csv"), "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .filter((line) => line.startsWith(`${point},`))
        .map((line) => line.split(",").slice(2).join(","));
    expect(rows(swept, "1")).toEqual(rows(set, "0"));
    expect(rows(swept, "1").length).toBe(16);
  });

  it("a merge of shards expands the sweep as the run did (the manifest keeps the lineage)", () => {
    const args = [...common, "--vary", "companies[A].product.v1Tasks=50,400", "--quiet"];
    const whole = fresh();
    expect(runCli(["run", GROUNDED, ...args, "--out", whole]).status).toBe(0);
    const parts = [1, 2].map((k) => {
      const dir = fresh();
      expect(runCli(["run", GROUNDED, ...args, "--shard", `${k}/2`, "--out", dir]).status).toBe(0);
      return dir;
    });
    const merged = fresh();
    expect(runCli(["merge", ...parts, "--out", merged, "--no-charts"]).status).toBe(0);
    for (const file of ["summary.json", "runs.csv", "manifest.json"]) expect(readFileSync(join(merged, file), "utf8")).toBe(readFileSync(join(whole, file), "utf8"));
  });
});
