import { availableParallelism } from "node:os";
import { Tinypool } from "tinypool";
import { blockSteps, type BlockResult, type BlockTask } from "./run-block.ts";

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
    // Blocks run one after another, and each simulation of a block on a fresh turn of the event
    // loop, so a Ctrl-C or a progress-bar redraw gets in between simulations instead of waiting
    // for the block (seconds of lever re-runs on a large scenario) or the whole run.
    let previous: Promise<unknown> = Promise.resolve();
    let closed = false;
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    return {
      run: (task) => {
        const result = previous.then(async () => {
          const steps = blockSteps(task);
          for (;;) {
            await nextTurn();
            if (closed) throw new Error("block runner closed");
            const step = steps.next();
            if (step.done) return step.value;
          }
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
