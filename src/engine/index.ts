/** The discrete-event kernel (SimPy's model): a clock, events, processes, resources. Knows nothing of companies. */
export { Environment, type RunOptions } from "./environment.ts";
export { Event, URGENT, NORMAL, type EventCallback, type Waiter } from "./event.ts";
export { Process, type ProcessGenerator } from "./process.ts";
export { Machine } from "./machine.ts";
export { Resource, Request, type Preempted, type ResourceOptions } from "./resource.ts";
export { Store, type StoreRequestOptions, type StoreGetOptions } from "./store.ts";
export { BucketQueue } from "./bucket-queue.ts";
export { Container } from "./container.ts";
export { Interrupt, SimulationError } from "./errors.ts";
export { EventQueue } from "./event-queue.ts";
