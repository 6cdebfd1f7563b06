import { describe, expect, it } from "vitest";
import { outageWatch } from "../../src/bot/api-plugins.js";
import { createLogger } from "../../src/logger.js";

type Prev = Parameters<ReturnType<typeof outageWatch>>[0];

function watched(outcomes: ("network" | 502 | 429 | "ok")[]) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("info", [], { write: (l) => void lines.push(JSON.parse(l)) });
  let clock = 0;
  const watch = outageWatch(logger, () => clock);
  const prev = (async () => {
    const next = outcomes.shift();
    clock += 5000;
    if (next === "network") throw new Error("fetch failed");
    if (next === "ok") return { ok: true, result: true };
    return { ok: false, error_code: next, description: "Bad Gateway" };
  }) as unknown as Prev;
  const call = () => watch(prev, "sendMessage", { chat_id: 1, text: "x" } as never).catch(() => undefined);
  return { lines, call };
}

describe("outageWatch", () => {
  it("logs one warning when the Bot API stops answering and one with the outage's length when it is back", async () => {
    const { lines, call } = watched(["ok", "network", "network", 502, "ok", "ok"]);
    for (let i = 0; i < 6; i++) await call();
    expect(lines.map((l) => [l.level, l.msg, l.method])).toEqual([
      [40, "telegram bot api not answering", "sendMessage"],
      [40, "telegram bot api answering again", "sendMessage"],
    ]);
    expect(lines[0]?.error).toBe("fetch failed");
    expect(lines[1]?.downSeconds).toBe(15);
    expect(JSON.stringify(lines)).not.toContain('"text"');
  });

  it("counts a 429 as an answer, not an outage", async () => {
    const { lines, call } = watched([429, 429, "ok"]);
    for (let i = 0; i < 3; i++) await call();
    expect(lines).toEqual([]);
  });
});
