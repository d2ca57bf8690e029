/** `velocity run` on a company name that would break a chart (U+2028) or runs.csv (900k characters): one line, exit 2, nothing written. */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

describe("velocity run with a bad company name", () => {
  const dir = mkdtempSync(join(tmpdir(), "velocity-names-"));
  const cases: [string, string, RegExp][] = [
    ["separator.yaml", '"A\\u2028x"', /:4:11: companies\[2\]\.name: expected a name on one line, got the control character U\+2028 at character 2 \(remove it: a name is a label in tables and charts\)$/],
    ["long.yaml", "x".repeat(900_000), /:4:11: companies\[2\]\.name: expected a name of at most 80 characters, got 900,000 characters \(a longer text belongs in description:\)$/],
  ];
  for (const [file, name, message] of cases) {
    it(`${file}: one line, exit 2, no output folder`, () => {
      const path = join(dir, file);
      writeFileSync(path, `extends: ${join(repoRoot, "scenarios/grounded.yaml")}\nname: names\ncompanies:\n  - name: ${name}\n    extends: A\n`);
      const out = join(dir, `${file}-out`);
      const result = runCli(["run", path, "--runs", "20", "--workers", "1", "--no-charts", "--out", out]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  }
});
