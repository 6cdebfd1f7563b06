import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileStorage, JsonFileAdapter } from "../../src/storage/file.js";

const tempDir = () => mkdtempSync(join(tmpdir(), "saylau-storage-"));

describe("the file storage", () => {
  it("sweeps away guided-flow state idle for longer than the flow idle time, and nothing fresher", async () => {
    const dir = tempDir();
    const adapter = new JsonFileAdapter<{ step: number }>(join(dir, "conversations"));
    await adapter.write("abandoned", { step: 2 });
    await adapter.write("active", { step: 1 });
    const hourAgo = new Date(Date.now() - 3_600_000);
    const abandoned = readdirSync(join(dir, "conversations"), { recursive: true, withFileTypes: true }).find((e) =>
      e.name.startsWith("abandoned"),
    )!;
    utimesSync(join(abandoned.parentPath, abandoned.name), hourAgo, hourAgo);
    expect(await adapter.sweep(30 * 60_000)).toBe(1);
    expect(await adapter.read("abandoned")).toBeUndefined();
    expect(await adapter.read("active")).toEqual({ step: 1 });
  });

  it("keeps values across instances (a restart)", async () => {
    const dir = tempDir();
    await fileStorage(dir).session.write("42", { lang: "kk" });
    expect(await fileStorage(dir).session.read("42")).toEqual({ lang: "kk" });
  });

  it("never leaves a torn file when many writers race on one key", async () => {
    const dir = tempDir();
    const a = new JsonFileAdapter<{ n: number; pad: string }>(dir);
    const b = new JsonFileAdapter<{ n: number; pad: string }>(dir);
    await Promise.all(
      Array.from({ length: 200 }, (_, n) => (n % 2 ? a : b).write("-100123", { n, pad: "x".repeat(5000 + n) })),
    );
    const value = await a.read("-100123");
    expect(value?.pad).toHaveLength(5000 + value!.n);
    const leftovers = readdirSync(join(dir, "23")).filter((f) => f.endsWith(".tmp"));
    expect(leftovers).toEqual([]);
  });

  it.each(["../../escape", "a/b\\c", "ключ", "", "   ", "x".repeat(600), "con", "..", "%2e%2e"])(
    "stores the odd key %j inside its folder",
    async (key) => {
      const dir = tempDir();
      const store = new JsonFileAdapter<string>(join(dir, "inner"));
      await store.write(key, `value of ${key}`);
      expect(await store.read(key)).toBe(`value of ${key}`);
      expect(readdirSync(dir)).toEqual(["inner"]);
      await store.delete(key);
      expect(await store.read(key)).toBeUndefined();
    },
  );

  it("keeps distinct keys apart even when they look alike once escaped", async () => {
    const store = new JsonFileAdapter<string>(tempDir());
    const keys = ["a/b", "a%2fb", "a_b", "a-b", "\u00050", "P", "%50", "x".repeat(600), `${"x".repeat(599)}y`];
    for (const k of keys) await store.write(k, k);
    for (const k of keys) expect(await store.read(k)).toBe(k);
  });

  it("treats a corrupt file as missing instead of failing every update", async () => {
    const dir = tempDir();
    const store = new JsonFileAdapter<object>(dir);
    await store.write("77", { ok: true });
    writeFileSync(join(dir, "77", "77.json"), '{"ok": tr');
    expect(await store.read("77")).toBeUndefined();
  });

  it("counts concurrent increments exactly and keeps them on disk", async () => {
    const dir = tempDir();
    const { counters } = fileStorage(dir);
    await Promise.all(Array.from({ length: 100 }, (_, i) => counters.incr(i % 2 ? "entry-a:up" : "entry-a:down")));
    expect(await counters.all()).toEqual({ "entry-a:up": 50, "entry-a:down": 50 });
    expect(await fileStorage(dir).counters.all()).toEqual({ "entry-a:up": 50, "entry-a:down": 50 });
  });

  it("appends gaps as JSON lines without any id and reads them back", async () => {
    const dir = tempDir();
    const { gaps } = fileStorage(dir);
    await gaps.record({ q: "when are results?", lang: "en", at: "2026-01-01T00:00:00.000Z" });
    await gaps.record({ q: "қашан?", lang: "kk", at: "2026-01-02T00:00:00.000Z" });
    expect((await fileStorage(dir).gaps.all()).map((g) => g.q)).toEqual(["when are results?", "қашан?"]);
    expect(readFileSync(join(dir, "gaps.jsonl"), "utf8")).not.toMatch(/user|chat|"id"/);
  });

  it("keeps only the newest gaps, also when they are recorded all at once", async () => {
    const dir = tempDir();
    const { gaps } = fileStorage(dir, { maxGaps: 100 });
    await Promise.all(
      Array.from({ length: 250 }, (_, i) => gaps.record({ q: `q${i}`, lang: "en", at: "2026-01-01T00:00:00.000Z" })),
    );
    const kept = (await gaps.all()).map((g) => g.q);
    expect(kept.length).toBeGreaterThanOrEqual(100);
    expect(kept.length).toBeLessThanOrEqual(102);
    expect(kept.at(-1)).toBe("q249");
    expect(kept).not.toContain("q0");
    expect(new Set(kept).size).toBe(kept.length);
  });
});
