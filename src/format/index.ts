/** Numbers and time units shared by every layer (a leaf: imports nothing of ours). */
export { MISSING, formatUsd, formatUsdSigned, formatWeeks, formatWeeksSigned, formatShare, formatRange, formatTokens, formatHours, formatBits } from "./numbers.ts";
export { HOURS_PER_DAY, HOURS_PER_WEEK, HOURS_PER_MONTH, HOURS_PER_YEAR, WEEKS_PER_YEAR, DAYS_PER_MONTH } from "./time-units.ts";
