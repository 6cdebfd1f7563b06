import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createDeps, createLocalChat } from "../../../src/app.js";
import { orderKeys } from "../../../src/bot/middlewares/order.js";
import { fileStorage } from "../../../src/storage/index.js";
import { silentLogger } from "../../helpers/harness.js";

describe("the order of one user's updates", () => {
  it.each([
    [{ chat: { id: -100500 }, from: { id: 55 } }, ["-100500", "55"]],
    [{ chat: { id: 55 }, from: { id: 55 } }, ["55"]],
    [{ from: { id: 7 } }, ["7"]],
  ])("keys %j by chat and by user, sorted", (ctx, keys) => {
    expect(orderKeys(ctx as never)).toEqual(keys);
  });

  it("keeps a slow group question from putting back the language the user has just changed in private", async () => {
    const storage = fileStorage(mkdtempSync(join(tmpdir(), "saylau-order-")));
    const chat = createLocalChat(createDeps({ logger: silentLogger, storage }), { id: 55, first_name: "A" });
    chat.bot.api.config.use(async (prev, method, payload, signal) => {
      if (method === "sendMessage" && Number((payload as { chat_id: number }).chat_id) < 0)
        await new Promise((r) => setTimeout(r, 200));
      return prev(method, payload, signal);
    });
    await storage.session.write("55", { lang: "en" });
    const from = { id: 55, is_bot: false, first_name: "A", language_code: "en" };
    const inGroup = {
      update_id: 1,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: -9, type: "group", title: "G" },
        from,
        text: "@saylau_bot when were the elections",
        entities: [{ type: "mention", offset: 0, length: 11 }],
      },
    } as Update;
    const russian = {
      update_id: 2,
      callback_query: {
        id: "1",
        from,
        chat_instance: "x",
        data: "l:ru",
        message: { message_id: 1, date: 0, chat: { id: 55, type: "private", first_name: "A" }, text: "" },
      },
    } as Update;
    await Promise.all([chat.bot.handleUpdate(inGroup), chat.bot.handleUpdate(russian)]);
    expect(await storage.session.read("55")).toEqual({ lang: "ru" });
    await storage.close();
  });
});
