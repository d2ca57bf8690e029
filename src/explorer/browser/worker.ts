/**
 * A Web Worker of the explorer: runs one block of replications per message with the CLI's own
 * `runBlock` and sends the packed rows back (their buffer transferred, not copied).
 */
import { runBlock, type BlockTask } from "../../montecarlo/portable.ts";

/** The worker's global scope, as far as this file uses it. */
interface WorkerScope {
  onmessage: ((event: { data: { id: number; task: BlockTask } }) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, task } = event.data;
  try {
    const result = runBlock(task);
    scope.postMessage({ id, result }, [result.rows.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
