import { availableParallelism } from "node:os";
import { Tinypool } from "tinypool";
import { runBlock, type BlockResult, type BlockTask } from "./run-block.ts";

/** Runs blocks of replications, in this thread or on a pool of worker threads. */
export interface BlockRunner {
  run(task: BlockTask): Promise<BlockResult>;
  /** Stops the workers; pending blocks are rejected. */
  close(): Promise<void>;
}

/** The default worker count: every core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

function workerFile(): URL {
  // Under tsx or vitest this module is a .ts file and workers need the tsx shim; in dist/ it is .js.
  return import.meta.url.endsWith(".ts") ? new URL("./worker-shim.mjs", import.meta.url) : new URL("./worker.js", import.meta.url);
}

/** A runner with `workers` threads; 1 runs in this thread with no pool at all. */
export function createBlockRunner(workers: number): BlockRunner {
  if (workers <= 1) {
    // Blocks run one after another, each on a fresh turn of the event loop, so a Ctrl-C or a
    // progress-bar redraw gets in between blocks instead of waiting for the whole run.
    let previous: Promise<unknown> = Promise.resolve();
    let closed = false;
    return {
      run: (task) => {
        const result = previous
          .then(() => new Promise((resolve) => setImmediate(resolve)))
          .then(() => {
            if (closed) throw new Error("block runner closed");
            return runBlock(task);
          });
        previous = result.catch(() => undefined);
        return result;
      },
      close: async () => {
        closed = true;
      },
    };
  }
  const pool = new Tinypool({ filename: workerFile().href, minThreads: workers, maxThreads: workers });
  return {
    run: (task) => pool.run(task) as Promise<BlockResult>,
    close: () => pool.destroy(),
  };
}
