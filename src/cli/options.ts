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

/** Collects `--title chart=text` / `--caption chart=text` into `{ chart: text }`. */
export function chartWordsOption(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = value.indexOf("=");
  if (at <= 0) throw new InvalidArgumentError("expected CHART=TEXT, e.g. levers='What would make us faster'.");
  return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1) };
}

/** `--title` and `--caption` maps merged into per-chart words. */
export function chartWordsOf(titles: Record<string, string> = {}, captions: Record<string, string> = {}): Record<string, { title?: string; caption?: string }> {
  const out: Record<string, { title?: string; caption?: string }> = {};
  for (const [name, title] of Object.entries(titles)) out[name] = { ...out[name], title };
  for (const [name, caption] of Object.entries(captions)) out[name] = { ...out[name], caption };
  return out;
}
