/**
 * deploy/k8s/ and deploy/Dockerfile, tested without a cluster or container runtime: the manifests
 * parse, their containers' args parse with velocity's own commander program, and the Indexed Job's
 * index arithmetic gives exactly the shards `--shard auto` runs and the merge Job reads.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { shardFolderName, shardFromEnvironment, shardRange } from "../../src/montecarlo/shard.ts";
import { repoRoot } from "../cli/run-cli.ts";
import { parseVelocityArgs as parseVelocity } from "../cli/parse-command.ts";

const k8s = join(repoRoot, "deploy/k8s");

interface Container {
  name: string;
  image: string;
  args: string[];
  env?: { name: string; value?: string; valueFrom?: { resourceFieldRef?: { containerName: string; resource: string; divisor?: string } } }[];
  resources?: { requests?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface JobSpec {
  completionMode?: string;
  completions?: number;
  parallelism?: number;
  template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string; persistentVolumeClaim?: { claimName: string } }[] } };
}

/** Every document of a manifest file, parsed with the yaml library (errors fail the test). */
function manifests(file: string): { kind: string; metadata: { name: string }; spec: unknown }[] {
  const docs = parseAllDocuments(readFileSync(join(k8s, file), "utf8"));
  for (const doc of docs) expect(doc.errors, file).toEqual([]);
  return docs.map((doc) => doc.toJS());
}

function job(file: string): { spec: JobSpec; container: Container } {
  const [doc] = manifests(file);
  expect(doc.kind).toBe("Job");
  const spec = doc.spec as JobSpec;
  expect(spec.template.spec.containers).toHaveLength(1);
  return { spec, container: spec.template.spec.containers[0] };
}

/** CPU quantity ("2", "500m") in cores. */
const cores = (q: string) => (q.endsWith("m") ? Number(q.slice(0, -1)) / 1000 : Number(q));

/** The container's environment as Kubernetes sets it: literal values and resource fields (rounded up by their divisor). */
function containerEnv(container: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of container.env ?? []) {
    const field = e.valueFrom?.resourceFieldRef;
    if (field) {
      expect(field.containerName).toBe(container.name);
      const [kind, resource] = field.resource.split(".");
      env[e.name] = String(Math.ceil(cores(container.resources?.[kind as "requests"]?.[resource] ?? "0") / cores(field.divisor ?? "1")));
    } else env[e.name] = e.value ?? "";
  }
  return env;
}

/** Args with Kubernetes' `$(VAR)` expansion applied. */
const expand = (args: string[], env: Record<string, string>) => args.map((a) => a.replace(/\$\((\w+)\)/g, (_, name: string) => env[name] ?? `$(${name})`));

describe("Kubernetes manifests (deploy/k8s/)", () => {
  it("parse as YAML, and the claim the Jobs mount is the one results-pvc.yaml makes", () => {
    const files = readdirSync(k8s).filter((f) => f.endsWith(".yaml"));
    expect(files.sort()).toEqual(["merge-job.yaml", "results-pvc.yaml", "shards-job.yaml"]);
    const [pvc] = manifests("results-pvc.yaml");
    expect(pvc.kind).toBe("PersistentVolumeClaim");
    expect((pvc.spec as { accessModes: string[] }).accessModes).toContain("ReadWriteMany");
    for (const file of ["shards-job.yaml", "merge-job.yaml"]) {
      const { spec } = job(file);
      expect(spec.template.spec.restartPolicy).toBe("Never");
      expect(spec.template.spec.volumes.map((v) => v.persistentVolumeClaim?.claimName)).toEqual([pvc.metadata.name]);
    }
  });

  it("the shard Job is Indexed with completions = parallelism, and its args parse as velocity run --shard auto", async () => {
    const { spec, container } = job("shards-job.yaml");
    expect(spec.completionMode).toBe("Indexed");
    expect(spec.parallelism).toBe(spec.completions);
    const env = containerEnv(container);
    const { command, operands, flags } = await parseVelocity(expand(container.args, env));
    expect(command).toBe("run");
    expect(existsSync(join(repoRoot, String(operands[0])))).toBe(true);
    expect(flags.shard).toBe("auto");
    // The count the pods are told is the Job's completions; workers are the CPUs each pod asked for.
    expect(Number(env.VELOCITY_SHARD_COUNT ?? flags.shardCount)).toBe(spec.completions);
    expect(flags.workers).toBe(cores(container.resources?.requests?.cpu ?? "0"));
    expect(container.volumeMounts?.some((m) => String(flags.out).startsWith(`${m.mountPath}/`))).toBe(true);
  });

  it("pods 0…N−1 run shards 1…N exactly once, into the folders the merge Job reads", async () => {
    const shards = job("shards-job.yaml");
    const env = containerEnv(shards.container);
    const run = await parseVelocity(expand(shards.container.args, env));
    const completions = shards.spec.completions ?? 0;
    const runs = Number(run.flags.runs);
    const folders = new Set<string>();
    let covered = 0;
    for (let i = 0; i < completions; i++) {
      const shard = shardFromEnvironment({ ...env, JOB_COMPLETION_INDEX: String(i) }, run.flags.shardCount as number | undefined);
      expect(shard).toEqual({ index: i + 1, count: completions, scheduler: "Kubernetes" });
      folders.add(join(String(run.flags.out), shardFolderName(shard)));
      const { start, end } = shardRange(runs, shard);
      expect(start).toBe(covered);
      covered = end;
    }
    expect(covered).toBe(runs);
    expect(folders.size).toBe(completions);
    // A pod past the last index (completions changed in one place only) is refused, not run twice.
    expect(() => shardFromEnvironment({ ...env, JOB_COMPLETION_INDEX: String(completions) })).toThrow(/only \d+ shards/);

    const merge = job("merge-job.yaml");
    const parsed = await parseVelocity(expand(merge.container.args, containerEnv(merge.container)));
    expect(parsed.command).toBe("merge");
    expect(parsed.operands[0]).toEqual([run.flags.out]);
    expect(String(parsed.flags.out)).not.toBe(run.flags.out);
    expect(merge.container.image).toBe(shards.container.image);
  });
});

describe("deploy/Dockerfile", () => {
  const dockerfile = readFileSync(join(repoRoot, "deploy/Dockerfile"), "utf8");

  it("copies only paths that exist and makes velocity the entrypoint, so the manifests' args are velocity's", () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1].trim().split(/\s+/));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(existsSync(join(repoRoot, source)), source).toBe(true);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "\/app\/bin\/velocity\.mjs"\]$/m);
    expect(dockerfile).toMatch(/^FROM node:20/m);
  });
});
