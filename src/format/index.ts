/** Number formatting shared by every layer (a leaf: imports nothing of ours). */
export { MISSING, formatUsd, formatUsdSigned, formatWeeks, formatWeeksSigned, formatShare, formatRange, formatTokens, formatHours, formatBits } from "./numbers.ts";
