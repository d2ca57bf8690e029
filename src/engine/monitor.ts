/**
 * Time-weighted averages of a level that changes at discrete times (users of a resource, the
 * length of its queue): the integral of the level over time, divided by the time observed.
 */
export class LevelMonitor {
  private area = 0;
  private lastChange: number;
  private level = 0;

  constructor(private readonly start: number) {
    this.lastChange = start;
  }

  /** Records that the level becomes `level` at time `now`. */
  set(now: number, level: number): void {
    this.area += this.level * (now - this.lastChange);
    this.lastChange = now;
    this.level = level;
  }

  /** The time-weighted mean level from the start to `now` (0 before any time has passed). */
  mean(now: number): number {
    const elapsed = now - this.start;
    return elapsed > 0 ? (this.area + this.level * (now - this.lastChange)) / elapsed : 0;
  }
}
