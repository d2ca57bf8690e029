/** The discrete-event kernel (SimPy's model): a clock, events, processes, resources. Knows nothing of companies. */
export { Environment, type RunOptions } from "./environment.ts";
export { Event, URGENT, NORMAL, type EventCallback } from "./event.ts";
export { Process, type ProcessGenerator } from "./process.ts";
export { Resource, Request, type Preempted, type ResourceOptions } from "./resource.ts";
export { Store } from "./store.ts";
export { Container } from "./container.ts";
export { Interrupt, SimulationError } from "./errors.ts";
export { EventQueue } from "./event-queue.ts";
