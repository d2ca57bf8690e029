// `node --import ./scripts/module-log.mjs …`: registers scripts/module-hooks.mjs (see there).
import { register } from "node:module";

register("./module-hooks.mjs", import.meta.url);
