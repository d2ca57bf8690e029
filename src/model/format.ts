/** Compact, readable numbers for trace details: the shared formatters (src/format). */
export { formatTokens, formatHours, formatUsd, formatBits } from "../format/index.ts";
