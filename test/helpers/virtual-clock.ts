import type { Clock } from "../../src/notify/pace.js";

/** A clock whose sleeps return at once and move its time on, so hours of pacing run in milliseconds. */
export function virtualClock(start = 0): Clock {
  let t = start;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
}
