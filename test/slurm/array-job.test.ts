/**
 * deploy/slurm/ against the real scheduler: a one-node Slurm cluster (scripts/slurm-cluster.sh)
 * runs a scenario as a job array of shards plus the merge job, through the project's own sbatch
 * scripts, and the result must be the bytes one machine writes. Run by `npm run test:slurm` (root).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../cli/run-cli.ts";

const SCENARIO = "scenarios/grounded.yaml";
const RUNS = "200";
const work = mkdtempSync(join(tmpdir(), "velocity-slurm-"));
const clusterDir = join(work, "cluster");
let slurmEnv: NodeJS.ProcessEnv = {};

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** `velocity slurm` (deploy/slurm/submit.sh underneath), from the repository root, where a user would run it. */
function submit(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, "bin/velocity.mjs"), "slurm", ...args], { cwd: repoRoot, env: slurmEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

beforeAll(() => {
  if (process.getuid?.() !== 0) throw new Error("npm run test:slurm needs root: it installs and starts a one-node Slurm cluster");
  const started = execFileSync("sh", [join(repoRoot, "scripts/slurm-cluster.sh"), "start", clusterDir], { encoding: "utf8" });
  const conf = /export SLURM_CONF=(.+)/.exec(started)?.[1];
  if (!conf) throw new Error(`scripts/slurm-cluster.sh start printed no SLURM_CONF: ${started}`);
  slurmEnv = { ...process.env, SLURM_CONF: conf.trim(), NO_COLOR: "1" };
});

/** Whether a process with this pid runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(() => {
  const pidFiles = ["slurmctld.pid", "slurmd.pid", "munged.pid.ours"].map((f) => join(clusterDir, f)).filter((f) => existsSync(f));
  const pids = pidFiles.map((f) => Number(readFileSync(f, "utf8").trim()));
  execFileSync("sh", [join(repoRoot, "scripts/slurm-cluster.sh"), "stop", clusterDir]);
  // The daemons this test started (slurmctld, slurmd, and munged unless one was running) are gone.
  expect(pids.length).toBeGreaterThanOrEqual(2);
  expect(pids.filter(running)).toEqual([]);
  expect(pidFiles.filter((f) => existsSync(f))).toEqual([]);
});

describe("Slurm job array (deploy/slurm/) on a one-node cluster", () => {
  it("velocity slurm runs grounded.yaml as 4 array tasks plus the merge job, and writes the bytes of a one-machine run", async () => {
    const out = join(work, "array");
    const submitted = submit([SCENARIO, "--shards", "4", "--runs", RUNS, "--out", out, "--wait"]);
    // The one-machine run while the cluster works.
    const one = join(work, "one-machine");
    expect(runCli(["run", SCENARIO, "--runs", RUNS, "--workers", "1", "--quiet", "--out", one]).status).toBe(0);
    const result = await submitted;
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^array job \d+ \(4 shards\) and merge job \d+ done/);

    // One shard per task, named from the array index; each ran on the CPUs Slurm gave it (1 per task).
    const shards = readdirSync(`${out}-shards`).filter((name) => name.startsWith("shard-"));
    expect(shards.sort()).toEqual(["shard-1-of-4", "shard-2-of-4", "shard-3-of-4", "shard-4-of-4"]);
    for (const shard of shards) expect(JSON.parse(readFileSync(join(`${out}-shards`, shard, "timing.json"), "utf8")).workers).toBe(1);

    // Every file the one-machine run wrote (data, charts, report), byte for byte, but the timings.
    const files = filesUnder(one).filter((file) => file !== "timing.json");
    expect(files).toContain("report.html");
    expect(files.some((file) => file.startsWith("charts/") && file.endsWith(".png"))).toBe(true);
    expect(filesUnder(out).filter((file) => file !== "timing.json")).toEqual(files);
    for (const file of files) expect(readFileSync(join(out, file)).equals(readFileSync(join(one, file))), file).toBe(true);
  });

  it("cancels the merge when a task fails, and says which and why in one line", async () => {
    const out = join(work, "failing");
    // Something in the way of task 3's shard folder: that task fails with velocity's own message.
    mkdirSync(`${out}-shards`, { recursive: true });
    writeFileSync(join(`${out}-shards`, "shard-3-of-4"), "not a folder\n");
    const result = await submit([SCENARIO, "--shards", "4", "--runs", RUNS, "--out", out, "--wait", "--no-charts"]);
    expect(result.status, `${result.stderr}${result.stdout}`).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^velocity slurm: merge job \d+ cancelled: a shard of array job \d+ failed \(exit 2\): /);
    expect(result.stderr).toMatch(/shard-3-of-4 is a file, not a folder/);
    expect(result.stderr).toMatch(/nothing merged into /);
    expect(existsSync(out)).toBe(false);
    // The other tasks did their part; only the merge waited for all of them.
    expect(readdirSync(`${out}-shards`).filter((name) => name.startsWith("shard-") && statSync(join(`${out}-shards`, name)).isDirectory()).sort()).toEqual([
      "shard-1-of-4",
      "shard-2-of-4",
      "shard-4-of-4",
    ]);
  });

  it("numbers the tasks of an array that starts at 1, as typed by hand, the same way", () => {
    const set = join(work, "by-hand");
    const array = spawnSync("sbatch", ["--wait", "--array=1-2", `--output=${work}/by-hand-%a.out`, "deploy/slurm/shard.sbatch", SCENARIO, set, "--runs", "20"], {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...slurmEnv, VELOCITY: join(repoRoot, "bin/velocity.mjs") },
    });
    expect(array.status).toBe(0);
    expect(readdirSync(set).sort()).toEqual(["shard-1-of-2", "shard-2-of-2"]);
    expect(JSON.parse(readFileSync(join(set, "shard-1-of-2", "manifest.json"), "utf8")).shard).toMatchObject({ index: 1, count: 2, start: 0, end: 10 });
  });
});
