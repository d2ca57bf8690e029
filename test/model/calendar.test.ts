import { describe, expect, it } from "vitest";
import { WorkCalendar } from "../../src/model/calendar.ts";

const officeHours = new WorkCalendar({ workdays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17 });
const day = (d: number, hour: number): number => d * 24 + hour; // d = 0 is Monday

describe("WorkCalendar", () => {
  it("knows office hours: Monday 09:00 yes, 17:00 no, Saturday no", () => {
    expect(officeHours.isWorking(day(0, 9))).toBe(true);
    expect(officeHours.isWorking(day(0, 16.99))).toBe(true);
    expect(officeHours.isWorking(day(0, 17))).toBe(false);
    expect(officeHours.isWorking(day(0, 8.5))).toBe(false);
    expect(officeHours.isWorking(day(5, 12))).toBe(false);
    expect(officeHours.isWorking(day(6, 12))).toBe(false);
    expect(officeHours.hoursPerWeek).toBe(40);
  });

  it("finds the next working instant", () => {
    expect(officeHours.nextWorkingInstant(0)).toBe(day(0, 9)); // Monday 00:00 → 09:00
    expect(officeHours.nextWorkingInstant(day(2, 11))).toBe(day(2, 11));
    expect(officeHours.nextWorkingInstant(day(2, 17))).toBe(day(3, 9));
    expect(officeHours.nextWorkingInstant(day(4, 20))).toBe(day(7, 9)); // Friday evening → Monday
    expect(officeHours.nextWorkingInstant(day(6, 23))).toBe(day(7, 9));
  });

  it("carries work over evenings and weekends", () => {
    expect(officeHours.addWorkingHours(day(0, 10), 2)).toBe(day(0, 12));
    expect(officeHours.addWorkingHours(day(0, 16), 2)).toBe(day(1, 10));
    expect(officeHours.addWorkingHours(day(4, 16), 2)).toBe(day(7, 10)); // Friday 16:00 + 2 h → Monday 10:00
    expect(officeHours.addWorkingHours(day(4, 20), 1)).toBe(day(7, 10)); // Friday evening hand-off
    expect(officeHours.addWorkingHours(day(0, 9), 8)).toBe(day(0, 17)); // ends at the end of the day
    expect(officeHours.addWorkingHours(day(0, 9), 40)).toBe(day(4, 17)); // a whole week, Friday 17:00
    expect(officeHours.addWorkingHours(day(0, 9), 41)).toBe(day(7, 10));
    expect(officeHours.addWorkingHours(day(2, 13), 123)).toBe(day(23, 16)); // 3 weeks (120 h) + 3 h
    expect(officeHours.addWorkingHours(day(6, 3), 0)).toBe(day(6, 3)); // no work, no wait
  });

  it("agrees with a day-by-day walk for long work (the week jump is exact)", () => {
    for (const start of [0, day(1, 12.25), day(4, 16.5), day(5, 10)]) {
      for (const hours of [0.5, 7.75, 39.9, 40, 80, 123.4, 400]) {
        let t = officeHours.nextWorkingInstant(start);
        let left = hours;
        while (left > 1e-12) {
          const dayEnd = Math.floor(t / 24) * 24 + 17;
          const step = Math.min(left, dayEnd - t);
          t += step;
          left -= step;
          if (left > 1e-12) t = officeHours.nextWorkingInstant(dayEnd);
        }
        expect(officeHours.addWorkingHours(start, hours)).toBeCloseTo(t, 9);
        expect(officeHours.workingHoursBetween(start, t)).toBeCloseTo(hours, 9);
      }
    }
  });

  it("supports other calendars: a round-the-clock team never waits", () => {
    const always = new WorkCalendar({ workdays: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 });
    expect(always.nextWorkingInstant(day(5, 3))).toBe(day(5, 3));
    expect(always.addWorkingHours(day(5, 23), 30)).toBe(day(5, 23) + 30);
    const sundayShift = new WorkCalendar({ workdays: [0], startHour: 10, endHour: 12 });
    expect(sundayShift.nextWorkingInstant(0)).toBe(day(6, 10));
  });

  it("refuses impossible calendars", () => {
    expect(() => new WorkCalendar({ workdays: [], startHour: 9, endHour: 17 })).toThrow(RangeError);
    expect(() => new WorkCalendar({ workdays: [1], startHour: 17, endHour: 9 })).toThrow(RangeError);
    expect(() => officeHours.addWorkingHours(0, -1)).toThrow(RangeError);
  });
});
