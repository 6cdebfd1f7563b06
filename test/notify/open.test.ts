import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openNotifyStore } from "../../src/notify/open.js";
import { fileStorage, memoryStorage } from "../../src/storage/index.js";

describe("openNotifyStore", () => {
  it("keeps subscriptions with the embedded storage's files, so they survive a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "saylau-notify-open-"));
    const config = loadConfig({ BOT_MODE: "terminal", DATA_DIR: dir });
    const first = openNotifyStore(fileStorage(dir), config);
    await first.subscriptions.add(77, "kk", new Date("2026-12-05T10:00:00Z"));
    await first.ledger.mark("called:x:77");
    const again = openNotifyStore(fileStorage(dir), config);
    expect(await again.subscriptions.get(77)).toEqual({ chatId: 77, lang: "kk", since: "2026-12-05T10:00:00.000Z" });
    expect(await again.ledger.has("called:x:77")).toBe(true);
  });

  it("keeps them in memory only when the bot itself has no storage on disk", async () => {
    const store = openNotifyStore(memoryStorage(), loadConfig({ BOT_MODE: "terminal" }));
    await store.subscriptions.add(1, "en", new Date());
    expect(await store.subscriptions.list()).toHaveLength(1);
  });
});
