import type { Environment } from "./environment.ts";
import { SimulationError } from "./errors.ts";
import { Event } from "./event.ts";
import { LevelMonitor } from "./monitor.ts";
import type { Process } from "./process.ts";

/** The cause an `Interrupt` carries when a request is preempted. */
export interface Preempted {
  /** The request that took the slot. */
  by: Request;
  /** When the preempted request had been granted. */
  usageSince: number;
  resource: Resource;
}

/**
 * A request for one unit of a `Resource`. Yield it to wait until it is granted (it succeeds with
 * itself); give it back with `resource.release(request)`, which also cancels a waiting request.
 */
export class Request extends Event<Request> {
  /** When the request was made. */
  readonly requestedAt: number;
  /** When it was granted (NaN while waiting). */
  grantedAt = Number.NaN;
  /** True once a higher-priority request took its slot (releasing it then does nothing). */
  preempted = false;
  /** @internal The process that made it: the one a preemption interrupts. */
  readonly owner: Process<any> | null;

  constructor(
    readonly resource: Resource,
    /** Lower numbers are served first. */
    readonly priority: number,
    /** Whether this request may preempt a user of lower priority (on a preemptive resource). */
    readonly preempt: boolean,
    /** @internal Tie-break: earlier requests first. */
    readonly order: number,
  ) {
    super(resource.env);
    this.requestedAt = resource.env.now;
    this.owner = resource.env.activeProcess;
  }
}

/** Options of a resource. */
export interface ResourceOptions {
  /** A request of higher priority (lower number) takes a slot from the lowest-priority user, who gets an `Interrupt`. */
  preemptive?: boolean;
}

/**
 * `capacity` identical slots shared by processes, served by priority then request order. Keeps
 * monitors: time-weighted utilisation and queue length, and the waits of granted requests.
 */
export class Resource {
  /** Granted requests. */
  readonly users: Request[] = [];
  /** Waiting requests, in service order. */
  // Waiting requests in service order live in `pending` from index `head` on: serving one moves
  // `head` instead of shifting the array (a copy of the whole queue on every grant once it is long).
  private readonly pending: (Request | undefined)[] = [];
  private head = 0;
  private readonly preemptive: boolean;
  private orders = 0;
  private readonly busy: LevelMonitor;
  private readonly waiting: LevelMonitor;
  private waitSum = 0;
  /** Requests granted so far. */
  waits = 0;

  /** Slots: fixed at creation, may grow with `addCapacity`. */
  get capacity(): number {
    return this.slots;
  }

  private slots: number;

  /** @throws SimulationError unless capacity is a whole number ≥ 1 */
  constructor(
    readonly env: Environment,
    capacity: number,
    options: ResourceOptions = {},
  ) {
    this.slots = capacity;
    if (!Number.isInteger(capacity) || capacity < 1) throw new SimulationError(`Resource: capacity must be a whole number ≥ 1, got ${capacity}`);
    this.preemptive = options.preemptive === true;
    this.busy = new LevelMonitor(env.now);
    this.waiting = new LevelMonitor(env.now);
  }

  /**
   * Adds `extra` slots now (a team hires, a contract allows more sessions); waiting requests are
   * served at once, in order. Utilisation is measured against the capacity at the time it is read.
   * @throws SimulationError unless `extra` is a whole number ≥ 0
   */
  addCapacity(extra: number): void {
    if (!Number.isInteger(extra) || extra < 0) throw new SimulationError(`addCapacity: extra must be a whole number ≥ 0, got ${extra}`);
    this.slots += extra;
    this.serveQueue();
  }

  /** Slots in use. */
  get count(): number {
    return this.users.length;
  }

  /** Requests waiting. */
  get queueLength(): number {
    return this.pending.length - this.head;
  }

  /** Waiting requests, in service order (a copy). */
  get queue(): Request[] {
    return this.pending.slice(this.head) as Request[];
  }

