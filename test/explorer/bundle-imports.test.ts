/**
 * The explorer's bundles stay browser-clean: no Node builtin (node:fs, node:path, …) may be reached
 * from its page or worker entry. When one is, the failure names the whole import chain from the
 * entry, so the file that opened the door (an index naming a Node-only file) is in the message.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, typed by its TSDoc only.
import { nodeBuiltinChains } from "../../scripts/explorer-imports.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const chains = (entry: string): Promise<string[][]> => nodeBuiltinChains(entry, root);
const readable = (found: string[][]) => found.map((chain) => chain.join(" → ")).join("\n");

describe("the explorer bundle imports no Node builtin", () => {
  for (const entry of ["src/explorer/browser/page.ts", "src/explorer/browser/worker.ts"]) {
    it(entry, async () => {
      const found = await chains(entry);
      expect(readable(found), "a Node builtin reaches the browser bundle through").toBe("");
    });
  }

  it("finds a builtin and its chain when one gets in (the check can fail)", async () => {
    const found = await chains("test/fixtures/explorer/node-entry.ts");
    expect(found.length).toBeGreaterThan(0);
    const fs = found.find((chain) => chain.at(-1) === "node:fs");
    expect(fs, readable(found)).toBeDefined();
    expect(fs?.[0]).toBe("test/fixtures/explorer/node-entry.ts");
    expect(fs).toContain("src/scenario/index.ts");
  });
});
