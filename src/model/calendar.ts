/**
 * Humans' working calendar as arithmetic on simulation hours. Hour 0 is Monday 00:00; a working
 * day runs from `startHour` to `endHour` on each of `workdays` (0 = Sunday … 6 = Saturday).
 * Agents ignore the calendar; everything a human does (planning, review) goes through it.
 */
import type { Calendar } from "./params.ts";
import { HOURS_PER_DAY, HOURS_PER_WEEK } from "../format/index.ts";

/** Working-time arithmetic for one team. Immutable; cheap to query in hot code. */
export class WorkCalendar {
  /** Working hours in one full week. */
  readonly hoursPerWeek: number;
  private readonly working: boolean[];
  private readonly start: number;
  private readonly end: number;

  /**
   * @throws RangeError when there is no working day or the day does not end after it starts
   * (the scenario layer validates this for user input; this guards hand-made calendars).
   */
  constructor(calendar: Calendar) {
    const { workdays, startHour, endHour } = calendar;
    if (workdays.length === 0) throw new RangeError("calendar.workdays: expected at least one working day, got none");
    if (!(startHour >= 0 && endHour <= HOURS_PER_DAY && endHour > startHour)) {
      throw new RangeError(`calendar: expected 0 <= start < end <= 24, got start ${startHour}, end ${endHour}`);
    }
    this.working = Array.from({ length: 7 }, (_, day) => workdays.includes(day));
    this.start = startHour;
    this.end = endHour;
    this.hoursPerWeek = this.working.filter(Boolean).length * (endHour - startHour);
  }

  /** Whether `day` (days since Monday 00:00 of week 0) is a working day. */
  private isWorkday(day: number): boolean {
    // Day 0 is a Monday, weekday 1 in the 0 = Sunday convention.
    return this.working[(day + 1) % 7];
  }

  /** True when a human is at work at hour `t` (the end of the working day is not working time). */
  isWorking(t: number): boolean {
    const day = Math.floor(t / HOURS_PER_DAY);
    const hour = t - day * HOURS_PER_DAY;
    return this.isWorkday(day) && hour >= this.start && hour < this.end;
  }

  /** The first instant at or after `t` when a human is at work, hours. */
  nextWorkingInstant(t: number): number {
    let day = Math.floor(t / HOURS_PER_DAY);
    const hour = t - day * HOURS_PER_DAY;
    if (this.isWorkday(day)) {
      if (hour < this.start) return day * HOURS_PER_DAY + this.start;
      if (hour < this.end) return t;
    }
    // At most a week of days to scan: the constructor guarantees a working day exists.
    for (day += 1; !this.isWorkday(day); day += 1);
    return day * HOURS_PER_DAY + this.start;
  }

  /**
   * The instant when `hours` of human work started at `t` is done: work pauses outside working
   * hours and carries over to the next working day. Zero hours of work end at `t` itself.
   * A finish exactly at the end of a working day returns that end (e.g. Friday 17:00).
   * @throws RangeError for negative or non-finite `hours`.
   */
  addWorkingHours(t: number, hours: number): number {
    if (!(hours >= 0) || !Number.isFinite(hours)) throw new RangeError(`addWorkingHours: expected hours >= 0, got ${hours}`);
    if (hours === 0) return t;
    // Fast path (most human work is minutes): starts and ends inside one working day.
    const day = Math.floor(t / HOURS_PER_DAY);
    const hour = t - day * HOURS_PER_DAY;
    if (hour >= this.start && hour + hours <= this.end && this.isWorkday(day)) return t + hours;
    let cur = this.nextWorkingInstant(t);
    let left = hours;
    // Whole weeks jump ahead at once so that long work is not walked day by day.
    if (left > this.hoursPerWeek) {
      const weeks = Math.floor(left / this.hoursPerWeek);
      // Keep at least a sliver so the loop below lands at the right end of the last week.
      const skip = left - weeks * this.hoursPerWeek > 0 ? weeks : weeks - 1;
      cur += skip * HOURS_PER_WEEK;
      left -= skip * this.hoursPerWeek;
    }
    for (;;) {
      const day = Math.floor(cur / HOURS_PER_DAY);
      const dayEnd = day * HOURS_PER_DAY + this.end;
      if (cur + left <= dayEnd) return cur + left;
      left -= dayEnd - cur;
      cur = this.nextWorkingInstant(dayEnd);
    }
  }

  /** Working hours between `from` and `to` (`to >= from`), hours. */
  workingHoursBetween(from: number, to: number): number {
    let total = 0;
    let cur = this.nextWorkingInstant(from);
    while (cur < to) {
      const dayEnd = Math.floor(cur / HOURS_PER_DAY) * HOURS_PER_DAY + this.end;
      total += Math.min(dayEnd, to) - cur;
      cur = this.nextWorkingInstant(dayEnd);
    }
    return total;
  }
}
