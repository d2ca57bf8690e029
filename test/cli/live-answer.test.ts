/**
 * The answer first on a terminal: when a provisional answer appears, how often it is replaced, and
 * that the final text takes its place with nothing of it left (an injected terminal and clock).
 */
import { describe, expect, it } from "vitest";
import { FIRST_ANSWER_RUNS, LiveAnswer, progressLine, REFRESH_SECONDS } from "../../src/cli/live-answer.ts";
import { provisionalText } from "../../src/report/provisional-text.ts";
import { summaryFixture } from "../charts/fixture.ts";
import { FakeTerminal } from "./fake-terminal.ts";

const summary = summaryFixture();

function setup() {
  const screen = new FakeTerminal(100, 60);
  let clock = 0;
  const live = new LiveAnswer(screen, () => clock);
  const built: number[] = [];
  const prefix = (runs: number, total = 2000) =>
    live.prefix(runs, total, () => {
      built.push(runs);
      return summary;
    });
  return { screen, live, built, prefix, tick: (s: number) => (clock += s) };
}

describe("LiveAnswer", () => {
  it("shows progress alone until the first runs are in, then the provisional answer over it", () => {
    const { screen, live, built, prefix, tick } = setup();
    tick(1);
    live.progress(100, 2000);
    prefix(100);
    expect(built).toEqual([]);
    expect(screen.text()).toBe(progressLine(100, 2000, 1));
    tick(0.5);
    live.progress(FIRST_ANSWER_RUNS, 2000);
    prefix(FIRST_ANSWER_RUNS);
    expect(built).toEqual([FIRST_ANSWER_RUNS]);
    expect(screen.text()).toBe(`${provisionalText(summary, FIRST_ANSWER_RUNS, 2000, 100)}\n${progressLine(FIRST_ANSWER_RUNS, 2000, 1.5)}`);
    expect(screen.text().split("\n")[0]).toBe(`provisional: ${FIRST_ANSWER_RUNS} of 2,000 runs (replaced as runs finish)`);
  });

  it("builds a new answer at most once per refresh, and always for the whole run", () => {
    const { built, prefix, tick } = setup();
    prefix(200);
    tick(REFRESH_SECONDS / 2);
    prefix(300);
    expect(built).toEqual([200]);
    tick(REFRESH_SECONDS / 2);
    prefix(400);
    prefix(400);
    expect(built).toEqual([200, 400]);
    prefix(2000);
    expect(built).toEqual([200, 400, 2000]);
  });

  it("answers at once when the run has fewer runs than the first answer waits for", () => {
    const { built, prefix } = setup();
    prefix(50, 50);
    expect(built).toEqual([50]);
  });

  it("leaves nothing on screen when cleared, for the final text", () => {
    const { screen, live, prefix } = setup();
    screen.write("$ velocity run seed-article.yaml\n");
    live.progress(400, 2000);
    prefix(400);
    live.progress(2000, 2000);
    live.clear();
    screen.write("final text\n");
    expect(screen.text()).toBe("$ velocity run seed-article.yaml\nfinal text");
  });

  it("keeps the last provisional answer, without the progress line, when the run stops early", () => {
    const { screen, live, prefix } = setup();
    live.progress(400, 2000);
    prefix(400);
    live.stop();
    expect(screen.text()).toBe(provisionalText(summary, 400, 2000, 100).trimEnd());
  });
});

describe("progressLine", () => {
  it("fills the bar in proportion and says runs, speed and time left", () => {
    expect(progressLine(1000, 2000, 4)).toBe(`${"█".repeat(15)}${"░".repeat(15)} 1000/2000 runs  250 runs/s  4s left`);
    expect(progressLine(2000, 2000, 4)).toBe(`${"█".repeat(30)} 2000/2000 runs  500 runs/s  finishing (levers, charts, report)`);
    expect(progressLine(0, 2000, 0)).toMatch(/^░{30} 0\/2000 runs {2}0 runs\/s {2}… left$/);
  });
});
