import { MemorySessionStorage, type StorageAdapter } from "grammy";
import { describe, expect, it } from "vitest";
import { memoryStorage, type SessionData } from "../../src/storage/index.js";
import { skipUnchangedWrites } from "../../src/storage/unchanged-writes.js";
import { testChat } from "../helpers/harness.js";

function counting<T>(inner: StorageAdapter<T>) {
  const writes: string[] = [];
  const adapter: StorageAdapter<T> = {
    read: (key) => inner.read(key),
    write: (key, value) => {
      writes.push(`${key}=${JSON.stringify(value)}`);
      return inner.write(key, value);
    },
    delete: (key) => inner.delete(key),
  };
  return { adapter, writes };
}

describe("skipUnchangedWrites", () => {
  it("writes a new key and a changed value, and skips a value written back unchanged", async () => {
    const { adapter, writes } = counting(new MemorySessionStorage<SessionData>());
    const storage = skipUnchangedWrites(adapter);
    expect(await storage.read("1")).toBeUndefined();
    await storage.write("1", {});
    const value = (await storage.read("1"))!;
    await storage.write("1", value);
    // The memory storage hands out the stored object itself: a change made in place must still be written.
    value.lang = "kk";
    await storage.write("1", value);
    await storage.read("1");
    await storage.write("1", { lang: "kk" });
    expect(writes).toEqual(["1={}", '1={"lang":"kk"}']);
  });

  it("writes without a read before it, and forgets what it saw once its bound is reached", async () => {
    const { adapter, writes } = counting(new MemorySessionStorage<SessionData>());
    const storage = skipUnchangedWrites(adapter, 2);
    for (const key of ["a", "b", "c"]) await storage.write(key, { lang: "ru" });
    for (const key of ["a", "b", "c"]) await storage.read(key);
    await storage.write("c", { lang: "ru" });
    await storage.write("a", { lang: "ru" });
    expect(writes).toEqual(['a={"lang":"ru"}', 'b={"lang":"ru"}', 'c={"lang":"ru"}', 'a={"lang":"ru"}']);
  });

  it("keeps the bot from rewriting a session that questions do not change", async () => {
    const storage = memoryStorage();
    const { adapter, writes } = counting(storage.session);
    const chat = testChat({ lang: "ru", deps: { storage: { ...storage, session: adapter } } });
    await chat.send("когда были выборы в мажилис");
    await chat.send("сколько мест в мажилисе");
    await chat.send("/start");
    expect(writes).toHaveLength(1);
  });
});
