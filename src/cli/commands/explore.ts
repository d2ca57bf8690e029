/**
 * `velocity explore <scenario.yaml> [--out FILE] [--open]`: writes explore.html, a self-contained
 * page where moving an assumption re-runs the Monte Carlo in the browser. Opens nothing unless
 * `--open` is given.
 */
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Command } from "commander";
import { packageVersion } from "../version.ts";
import { wholeNumber } from "../options.ts";

/** A `--out` that names a folder, not a file. */
class ExploreOutError extends Error {
  readonly userFacing = true;
}

/** Opens `file` in the default browser, without waiting for it. */
function openInBrowser(file: string): void {
  const [command, args] = process.platform === "darwin" ? ["open", [file]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", file]] : ["xdg-open", [file]];
  const child = spawn(command, args, { detached: true, stdio: "ignore" });
  child.on("error", () => process.stderr.write(`could not open a browser; open ${file} yourself\n`));
  child.unref();
}

/** The `explore` command. A bad scenario is a one-line error with exit 2, and nothing is written. */
export function exploreCommand(): Command {
  return new Command("explore")
    .description("write explore.html: move an assumption, watch the distribution move (the simulation runs in the page, offline)")
    .argument("<scenario>", "scenario YAML file")
    .option("--out <file>", "the page to write", "explore.html")
    .option("--runs <n>", "runs the page starts with (default: the scenario's)", wholeNumber(1))
    .option("--seed <n>", "seed the page starts with (default: the scenario's)", wholeNumber(0))
    .option("--open", "open the page in the default browser")
    .action(async (file: string, options: { out: string; runs?: number; seed?: number; open?: boolean }) => {
      if (existsSync(options.out) && statSync(options.out).isDirectory()) throw new ExploreOutError(`--out ${options.out}: expected a file name, got a folder (try --out ${options.out}/explore.html)`);
      const { writeExplorePage } = await import("../../explorer/index.ts");
      let written: { out: string; bytes: number };
      try {
        written = writeExplorePage({ file, out: options.out, version: packageVersion, runs: options.runs, seed: options.seed });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (typeof code !== "string") throw error;
        throw new ExploreOutError(`--out ${options.out}: cannot write the page (${(error as Error).message})`);
      }
      const { out, bytes } = written;
      process.stdout.write(`wrote ${out} (${(bytes / 1e6).toFixed(1)} MB, works offline)\n`);
      if (options.open) openInBrowser(resolve(out));
    });
}
