/**
 * The calendar constants, in hours (the simulation's time unit). Revenue, churn,
 * discounting and rates written "per year" or "per month" all convert with these, so a year of ARR
 * and twelve months of churn cover the same span.
 */

/** Hours in a day. */
export const HOURS_PER_DAY = 24;
/** Hours in a week. */
export const HOURS_PER_WEEK = 7 * HOURS_PER_DAY;
/** Hours in a year: 365.25 days (the Julian year, leap years included). */
export const HOURS_PER_YEAR = 365.25 * HOURS_PER_DAY;
/** Hours in a month: a twelfth of a year (30.4375 days). */
export const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;
/** Weeks in a year (≈ 52.18): the factor between a rate per year and a rate per week. */
export const WEEKS_PER_YEAR = HOURS_PER_YEAR / HOURS_PER_WEEK;
/** Days in a month (30.4375). */
export const DAYS_PER_MONTH = HOURS_PER_MONTH / HOURS_PER_DAY;
