import { describe, expect, it } from "vitest";
import { Pacer } from "../../src/notify/pace.js";
import { virtualClock } from "../helpers/virtual-clock.js";

describe("Pacer", () => {
  it("never lets more than the limit through in any window of one second", async () => {
    const clock = virtualClock();
    const pacer = new Pacer(25, 1000, clock);
    const times: number[] = [];
    for (let chat = 0; chat < 500; chat++) {
      await pacer.take(chat);
      times.push(clock.now());
    }
    for (let i = 25; i < times.length; i++) expect(times[i]! - times[i - 25]!).toBeGreaterThanOrEqual(1000);
    expect(times.at(-1)).toBeLessThan(20_000);
  });

  it("spaces two messages to one chat by a second, and a 429 pauses everyone", async () => {
    const clock = virtualClock();
    const pacer = new Pacer(25, 1000, clock);
    await pacer.take(1);
    await pacer.take(1);
    expect(clock.now()).toBe(1000);
    pacer.pause(5000);
    await pacer.take(2);
    expect(clock.now()).toBe(6000);
  });
});
