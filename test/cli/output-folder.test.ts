/**
 * Output folders are transactions: a rerun replaces its own folder whole, a folder holding anything
 * else is refused (or, with --force, kept aside, never deleted), nothing is written outside the
 * folder asked for, and concurrent or interrupted runs leave no mixed folder.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-out-"));
const SEED = "scenarios/seed-article.yaml";
const GROUNDED = "scenarios/grounded.yaml";
const quick = ["--runs", "6", "--workers", "1", "--quiet"];

function run(args: string[], cwd?: string) {
  return runCli(["run", ...args], cwd === undefined ? {} : { cwd });
}

function oneLine(result: { status: number | null; stderr: string }, status = 2): void {
  expect(result.status).toBe(status);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("output folders", () => {
  it("the default folder comes from the file name, made safe: a scenario name cannot write outside output/", () => {
    const dir = fresh();
    const escaped = `escaped-${basename(dir)}`;
    const text = readFileSync(join(repoRoot, SEED), "utf8").replace(/^name: .*$/m, `name: "../../../../${escaped}"`);
    writeFileSync(join(dir, "..evil name;.yaml"), text);
    writeFileSync(join(dir, "models.yaml"), readFileSync(join(repoRoot, "scenarios/models.yaml"), "utf8")); // the catalogue it extends
    mkdirSync(join(dir, "output"));
    const result = run(["..evil name;.yaml", ...quick, "--no-charts"], dir);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, "output"))).toEqual(["evil-name"]);
    for (const up of ["..", "../..", "../../..", "../../../.."]) expect(existsSync(join(dir, up, escaped))).toBe(false);
  });

  it("init names the scenario after its file, so two inits land in two folders", () => {
    const dir = fresh();
    for (const name of ["race-one", "race-two"]) {
      expect(runCli(["init", `${name}.yaml`], { cwd: dir }).status).toBe(0);
      expect(readFileSync(join(dir, `${name}.yaml`), "utf8")).toMatch(new RegExp(`^name: ${name}$`, "m"));
      const result = run([`${name}.yaml`, ...quick, "--no-charts"], dir);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    }
    expect(readdirSync(join(dir, "output")).sort()).toEqual(["race-one", "race-two"]);
    expect(JSON.parse(readFileSync(join(dir, "output", "race-two", "manifest.json"), "utf8")).scenario).toBe("race-two");
  });

  it("a rerun of the same scenario replaces its own folder: a --no-charts rerun leaves no old report", () => {
    const out = join(fresh(), "res");
    expect(run([SEED, ...quick, "--out", out]).status).toBe(0);
    expect(existsSync(join(out, "report.html"))).toBe(true);
    const again = run([SEED, ...quick, "--runs", "4", "--out", out, "--no-charts"]);
    expect(again.stderr).toBe("");
    expect(again.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([".velocity-files", "manifest.json", "rows", "runs.csv", "summary.json", "summary.md", "timing.json"]);
    expect(readdirSync(join(out, ".."))).toEqual(["res"]);
  });

  it("refuses a folder with a file velocity did not write, in charts/ too; --force keeps it aside, never deletes it", () => {
    const out = join(fresh(), "res");
    expect(run([SEED, ...quick, "--out", out]).status).toBe(0);
    writeFileSync(join(out, "charts", "my-logo.png"), "mine");
    const refused = run([SEED, ...quick, "--out", out, "--no-charts"]);
    oneLine(refused);
    expect(refused.stderr).toMatch(/holds a file velocity did not write \(charts\/my-logo\.png\); choose another --out, or add --force/);
    expect(readFileSync(join(out, "charts", "my-logo.png"), "utf8")).toBe("mine");
    const forced = run([SEED, ...quick, "--out", out, "--no-charts", "--force"]);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toMatch(/kept as .*res\.old/);
    expect(readFileSync(join(`${out}.old`, "charts", "my-logo.png"), "utf8")).toBe("mine");
    expect(existsSync(join(out, "charts"))).toBe(false);
  });

  it("a folder an earlier version wrote for the same scenario (no .velocity-files) is replaced and kept as .old, so npm start keeps working", () => {
    const out = join(fresh(), "seed-article");
    expect(run([SEED, ...quick, "--out", out, "--no-charts"]).status).toBe(0);
    rmSync(join(out, ".velocity-files"));
    mkdirSync(join(out, "charts"));
    writeFileSync(join(out, "charts", "timeline.png"), "old chart");
    const result = run([SEED, ...quick, "--out", out, "--no-charts"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/kept as .*seed-article\.old \(--force, or written by an earlier version\)/);
    expect(readFileSync(join(`${out}.old`, "charts", "timeline.png"), "utf8")).toBe("old chart");
    expect(existsSync(join(out, ".velocity-files"))).toBe(true);
  });

  it("never writes or deletes through a symlinked charts/ folder", () => {
    const out = join(fresh(), "res");
    const elsewhere = fresh();
    writeFileSync(join(elsewhere, "reached-curve.png"), "not yours");
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, "charts"));
    const result = run([SEED, ...quick, "--out", out]);
    oneLine(result);
    expect(result.stderr).toMatch(/holds a link or special file velocity did not write \(charts\)/);
    expect(readdirSync(elsewhere)).toEqual(["reached-curve.png"]);
    expect(readFileSync(join(elsewhere, "reached-curve.png"), "utf8")).toBe("not yours");
  });

  it("refuses another scenario's results and a shard into a full folder (or a full run into a shard's)", () => {
    const out = join(fresh(), "res");
    expect(run([SEED, ...quick, "--out", out, "--no-charts"]).status).toBe(0);
    const other = run([GROUNDED, ...quick, "--out", out, "--no-charts"]);
    oneLine(other);
    expect(other.stderr).toMatch(/holds the results of scenario "seed-article" \(scenarios\/seed-article\.yaml\), not the results of scenario "grounded"/);
    const shard = run([SEED, ...quick, "--shard", "1/2", "--out", out]);
    oneLine(shard);
    expect(shard.stderr).toMatch(/holds the results of scenario "seed-article".*not a shard/);
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).shard).toBeUndefined();
  });

  it("a lock held by a live process refuses a second run; a stale lock and stale temporaries are cleaned up", () => {
    const parent = fresh();
    const out = join(parent, "res");
    writeFileSync(join(parent, ".res.velocity-lock"), String(process.pid));
    const locked = run([SEED, ...quick, "--out", out, "--no-charts"]);
    oneLine(locked);
    expect(locked.stderr).toMatch(new RegExp(`another velocity process \\(pid ${process.pid}\\) is writing this folder`));
    expect(existsSync(out)).toBe(false);
    // A pid above the kernel's limit is never alive: the lock and temporary are stale.
    writeFileSync(join(parent, ".res.velocity-lock"), "99999999");
    mkdirSync(join(parent, ".res.velocity-tmp-99999999"));
    writeFileSync(join(parent, ".res.velocity-tmp-99999999", "runs.csv"), "half");
    const result = run([SEED, ...quick, "--out", out, "--no-charts"]);
    expect(result.status).toBe(0);
    expect(readdirSync(parent)).toEqual(["res"]);
    // A process killed between moving the old folder aside and swapping in the new one: the old
    // folder is never deleted (it may hold others' files); it is kept as res.old.
    mkdirSync(join(parent, ".res.velocity-old-99999999"));
    writeFileSync(join(parent, ".res.velocity-old-99999999", "notes.txt"), "mine");
    expect(run([SEED, ...quick, "--out", out, "--no-charts"]).status).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(["res", "res.old"]);
    // A lock taken on another machine of a shared file system: its pid means nothing here, so it
    // is never taken over, even when no process of that pid runs on this machine.
    writeFileSync(join(parent, ".res.velocity-lock"), "99999999@another-node");
    const remote = run([SEED, ...quick, "--out", out, "--no-charts"]);
    oneLine(remote);
    expect(remote.stderr).toMatch(/a velocity process on host another-node \(pid 99999999\) holds this folder's lock; wait for it, or remove .*\.res\.velocity-lock if that process is gone/);
    expect(remote.status).toBe(2);
    expect(readFileSync(join(parent, "res.old", "notes.txt"), "utf8")).toBe("mine");
  });

  it("two runs into one folder at the same time: one wins whole, the other is refused", async () => {
    const out = join(fresh(), "res");
    const start = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [`${repoRoot}bin/velocity.mjs`, "run", SEED, "--runs", "300", "--workers", "1", "--quiet", "--no-charts", "--out", out], { cwd: repoRoot });
        let stderr = "";
        child.stderr.on("data", (d) => (stderr += d));
        child.on("exit", (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([start(), start()]);
    const codes = results.map((r) => r.code).sort();
    expect(codes).toEqual([0, 2]);
    expect(results.find((r) => r.code === 2)?.stderr).toMatch(/another velocity process .* is writing this folder/);
    const csv = readFileSync(join(out, "runs.csv"), "utf8").trim().split("\n");
    expect(csv).toHaveLength(1 + 300 * 2);
  }, 120_000);

  it("velocity report rebuilds in place keeping others' files, and --out writes a new folder", () => {
    const dir = fresh();
    cpSync(join(repoRoot, "test/fixtures/summary"), dir, { recursive: true });
    writeFileSync(join(dir, "notes.txt"), "mine");
    const inPlace = runCli(["report", dir, "-q"]);
    expect(inPlace.stderr).toBe("");
    expect(inPlace.status).toBe(0);
    expect(inPlace.stdout).toBe("");
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(dir, "report.html"))).toBe(true);
    const copy = join(fresh(), "copy");
    const out = runCli(["report", dir, "--out", copy]);
    expect(out.status).toBe(0);
    expect(readdirSync(copy).sort()).toEqual([".velocity-files", "charts", "manifest.json", "report.html", "summary.json"]);
  });
});
