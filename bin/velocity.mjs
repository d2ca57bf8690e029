#!/usr/bin/env node
// Entry point of the `velocity` command. Runs the compiled CLI from dist/ when it has been built
// (npm ci builds it), and falls back to the TypeScript sources through tsx in a fresh checkout.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const built = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/cli/main.ts", import.meta.url).href);
}
