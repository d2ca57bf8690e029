// Development entry of a pool worker: worker threads on Node 20 do not inherit tsx from the main
// thread, so register it here before loading the TypeScript worker. The built output (dist/) uses
// the compiled worker.js directly and never loads this file.
import { register } from "tsx/esm/api";

register();
const { default: work } = await import("./worker.ts");
export default work;
