// Module hooks for the start-up bench and the CLI's lazy-loading test: appends the URL of every module
// loaded (ES modules and CommonJS through the ESM loader) to the file named by VELOCITY_MODULE_LOG.
import { appendFileSync } from "node:fs";

export async function load(url, context, nextLoad) {
  if (process.env.VELOCITY_MODULE_LOG) appendFileSync(process.env.VELOCITY_MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}
