// Pool worker of the pipeline bench: the built CLI's worker (dist/montecarlo/worker.js) with this
// thread's CPU time (user + system, from /proc/thread-self/stat) measured around each block, so
// the bench can put each worker's CPU time next to the wall time.
import { readFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import work from "../dist/montecarlo/worker.js";

/** CPU seconds this thread has used (Linux; clock ticks of 10 ms). */
function threadCpuSeconds() {
  const fields = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime: fields 14 and 15 of stat
}

export default function timedWork(task) {
  const before = threadCpuSeconds();
  const result = work(task);
  return { result, threadId, cpuSeconds: threadCpuSeconds() - before };
}
