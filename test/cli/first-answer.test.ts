/**
 * The answer first, end to end: on a terminal (a pseudo-terminal from util-linux `script`) the run
 * shows a provisional answer and then the final text in its place; to a pipe it prints the final
 * text alone, with not a byte of the provisional one; Ctrl-C while the provisional answer is on
 * screen leaves no folder. Skipped where `script` is missing (not Linux); CI has it.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FakeTerminal } from "./fake-terminal.ts";
import { repoRoot, runCli } from "./run-cli.ts";

const hasScript = spawnSync("script", ["--version"]).status === 0;
const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;
const args = (out: string, runs = 300) => ["run", "scenarios/seed-article.yaml", "--runs", String(runs), "--workers", "1", "--levers", "none", "--no-charts", "--seed", "5", "--out", out];

/**
 * The command line `script` runs: the CLI with its stdout (and stderr) a terminal of 100 × 40
 * (a pseudo-terminal without a controlling terminal above it reports 0 × 0).
 */
const command = (cliArgs: string[]) => `stty cols 100 rows 40; ${[process.execPath, `${repoRoot}bin/velocity.mjs`, ...cliArgs].map(quote).join(" ")}`;

/** The last line's `in 1.2 s → <folder>/` differs from run to run. */
const timeless = (text: string) => text.replace(/ in \d+\.\d s → .*$/, " in _ s → _");

describe.skipIf(!hasScript)("the first answer on a terminal", () => {
  it("is provisional and replaced in place by exactly the text a pipe gets", () => {
    const dir = mkdtempSync(join(tmpdir(), "velocity-first-"));
    const piped = runCli(args(join(dir, "piped")));
    expect(piped.status).toBe(0);
    // A pipe gets the final text alone: no provisional words, no terminal codes.
    expect(piped.stdout).not.toMatch(/provisional|\x1b/);
    const tty = spawnSync("script", ["-qec", command(args(join(dir, "tty"))), "/dev/null"], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain("provisional: 200 of 300 runs");
    // What stays on the screen once the block is erased is the piped text (a terminal ends lines with CR LF).
    const screen = new FakeTerminal(100, 40);
    screen.write(tty.stdout);
    expect(timeless(screen.text())).toBe(timeless(piped.stdout.trimEnd()));
    // The folders are the same, and the provisional text reached neither summary.md nor a file.
    for (const file of ["summary.json", "summary.md", "runs.csv"]) expect(readFileSync(join(dir, "tty", file), "utf8")).toBe(readFileSync(join(dir, "piped", file), "utf8"));
    expect(readFileSync(join(dir, "tty", "summary.md"), "utf8")).not.toMatch(/provisional/);
    const timing = JSON.parse(readFileSync(join(dir, "tty", "timing.json"), "utf8"));
    expect(timing.firstAnswerSeconds).toBeGreaterThan(0);
    expect(timing.firstAnswerSeconds).toBeLessThanOrEqual(timing.wallSeconds);
  }, 120_000);

  it("is not shown on a terminal that cannot move its cursor (TERM=dumb): the final text alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "velocity-first-"));
    const tty = spawnSync("script", ["-qec", command(args(join(dir, "dumb"))), "/dev/null"], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", TERM: "dumb" } });
    expect(tty.status).toBe(0);
    // (The progress bar on stderr, which `script` shows too, is cli-progress's own, as before.)
    expect(tty.stdout).not.toMatch(/provisional/);
    expect(tty.stdout).toMatch(/300 runs per point in /);
  }, 120_000);

  it("leaves no folder when Ctrl-C comes while the provisional answer is on screen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "velocity-first-"));
    const out = join(dir, "stopped");
    // Enough runs that the run is still going when the first answer shows.
    const child = spawn("script", ["-qec", command(args(out, 100_000)), "/dev/null"], { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1" } });
    let seen = "";
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        seen += chunk.toString("utf8");
        // Ctrl-C typed at the terminal: the line discipline sends SIGINT to the CLI.
        if (seen.includes("provisional:") && !seen.includes("\x03sent")) (child.stdin.write("\x03"), (seen += "\x03sent"));
      });
      child.on("close", resolve);
    });
    expect(seen).toContain("provisional: 200 of 100,000 runs");
    expect(seen).toMatch(/interrupted: stopped before writing any output/);
    expect(code).toBe(130);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