  /** Asks for a slot. Lower `priority` is served first (default 0). */
  request(options?: { priority?: number; preempt?: boolean }): Request {
    // No default `{}`: most calls pass nothing, and this is on every customer's path.
    const priority = options?.priority ?? 0;
    if (!Number.isFinite(priority)) throw new SimulationError(`request: priority must be a finite number, got ${priority}`);
    const request = new Request(this, priority, options?.preempt ?? true, this.orders++);
    if (this.users.length < this.capacity) {
      this.grant(request);
    } else if (this.preemptive && request.preempt && this.preemptVictim(request)) {
      this.grant(request);
    } else {
      this.enqueue(request);
    }
    return request;
  }

  /**
   * Gives a granted slot back (the next waiting request gets it) or cancels a waiting request.
   * Releasing a preempted request does nothing, so a victim may release in `finally` (SimPy's `with`).
   * @throws SimulationError for a request of another resource, or one already released
   */
  release(request: Request): void {
    if (request.resource !== this) throw new SimulationError("release: the request belongs to another resource");
    if (request.preempted) return;
    const users = this.users;
    const used = users.indexOf(request);
    if (used >= 0) {
      // Order among users carries no meaning (preemption picks by priority and order), so fill
      // the hole with the last one instead of splicing (no array allocated per release).
      const last = users.pop() as Request;
      if (used < users.length) users[used] = last;
      this.busy.set(this.env.now, this.users.length);
      this.serveQueue();
      return;
    }
    const waiting = this.pending.indexOf(request, this.head);
    if (waiting < 0) throw new SimulationError("release: the request was already released");
    this.pending.splice(waiting, 1);
    this.waiting.set(this.env.now, this.queueLength);
  }

  /** Time-weighted mean share of capacity in use, from creation to now. */
  utilisation(): number {
    return this.busy.mean(this.env.now) / this.capacity;
  }

  /** Time-weighted mean number of waiting requests. */
  meanQueueLength(): number {
    return this.waiting.mean(this.env.now);
  }

  /** Mean time from request to grant over granted requests (0 before any). */
  meanWait(): number {
    return this.waits ? this.waitSum / this.waits : 0;
  }

  private grant(request: Request): void {
    request.grantedAt = this.env.now;
    this.waitSum += this.env.now - request.requestedAt;
    this.waits++;
    this.users.push(request);
    this.busy.set(this.env.now, this.users.length);
    request.succeed(request);
  }

  private enqueue(request: Request): void {
    // Insert after every request that is served before it (priority, then order): stable.
    const pending = this.pending;
    let i = pending.length;
    while (i > this.head && (pending[i - 1] as Request).priority > request.priority) i--;
    if (i === pending.length) pending.push(request);
    else pending.splice(i, 0, request);
    this.waiting.set(this.env.now, this.queueLength);
  }

  private serveQueue(): void {
    const pending = this.pending;
    while (this.users.length < this.capacity && this.head < pending.length) {
      const next = pending[this.head] as Request;
      pending[this.head++] = undefined; // release: a served request must not stay reachable from here
      if (this.head === pending.length) {
        pending.length = 0; // drained: start over (once per busy period, not per grant)
        this.head = 0;
      } else if (this.head >= 1024 && this.head * 2 >= pending.length) {
        pending.splice(0, this.head); // a long queue never drains: drop the served prefix now and then
        this.head = 0;
      }
      this.waiting.set(this.env.now, this.queueLength);
      this.grant(next);
    }
  }

  /** Frees the slot of the lowest-priority (latest) user if `request` outranks it. */
  private preemptVictim(request: Request): boolean {
    let victim: Request | null = null;
    for (const user of this.users) {
      if (victim === null || user.priority > victim.priority || (user.priority === victim.priority && user.order > victim.order)) victim = user;
    }
    if (victim === null || victim.priority <= request.priority) return false;
    this.users.splice(this.users.indexOf(victim), 1);
    victim.preempted = true;
    this.busy.set(this.env.now, this.users.length);
    const cause: Preempted = { by: request, usageSince: victim.grantedAt, resource: this };
    if (victim.owner?.isAlive) victim.owner.interrupt(cause);
    return true;
  }
}
