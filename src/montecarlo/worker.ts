/** Worker-thread entry of the pool: runs one block of replications. */
import { runBlock, type BlockTask, type BlockResult } from "./run-block.ts";

/** Tinypool calls the default export with each task. */
export default function work(task: BlockTask): BlockResult {
  return runBlock(task);
}
