/** Errors of the charts layer. User-facing messages live here, in one place. */

/** A chart option the user gave is malformed (e.g. `--size 12x`). The CLI prints the message and exits 2. */
export class ChartOptionError extends Error {
  /** Marks the error as fixable by the user: the CLI prints only the message. */
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "ChartOptionError";
  }
}

/** Message for a `--size` value that is not `WxH` within bounds. */
export function badSizeMessage(text: string, min: number, max: number): string {
  return `--size: expected WxH in pixels, each ${min} to ${max} (e.g. 1280x720), got ${JSON.stringify(text)}`;
}

/** Message for a `--company` that names no company of the results. */
export function unknownCompanyMessage(name: string, companies: readonly string[]): string {
  return `--company: no company named ${JSON.stringify(name)} (companies: ${companies.join(", ")})`;
}
