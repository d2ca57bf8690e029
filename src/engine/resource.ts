import type { Environment } from "./environment.ts";
import { SimulationError } from "./errors.ts";
import { BucketQueue } from "./bucket-queue.ts";
import { DEFERRED, Event, PENDING, PROCESSED } from "./event.ts";
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
  /** When the request was made (made again: see `Resource.rerequest`). */
  requestedAt: number;
  /** When it was granted (NaN while waiting). */
  grantedAt = Number.NaN;
  /** True once a higher-priority request took its slot (releasing it then does nothing). */
  preempted = false;
  /** @internal The process that made it: the one a preemption interrupts. */
  owner: Process<any> | null;
  /** @internal Its index in `resource.users` while granted (-1 otherwise): release without a search. */
  slot = -1;
  /** @internal The queue key of its grant when that was deferred (granted as it was made; see `Environment.defer`). */
  endKey = -1;
  /** @internal When its slot is given back, if that was asked for ahead, and that release's queue key (see `Resource.releaseAt`). */
  leaveAt = Number.NaN;
  leaveKey = 0;

  constructor(
    readonly resource: Resource,
    /** Lower numbers are served first. */
    readonly priority: number,
    /** Whether this request may preempt a user of lower priority (on a preemptive resource). */
    readonly preempt: boolean,
    /** @internal Tie-break: earlier requests first. */
    public order: number,
  ) {
    super(resource.env);
    this.requestedAt = resource.env.now;
    this.owner = resource.env.activeProcess;
  }

  /** @internal Makes this request, whose slot was given back, a fresh one made now (see `Resource.rerequest`). */
  renew(order: number): void {
    this.state = PENDING;
    this._ok = true;
    this._value = undefined;
    this.defused = false;
    // waiter and callbacks are cleared when an event is processed; a deferred grant had none.
    this.requestedAt = this.env.now;
    this.grantedAt = Number.NaN;
    this.preempted = false;
    this.owner = this.env.activeProcess;
    this.order = order;
    this.endKey = -1;
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
  /** Granted requests that give their slot back at a known time (`releaseAt`): free from then on. */
  private readonly leaving: Request[] = [];

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
    if (this.leaving.length > 0) this.sweep();
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
    if (this.leaving.length > 0) this.sweep();
    return this.admit(request);
  }

  /**
   * Asks for a slot again with `request`, a request of this resource whose slot has been given back
   * (released, preempted, or past the time given to `releaseAt`): the same object made new, with
   * its priority, exactly as `request({ priority, preempt })` would be, but nothing allocated. For
   * hot code that comes back to one resource over and over (an engineer returning to a task after
   * each long model call: ~20k requests in a grounded run; the model bench ran grounded 1.18× faster).
   * Whoever still holds the old request sees the new one: only for a request nothing else refers to.
   * @throws SimulationError for a request of another resource, or one that still holds its slot,
   * still waits, or whose grant is still queued
   */
  rerequest(request: Request): Request {
    if (request.resource !== this) throw new SimulationError("rerequest: the request belongs to another resource");
    if (this.leaving.length > 0) this.sweep();
    // Its grant processed (or deferred: never queued), its slot given back and not leaving later.
    if ((request.state !== PROCESSED && request.state !== DEFERRED) || request.slot >= 0 || !Number.isNaN(request.leaveAt)) {
      throw new SimulationError("rerequest: the request still holds its slot, still waits, or its grant is still queued");
    }
    request.renew(this.orders++);
    return this.admit(request);
  }

  /** Grants a fresh request at once if a slot is free (or preempts for it), else queues it. */
  private admit(request: Request): Request {
    const priority = request.priority;
    if (this.users.length < this.capacity) {
      this.account();
      this.grant(request, true);
    } else if (this.preemptive && request.preempt && this.preemptVictim(request)) {
      this.grant(request, true);
    } else {
      this.account();
      this.pending.push(priority, request);
      // It gets the slot of the next request to leave, when it leaves: that needs events.
      if (this.leaving.length > 0) this.scheduleLeaving();
    }
    return request;
  }

  /**
   * Gives a granted slot back at `time` (≥ now) with no event unless one is needed: exactly as
   * `schedule(time − now, () => release(request))` would, the release keeping the place in the
   * queue it would have had. While nobody waits, a request made after that place finds the slot
   * free; once a request must wait, every slot still to be given back gets its event after all.
   * For hot code that knows when a user will leave (an engineer sends a prompt and goes).
   * @throws SimulationError for a request that holds no slot of this resource, or a time before now
   */
  releaseAt(request: Request, time: number): void {
    const env = this.env;
    const now = env.now;
    if (request.resource !== this || request.slot < 0 || !Number.isNaN(request.leaveAt)) throw new SimulationError("releaseAt: the request holds no slot of this resource, or is already leaving");
    if (!(time >= now) || time === Infinity) throw new SimulationError(`releaseAt: time must be finite and ≥ now (${now}), got ${time}`);
    if (time === now) return this.release(request);
    // The time and key the scheduled release would have had (the clock plus the delay).
    const at = now + (time - now);
    const key = env.reserveKey();
    if (this.preemptive || this.pending.size > 0) {
      env.enqueueAt(at, key, () => this.release(request));
      return;
    }
    request.leaveAt = at;
    request.leaveKey = key;
    this.leaving.push(request);
  }

  /** Frees the slots whose release would have been processed by now (their hours since then were counted as busy). */
  private sweep(): void {
    const leaving = this.leaving;
    const env = this.env;
    for (let i = leaving.length - 1; i >= 0; i--) {
      const request = leaving[i];
      if (!env.hasPassed(request.leaveAt, request.leaveKey)) continue;
      this.account();
      this.busyArea -= env.now - request.leaveAt;
      leaving[i] = leaving[leaving.length - 1];
      leaving.pop();
      request.leaveAt = Number.NaN;
      this.removeUser(request);
    }
  }

  /** A request waits: every slot still to be given back gets its release event, at its own place. */
  private scheduleLeaving(): void {
    for (const request of this.leaving.splice(0)) {
      const at = request.leaveAt;
      request.leaveAt = Number.NaN;
      this.env.enqueueAt(at, request.leaveKey, () => this.release(request));
    }
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
    if (!Number.isNaN(request.leaveAt)) {
      // Leaving later, released now after all.
      this.leaving.splice(this.leaving.indexOf(request), 1);
      request.leaveAt = Number.NaN;
    }
    if (request.slot >= 0) {
      this.removeUser(request);
      while (users.length < this.capacity && this.pending.size > 0) this.grant(this.pending.shift() as Request);
      return;
    }
    if (!this.pending.remove(request.priority, request)) throw new SimulationError("release: the request was already released");
  }

  /** Time-weighted mean share of capacity in use, from creation to now. */
  utilisation(): number {
    if (this.leaving.length > 0) this.sweep();
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
