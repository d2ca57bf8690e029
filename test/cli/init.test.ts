import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/index.ts";
import { runCli } from "./run-cli.ts";

describe("velocity init", () => {
  it("writes a commented starter with the story's two companies that validates", () => {
    const dir = mkdtempSync(`${tmpdir()}/velocity-init-`);
    const result = runCli(["init", "starter.yaml"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("wrote starter.yaml");
    const text = readFileSync(`${dir}/starter.yaml`, "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=.*scenarios\/scenario\.schema\.json$/);
    const scenario = loadScenario(`${dir}/starter.yaml`);
    expect(scenario.companies.map((c) => c.name)).toEqual(["A", "B"]);
    expect(scenario.companies[1].agent.tokensPerSecond.constant).toBe(1000);
    expect(runCli(["validate", "starter.yaml"], { cwd: dir }).status).toBe(0);
  });

  it("refuses to overwrite: exit 2, one line, file unchanged, no temporary file left", () => {
    const dir = mkdtempSync(`${tmpdir()}/velocity-init-`);
    writeFileSync(`${dir}/scenario.yaml`, "mine\n");
    const result = runCli(["init"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("scenario.yaml: already exists (init never overwrites; choose another path)\n");
    expect(readFileSync(`${dir}/scenario.yaml`, "utf8")).toBe("mine\n");
    expect(readdirSync(dir)).toEqual(["scenario.yaml"]);
  });

  it("a folder that does not exist: exit 2, one line, nothing written", () => {
    const dir = mkdtempSync(`${tmpdir()}/velocity-init-`);
    const result = runCli(["init", "no/such/folder/s.yaml"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^no\/such\/folder\/s\.yaml: cannot write: .*\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
