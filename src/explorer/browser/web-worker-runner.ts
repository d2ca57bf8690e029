/**
 * A `BlockRunner` on Web Workers, for the page: the same interface `velocity run` uses for its
 * worker threads, so `simulatePoints` splits, orders and joins blocks exactly as the CLI does.
 * Workers are made from a Blob URL of the bundled worker code, which works from a file:// page
 * with no server. `clear()` drops queued blocks when the user moves a control mid-run.
 */
import type { BlockResult, BlockRunner, BlockTask } from "../../montecarlo/portable.ts";

interface Pending {
  id: number;
  task: BlockTask;
  resolve: (result: BlockResult) => void;
  reject: (error: Error) => void;
}

/** Error of a block dropped by `clear()`; callers treat it as "superseded", not as a failure. */
export class BlockCancelled extends Error {
  constructor() {
    super("block cancelled: a newer run replaced it");
    this.name = "BlockCancelled";
  }
}

/** A runner with `count` workers running `workerSource`; `clear` rejects what has not started. */
export interface WebWorkerRunner extends BlockRunner {
  readonly workers: number;
  clear(): void;
}

/** Starts `count` workers from the worker bundle's source text. */
export function createWebWorkerRunner(workerSource: string, count: number): WebWorkerRunner {
  const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  const queue: Pending[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  let nextId = 0;
  let closed = false;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Pending;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task });
    }
  };

  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<{ id: number; result?: BlockResult; error?: string }>) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job !== undefined && job.id === event.data.id) {
        if (event.data.error !== undefined) job.reject(new Error(event.data.error));
        else job.resolve(event.data.result as BlockResult);
      }
      dispatch();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      job?.reject(new Error(event.message || "worker failed"));
      dispatch();
    };
    idle.push(worker);
    return worker;
  });

  return {
    workers: count,
    run(task) {
      if (closed) return Promise.reject(new Error("block runner closed"));
      return new Promise<BlockResult>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    clear() {
      for (const job of queue.splice(0)) job.reject(new BlockCancelled());
      // Blocks already running finish on their worker; their results go to a run that was aborted.
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new BlockCancelled());
      // Terminated workers never answer: settle what they were running.
      for (const job of busy.values()) job.reject(new BlockCancelled());
      busy.clear();
      for (const worker of workers) worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}
