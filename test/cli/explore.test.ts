/** `velocity explore`: writes one self-contained page; a bad scenario or --out is one line, exit 2, nothing written. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";
import { spawnSync } from "node:child_process";

describe("velocity explore", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "velocity-explore-cli-"));
    if (!existsSync(join(repoRoot, "dist/explorer-bundle/page.js"))) spawnSync(process.execPath, ["scripts/build-explorer.mjs"], { cwd: repoRoot });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes explore.html with the scenario, its neighbours and every script inlined (no src=, no href to fetch)", () => {
    const out = join(dir, "page", "explore.html");
    const result = runCli(["explore", "scenarios/review-bound.yaml", "--out", out, "--runs", "300", "--seed", "5"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*explore\.html \(\d+\.\d MB, works offline\)\n$/);
    const html = readFileSync(out, "utf8");
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*\shref=/i);
    const data = JSON.parse(/<script type="application\/json" id="explorer-data">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}");
    expect(data).toMatchObject({ file: "scenarios/review-bound.yaml", runs: 300, seed: 5 });
    // review-bound extends grounded.yaml: the page carries it, and the other shipped scenarios beside it.
    expect(Object.keys(data.files)).toEqual(expect.arrayContaining(["scenarios/review-bound.yaml", "scenarios/grounded.yaml", "scenarios/seed-article.yaml"]));
    expect(data.text).toBe(readFileSync(join(repoRoot, "scenarios/review-bound.yaml"), "utf8"));
  });

  it("opens nothing by itself and defaults to ./explore.html", () => {
    const result = runCli(["explore", join(repoRoot, "scenarios/seed-article.yaml")], { cwd: dir });
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, "explore.html"))).toBe(true);
  });

  it("refuses a bad scenario with the validator's one-line message, exit 2, and writes nothing", () => {
    const out = join(dir, "bad.html");
    const result = runCli(["explore", "test/fixtures/scenarios/bad/negative-duration.yaml", "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toBe(runCli(["validate", "test/fixtures/scenarios/bad/negative-duration.yaml"]).stderr);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an --out that is a folder", () => {
    mkdirSync(join(dir, "folder"), { recursive: true });
    const result = runCli(["explore", "scenarios/seed-article.yaml", "--out", join(dir, "folder")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^--out .*folder: expected a file name, got a folder/);
  });

  it("refuses an --out it cannot write (a file in the way), in one line with exit 2", () => {
    writeFileSync(join(dir, "plain-file"), "");
    const result = runCli(["explore", "scenarios/seed-article.yaml", "--out", join(dir, "plain-file", "explore.html")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^--out .*plain-file\/explore\.html: cannot write the page \(E[A-Z]+: .*\)\n$/);
  });
});
