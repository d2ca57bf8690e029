import { readFileSync } from "node:fs";

/** The package version from package.json (src/cli and dist/cli both sit two folders below it). */
export const packageVersion: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
