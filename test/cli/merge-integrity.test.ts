/**
 * `velocity merge` checks everything that shapes results: shards of different runs, damaged row
 * files and edited manifests are refused with one line naming the shard and the field (exit 2);
 * shards holding no runs are valid and merge.
 */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync, appendFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { outputFiles } from "../output-files.ts";
import { runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-merge-int-"));
const SEED = "scenarios/seed-article.yaml";
const common = ["--runs", "8", "--workers", "1", "--no-charts", "--quiet"];

function shard(k: number, n: number, extra: string[] = []): string {
  const dir = join(fresh(), `part-${k}`);
  const result = runCli(["run", SEED, ...common, ...extra, "--shard", `${k}/${n}`, "--out", dir]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return dir;
}


function refused(dirs: string[], field: RegExp): void {
  const out = join(fresh(), "merged");
  const result = runCli(["merge", ...dirs, "--out", out, "--no-charts"]);
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(field);
  expect(existsSync(out)).toBe(false);
}

describe("velocity merge refuses what does not belong together, naming shard and field", () => {
  let a: string;
  let b: string;
  beforeAll(() => {
    a = shard(1, 2);
    b = shard(2, 2);
  });

  it("shards run with different --vary values", () => {
    const other = shard(2, 2, ["--vary", "companies[B].agent.tokensPerSecond=65,3000"]);
    const mine = shard(1, 2, ["--vary", "companies[B].agent.tokensPerSecond=200,1000"]);
    refused([mine, other], /part-2 \(shard 2\/2\): manifest\.json vary is/);
  });

  it("shards run with different --set values", () => {
    refused([a, shard(2, 2, ["--set", "market.arpu=$900"])], /shard 2\/2\): manifest\.json (hash|set|command)/);
  });

  it("a row file cut short, padded or emptied", () => {
    for (const damage of [(f: string) => truncateSync(f, 8), (f: string) => appendFileSync(f, Buffer.alloc(8)), (f: string) => writeFileSync(f, "")]) {
      const broken = shard(2, 2);
      damage(join(broken, "rows-0.f64"));
      refused([a, broken], /part-2 \(shard 2\/2\): rows-0\.f64: holds \d+ bytes but runs 4–8 take exactly \d+/);
    }
  });

  it("a row file filled with NaN", () => {
    const broken = shard(2, 2);
    const file = join(broken, "rows-0.f64");
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.from(new Float64Array(bytes.byteLength / 8).fill(Number.NaN).buffer));
    refused([a, broken], /rows-0\.f64: run 0 of the file, company A: releases is not a number/);
  });

  it("a row file with one value changed to another finite number, and an edited layout", () => {
    const broken = shard(2, 2);
    const file = join(broken, "rows-0.f64");
    const bytes = readFileSync(file);
    const rows = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    rows[rows.length - 1] += 1;
    writeFileSync(file, Buffer.from(rows.buffer));
    refused([a, broken], /part-2 \(shard 2\/2\): rows-0\.f64: its sha256 is not the one the manifest recorded/);
    const edited = shard(2, 2);
    appendFileSync(join(edited, "layout.json"), " ");
    refused([a, edited], /part-2 \(shard 2\/2\): layout\.json: its sha256 is not the one the manifest recorded/);
  });

  it("an edited resolved scenario whose hash no longer matches", () => {
    const edited = shard(2, 2);
    const path = join(edited, "manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8"));
    manifest.resolved.market.arpu = "$6000";
    writeFileSync(path, JSON.stringify(manifest));
    refused([a, edited], /shard 2\/2\): manifest\.json resolved: does not match the manifest's hash/);
  });

  it("a run range that is not the shard plan's", () => {
    const edited = shard(2, 2);
    const path = join(edited, "manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8"));
    manifest.shard.start = 3;
    writeFileSync(path, JSON.stringify(manifest));
    refused([a, edited], /shard 2\/2\): manifest\.json shard: holds runs 3–8 but shard 2\/2 of 8 runs is 4–8/);
  });

  it("a different version", () => {
    const edited = shard(2, 2);
    const path = join(edited, "manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8"));
    manifest.version = "0.0.1";
    writeFileSync(path, JSON.stringify(manifest));
    refused([a, edited], /shard 2\/2\): manifest\.json version is "0\.0\.1"/);
  });

  it("a merge --out onto one of its own shards, leaving the shard intact", () => {
    const before = outputFiles(a);
    const result = runCli(["merge", a, b, "--out", a, "--no-charts"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/is \(or holds, or lies inside\) the input folder/);
    expect(outputFiles(a)).toEqual(before);
  });
});

describe("empty shards", () => {
  it("--runs 5 --shard 1/7 holds no runs, and all seven merge into the bytes of one run", () => {
    const runs = ["--runs", "5", "--workers", "1", "--no-charts", "--quiet"];
    const whole = join(fresh(), "whole");
    expect(runCli(["run", SEED, ...runs, "--out", whole]).status).toBe(0);
    const parts = [1, 2, 3, 4, 5, 6, 7].map((k) => {
      const dir = join(fresh(), `part-${k}`);
      const result = runCli(["run", SEED, ...runs, "--shard", `${k}/7`, "--out", dir]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      return dir;
    });
    expect(readFileSync(join(parts[0], "rows-0.f64")).byteLength).toBe(0);
    const merged = join(fresh(), "merged");
    const result = runCli(["merge", ...parts, "--out", merged, "--no-charts"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(outputFiles(merged)).toEqual(outputFiles(whole));
  });
});
