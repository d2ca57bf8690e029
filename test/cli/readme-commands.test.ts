import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseVelocityArgs } from "./parse-command.ts";
import { repoRoot } from "./run-cli.ts";

/** Splits a shell command line into words: spaces separate, single quotes group, `#` starts a comment. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? "") + line.slice(i + 1, end);
      i = end;
    } else if (c === " ") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "#" && word === undefined) break;
    else word = (word ?? "") + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Every `velocity …` line in the README's sh blocks. */
function readmeCommands(): string[] {
  const readme = readFileSync(`${repoRoot}README.md`, "utf8");
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) => block.split("\n")).filter((line) => line.startsWith("velocity "));
}

describe("the README's velocity commands", () => {
  const commands = readmeCommands();

  it("are there, the Slurm and shard recipes among them", () => {
    expect(commands.some((c) => c.startsWith("velocity slurm "))).toBe(true);
    expect(commands.some((c) => c.includes("--shard "))).toBe(true);
    expect(commands.some((c) => c.startsWith("velocity merge "))).toBe(true);
  });

  it("would catch a mistyped flag or a bad value (so the check can fail)", async () => {
    await expect(parseVelocityArgs(shellWords("run s.yaml --shard-cuont 3"))).rejects.toThrow(/unknown option/);
    await expect(parseVelocityArgs(shellWords("slurm s.yaml --shards 0"))).rejects.toThrow(/whole number/);
  });

  it.each(commands)("parse with the CLI: %s", async (line) => {
    const parsed = await parseVelocityArgs(shellWords(line).slice(1));
    expect(line.split(" ")[1]).toBe(parsed.command);
  });
});
