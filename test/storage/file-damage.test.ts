import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { fileStorage } from "../../src/storage/file.js";

const fresh = () => mkdtempSync(join(tmpdir(), "saylau-damage-"));

describe("the file storage after a crash or a damaged file", () => {
  it("sets a damaged counters.json aside and says so, instead of overwriting every count on the next vote", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "counters.json"), '{"polling-hours:up": 2442, "polling-ho');
    const damaged: string[] = [];
    const storage = fileStorage(dir, { onDamaged: (what, movedTo) => damaged.push(`${what} -> ${movedTo}`) });
    expect(await storage.counters.incr("polling-hours:up")).toBe(1);
    expect(damaged).toEqual([expect.stringMatching(/counters\.json -> counters\.json\.corrupt-/)]);
    const kept = readdirSync(dir).find((f) => f.startsWith("counters.json.corrupt-"))!;
    expect(readFileSync(join(dir, kept), "utf8")).toContain("2442");
  });

  it("sets a damaged session file aside and tells, so a lost language is not silent", async () => {
    const dir = fresh();
    const first = fileStorage(dir);
    await first.session.write("77", { lang: "kk" });
    const folder = join(dir, "sessions", "77");
    const file = join(folder, "77.json");
    expect(existsSync(file)).toBe(true);
    writeFileSync(file, '{"lang": "k');
    const damaged: string[] = [];
    const second = fileStorage(dir, { onDamaged: (what) => damaged.push(what) });
    expect(await second.session.read("77")).toBeUndefined();
    expect(damaged).toEqual(["77/77.json"]);
    expect(readdirSync(folder).some((f) => f.startsWith("77.json.corrupt-"))).toBe(true);
  });

  it("starts a fresh line after a line a crash cut short, so the next question is not swallowed", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "gaps.jsonl"), '{"q":"first","lang":"ru","at":"2026-12-01T00:00:00Z"}\n{"q":"cut sh');
    const storage = fileStorage(dir);
    await storage.gaps.record({ q: "next", lang: "kk", at: "2026-12-02T00:00:00Z" });
    expect((await storage.gaps.all()).map((g) => g.q)).toEqual(["first", "next"]);
  });

  it("sweeps the temp files of writes a crash interrupted", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "sessions", "12"), { recursive: true });
    const stale = join(dir, "sessions", "12", "12.json.999.0.tmp");
    const recent = join(dir, "sessions", "12", "12.json.999.1.tmp");
    writeFileSync(stale, "{");
    writeFileSync(recent, "{");
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(stale, old, old);
    fileStorage(dir);
    for (let i = 0; i < 40 && existsSync(stale); i++) await sleep(25);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});
