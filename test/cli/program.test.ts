import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

describe("velocity binary", () => {
  it("prints the package version", () => {
    const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, "utf8"));
    const result = runCli(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it("prints help that names the program", () => {
    const result = runCli(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: velocity");
  });

  it("refuses an unknown option with exit code 2 and one line, no stack trace", () => {
    const result = runCli(["--bogus"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });

  it("stops quietly when the reader of its output goes away (velocity schema | head -c 10)", () => {
    const result = spawnSync("bash", ["-c", `set -o pipefail; node ${repoRoot}bin/velocity.mjs schema | head -c 10 >/dev/null`], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
