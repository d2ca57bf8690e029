import type { Environment } from "./environment.ts";
import { Event } from "./event.ts";

/**
 * An event that succeeds when all of `events` have (with their values, in order), or fails with
 * the first failure among them.
 */
export function allOf(env: Environment, events: readonly Event<any>[]): Event<unknown[]> {
  const condition = new Event<unknown[]>(env);
  let remaining = events.length;
  if (remaining === 0) return condition.succeed([]);
  const check = (event: Event<any>) => {
    if (condition.triggered) return;
    if (!event._ok) {
      event.defused = true;
      condition.fail(event._value as Error);
    } else if (--remaining === 0) {
      condition.succeed(events.map((e) => e._value));
    }
  };
  for (const event of events) {
    if (event.processed) check(event);
    else event.addCallback(check);
  }
  return condition;
}

/**
 * An event that succeeds as soon as one of `events` has, with `{ index, value }` of the first one
 * processed, or fails with its error. With no events it succeeds at once with `null`.
 */
export function anyOf(env: Environment, events: readonly Event<any>[]): Event<{ index: number; value: unknown } | null> {
  const condition = new Event<{ index: number; value: unknown } | null>(env);
  if (events.length === 0) return condition.succeed(null);
  events.forEach((event, index) => {
    const check = (e: Event<any>) => {
      if (condition.triggered) return;
      if (!e._ok) {
        e.defused = true;
        condition.fail(e._value as Error);
      } else condition.succeed({ index, value: e._value });
    };
    if (event.processed) check(event);
    else event.addCallback(check);
  });
  return condition;
}
