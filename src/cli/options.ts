import { InvalidArgumentError } from "commander";
import { parseLevers } from "../montecarlo/index.ts";

/** Collects a repeatable option (`--set a=1 --set b=2`). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Parses a whole number ≥ `min`; commander turns the error into a one-line usage message (exit 2). */
export function wholeNumber(min: number): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`expected a whole number ≥ ${min}.`);
    }
    return n;
  };
}

/** Parses a positive number. */
export function positiveNumber(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number.");
  return n;
}

/** Parses a chart size `WxH` in pixels, e.g. `1920x1080`. */
export function chartSize(text: string): string {
  if (!/^\d{2,5}x\d{2,5}$/.test(text.trim())) throw new InvalidArgumentError("expected WIDTHxHEIGHT in pixels, e.g. 1920x1080.");
  return text.trim();
}

/** Parses `--levers`: all, none, or a comma-separated list of lever ids. */
export function leverList(text: string): string[] {
  try {
    return parseLevers(text);
  } catch (error) {
    throw new InvalidArgumentError(`${(error as Error).message.replace(/^--levers: /, "")}.`);
  }
}
