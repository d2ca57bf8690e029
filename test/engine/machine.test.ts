/**
 * A `Machine` is a process written as a state machine instead of a generator. Written to do what a
 * generator does, it must give the same run: every grant, wake-up and log line at the same time
 * and in the same order, whichever of the two forms each process takes.
 */
import { describe, expect, it } from "vitest";
import { Environment, Machine, Resource, SimulationError, type Event, type Request } from "../../src/engine/index.ts";
import { stream, type Rng } from "../../src/random/index.ts";
import { startReviewers } from "./reviewers.ts";

type Gen = Generator<Event<any> | number, void, any>;

/** A worker's script, as a generator: ask for a slot, hold it a while (or leave at a known time), rest. */
function* workerGen(env: Environment, pool: Resource, rng: Rng, name: string, log: string[]): Gen {
  let r: Request | null = null;
  for (let turn = 0; turn < 25; turn++) {
    r = r !== null && turn % 3 === 0 ? pool.rerequest(r) : pool.request({ priority: turn % 2 === 0 ? -1 : 0 });
    if (turn % 4 !== 0 || r.grantedAt !== env.now) yield r; // sometimes yields a grant made at once
    log.push(`${env.now.toFixed(9)} ${name} turn ${turn}`);
    const hold = turn % 5 === 0 ? 0 : rng() * 0.3; // some zero-length holds: ties at one instant
    if (turn % 2 === 0) pool.releaseAt(r, env.now + hold);
    else {
      yield hold;
      pool.release(r);
    }
    yield hold + rng();
  }
  log.push(`${env.now.toFixed(9)} ${name} done`);
}

/** The same script as a state machine. */
class WorkerMachine extends Machine {
  private at = 0;
  private turn = 0;
  private r: Request | null = null;
  private hold = 0;

  constructor(
    env: Environment,
    private readonly pool: Resource,
    private readonly rng: Rng,
    private readonly name: string,
    private readonly log: string[],
  ) {
    super(env);
  }

  protected step(sole: boolean): void {
    const { env, pool } = this;
    for (;;) {
      switch (this.at) {
        case 0: {
          if (this.turn === 25) {
            this.log.push(`${env.now.toFixed(9)} ${this.name} done`);
            return;
          }
          const turn = this.turn;
          const r = (this.r = this.r !== null && turn % 3 === 0 ? pool.rerequest(this.r) : pool.request({ priority: turn % 2 === 0 ? -1 : 0 }));
          this.at = 1;
          if ((turn % 4 !== 0 || r.grantedAt !== env.now) && !this.waitFor(r, sole)) return;
          break;
        }
        case 1: {
          this.log.push(`${env.now.toFixed(9)} ${this.name} turn ${this.turn}`);
          const hold = (this.hold = this.turn % 5 === 0 ? 0 : this.rng() * 0.3);
          if (this.turn % 2 === 0) {
            pool.releaseAt(this.r as Request, env.now + hold);
            this.at = 3;
            break;
          }
          this.at = 2;
          this.sleep(hold);
          return;
        }
        case 2:
          pool.release(this.r as Request);
          this.at = 3;
          break;
        case 3:
          this.at = 0;
          this.turn++;
          this.sleep(this.hold + this.rng());
          return;
      }
    }
  }
}

/** Four workers (generators or machines, by `machines[w]`) and two generator reviewers share two slots. */
function world(machines: boolean[], seed: number): string[] {
  const env = new Environment();
  const pool = new Resource(env, 2);
  const log: string[] = [];
  machines.forEach((machine, w) => {
    const rng = stream(seed, "worker", w);
    if (machine) new WorkerMachine(env, pool, rng, `worker ${w}`, log);
    else env.process(workerGen(env, pool, rng, `worker ${w}`, log));
  });
  startReviewers(env, pool, log, { count: 2, reviews: 30, gap: 0.5, rngOf: (v) => stream(seed, "reviewer", v) });
  env.run();
  return log;
}

describe("Machine", () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`runs exactly as the same process written as a generator (seed ${seed})`, () => {
      const generators = world([false, false, false, false], seed);
      expect(world([true, true, true, true], seed)).toEqual(generators);
      expect(world([true, false, true, false], seed)).toEqual(generators);
      // The slots were contended: some turns waited, and all workers finished.
      expect(generators.filter((l) => l.endsWith("done"))).toHaveLength(4);
      expect(new Set(generators.map((l) => l.split(" ")[0])).size).toBeLessThan(generators.length);
    });
  }

  it("starts at its creation, before ordinary events of the same instant", () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(0, () => log.push("ordinary"));
    new (class extends Machine {
      protected step(): void {
        log.push("machine");
      }
    })(env);
    env.run();
    expect(log).toEqual(["machine", "ordinary"]);
  });

  it("refuses a second sleep while asleep, and a negative delay", () => {
    const env = new Environment();
    const errors: unknown[] = [];
    new (class extends Machine {
      protected step(): void {
        try {
          this.sleep(-1);
        } catch (error) {
          errors.push(error);
        }
        this.sleep(1);
        try {
          this.sleep(1);
        } catch (error) {
          errors.push(error);
        }
      }
    })(env);
    env.run({ until: 0.5 });
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e instanceof SimulationError)).toBe(true);
  });

  it("lets the error of a failed event it waits for end the run, as an unhandled process error would", () => {
    const env = new Environment();
    const failing = env.event();
    new (class extends Machine {
      protected step(sole: boolean): void {
        this.waitFor(failing, sole);
      }
    })(env);
    env.schedule(1, () => failing.fail(new Error("the build broke")));
    expect(() => env.run()).toThrow("the build broke");
  });
});
