import type { Environment } from "./environment.ts";
import { SimulationError } from "./errors.ts";
import { BucketQueue } from "./bucket-queue.ts";
import { Event } from "./event.ts";
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
  /** @internal Its index in `resource.users` while granted (-1 otherwise): release without a search. */
  slot = -1;
  /** @internal The queue key of its grant when that was deferred (granted as it was made; see `Environment.defer`). */
  endKey = -1;

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
  /** Waiting requests: O(1) per request for the few priorities a model uses. */
  private readonly pending = new BucketQueue<Request>();
  private readonly preemptive: boolean;
  private orders = 0;
  // Monitors, kept inline: one update per change covers both levels (users and queue length).
  private readonly since: number;
  private lastChange: number;
  private busyArea = 0;
  private queueArea = 0;
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
    this.since = env.now;
    this.lastChange = env.now;
  }

  /**
   * Adds `extra` slots now (a team hires, a contract allows more sessions); waiting requests are
   * served at once, in order. Utilisation is measured against the capacity at the time it is read.
   * @throws SimulationError unless `extra` is a whole number ≥ 0
   */
  addCapacity(extra: number): void {
    if (!Number.isInteger(extra) || extra < 0) throw new SimulationError(`addCapacity: extra must be a whole number ≥ 0, got ${extra}`);
    this.account();
    this.slots += extra;
    while (this.users.length < this.capacity && this.pending.size > 0) this.grant(this.pending.shift() as Request);
  }

  /** Slots in use. */
  get count(): number {
    return this.users.length;
  }

  /** Requests waiting. */
  get queueLength(): number {
    return this.pending.size;
  }

  /** Waiting requests, in service order (a copy). */
  get queue(): Request[] {
    return this.pending.toArray();
  }

  /** Asks for a slot. Lower `priority` is served first (default 0), equal ones in request order. */
  request(options?: { priority?: number; preempt?: boolean }): Request {
    // No default `{}`: most calls pass nothing, and this is on every customer's path.
    const priority = options?.priority ?? 0;
    if (!Number.isFinite(priority)) throw new SimulationError(`request: priority must be a finite number, got ${priority}`);
    const request = new Request(this, priority, options?.preempt ?? true, this.orders++);
    if (this.users.length < this.capacity) {
      this.account();
      this.grant(request, true);
    } else if (this.preemptive && request.preempt && this.preemptVictim(request)) {
      this.grant(request, true);
    } else {
      this.account();
      this.pending.push(priority, request);
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
    this.account();
    if (request.slot >= 0) {
      this.removeUser(request);
      while (users.length < this.capacity && this.pending.size > 0) this.grant(this.pending.shift() as Request);
      return;
    }
    if (!this.pending.remove(request.priority, request)) throw new SimulationError("release: the request was already released");
  }

  /** Time-weighted mean share of capacity in use, from creation to now. */
  utilisation(): number {
    return this.meanLevel(this.busyArea, this.users.length) / this.capacity;
  }

  /** Time-weighted mean number of waiting requests. */
  meanQueueLength(): number {
    return this.meanLevel(this.queueArea, this.pending.size);
  }

  /** Mean time from request to grant over granted requests (0 before any). */
  meanWait(): number {
    return this.waits ? this.waitSum / this.waits : 0;
  }

  /** Adds the time since the last change at the current levels: call before changing either. */
  private account(): void {
    const now = this.env.now;
    const elapsed = now - this.lastChange;
    if (elapsed !== 0) {
      this.busyArea += this.users.length * elapsed;
      this.queueArea += this.pending.size * elapsed;
      this.lastChange = now;
    }
  }

  private meanLevel(area: number, level: number): number {
    const now = this.env.now;
    const elapsed = now - this.since;
    return elapsed > 0 ? (area + level * (now - this.lastChange)) / elapsed : 0;
  }

  /**
   * Gives `request` a slot now. A request granted as it is made (`fresh`) has nobody waiting for
   * it yet, so its grant is deferred, not queued (most grants: an engineer free when asked).
   */
  private grant(request: Request, fresh = false): void {
    const now = this.env.now;
    request.grantedAt = now;
    this.waitSum += now - request.requestedAt;
    this.waits++;
    request.slot = this.users.length;
    this.users.push(request);
    if (fresh) {
      request.markTriggered(true, request);
      this.env.defer(request);
    } else {
      request.succeed(request);
    }
  }

  /**
   * Order among users carries no meaning (preemption picks by priority and order), so the last
   * one fills the hole: O(1), no search, no array allocated per release.
   */
  private removeUser(request: Request): void {
    const users = this.users;
    const last = users.pop() as Request;
    if (last !== request) {
      users[request.slot] = last;
      last.slot = request.slot;
    }
    request.slot = -1;
  }

  /** Frees the slot of the lowest-priority (latest) user if `request` outranks it. */
  private preemptVictim(request: Request): boolean {
    let victim: Request | null = null;
    for (const user of this.users) {
      if (victim === null || user.priority > victim.priority || (user.priority === victim.priority && user.order > victim.order)) victim = user;
    }
    if (victim === null || victim.priority <= request.priority) return false;
    this.account();
    this.removeUser(victim);
    victim.preempted = true;
    const cause: Preempted = { by: request, usageSince: victim.grantedAt, resource: this };
    if (victim.owner?.isAlive) victim.owner.interrupt(cause);
    return true;
  }
}
