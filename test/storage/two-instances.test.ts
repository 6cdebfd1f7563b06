import type { StorageAdapter } from "grammy";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDeps } from "../../src/app.js";
import type { BotDeps } from "../../src/bot/context.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createI18n } from "../../src/i18n.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { LocalChat, type Reply } from "../../src/local/local-chat.js";
import { callbackUpdate, textUpdate } from "../../src/local/updates.js";
import type { BotStorage } from "../../src/storage/index.js";
import { redisStorage } from "../../src/storage/redis.js";
import { silentLogger } from "../helpers/harness.js";
import { connectTestRedis, describeRedis, removeTestKeys, TEST_PREFIX } from "./redis-env.js";

const en = createI18n()("en");

describeRedis("two instances on one Redis (real Redis at REDIS_URL)", () => {
  const storages: BotStorage[] = [];
  const ops: string[] = [];
  const base = createDeps({ logger: silentLogger });

  function traced<T>(adapter: StorageAdapter<T>, name: string): StorageAdapter<T> {
    return {
      read: async (k) => {
        ops.push(`${name}:read:${k}`);
        return adapter.read(k);
      },
      write: async (k, v) => {
        await new Promise((r) => setTimeout(r, 2));
        ops.push(`${name}:write:${k}`);
        return adapter.write(k, v);
      },
      delete: (k) => adapter.delete(k),
    };
  }

  function instance(
    redis: Redis,
    name: string,
    user: { id: number; first_name: string; language_code: string },
    protect?: BotDeps["protect"],
  ) {
    const plain = redisStorage(redis, { prefix: TEST_PREFIX, lockTtlMs: 10_000, lockWaitMs: 10_000 });
    storages.push(plain);
    const storage = { ...plain, session: traced(plain.session, name) };
    const telegram = new FakeTelegram();
    // Each reply is traced too, so the log shows whether one update finished before the next read its session.
    const fetch = ((input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith("/sendMessage")) ops.push(`${name}:send:${user.id}`);
      return telegram.fetch(input, init);
    }) as typeof globalThis.fetch;
    const bot = createBot(
      "1:two",
      { ...base, storage, ...(protect ? { protect } : {}) },
      { botInfo: LOCAL_BOT_INFO, client: { fetch } },
    );
    return new LocalChat(bot, telegram, user);
  }

  let clients: Redis[] = [];
  beforeAll(async () => {
    clients = [await connectTestRedis(), await connectTestRedis()];
  });
  afterAll(async () => {
    if (clients[0]) await removeTestKeys(clients[0]);
    await Promise.all(storages.map((s) => s.close()));
  });

  const user = () => ({ id: 70_000_000 + Math.floor(Math.random() * 1e6), first_name: "Two", language_code: "en" });

  it("a flow started on one instance continues on the other, step after step", async () => {
    const u = user();
    const [a, b] = [instance(clients[0]!, "A", u), instance(clients[1]!, "B", u)];
    const pressOn = async (chat: LocalChat, last: Reply[], label: string) => {
      const button = last.flatMap((r) => r.buttons).find((x) => x.text === label);
      if (!button?.data) throw new Error(`no "${label}" under ${last.map((r) => r.text).join(" / ")}`);
      return chat.dispatch(callbackUpdate(button.data, button.messageId, u));
    };
    let last = await a.dispatch(textUpdate("/eligibility", u));
    expect(last[0]?.text).toContain(en("eligibility.chooseOffice"));
    last = await pressOn(b, last, en("eligibility.office.maslikhat"));
    expect(last[0]?.text).toContain(en("eligibility.q.citizenship"));
    last = await pressOn(a, last, en("flow.yes"));
    expect(last[0]?.text).toContain(en("eligibility.q.age").slice(0, 20));
    last = await b.dispatch(textUpdate("40", u));
    expect(last.map((r) => r.text).join()).not.toContain(en("eligibility.q.age").slice(0, 20));
    expect(last.map((r) => r.text).join()).not.toContain(en("callback.stale"));
  });

  it("handles one chat's concurrent updates one at a time across both instances", async () => {
    const u = user();
    const [a, b] = [instance(clients[0]!, "A", u), instance(clients[1]!, "B", u)];
    ops.length = 0;
    await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).bot.handleUpdate(textUpdate("/help", u))));
    const mine = ops.filter((o) => o.endsWith(`:${u.id}`)).map((o) => o.split(":")[1]);
    // The first update writes the new session; later ones read it and, as nothing changed, do not write it back.
    expect(mine.join(",")).toBe(["read,send,write", ...Array(15).fill("read,send")].join(","));
    expect(new Set(ops.filter((o) => o.endsWith(`:${u.id}`)).map((o) => o.split(":")[0]))).toEqual(new Set(["A", "B"]));
  });

  it("share one rate limit per user: the flood notice comes once, whichever instance counts past the limit", async () => {
    const u = user();
    const limit = { rateLimit: { max: 3, windowMs: 60_000 } };
    const [a, b] = [instance(clients[0]!, "A", u, limit), instance(clients[1]!, "B", u, limit)];
    const replies: string[][] = [];
    for (let i = 0; i < 6; i++)
      replies.push((await (i % 2 ? a : b).dispatch(textUpdate("/help", u))).map((r) => r.text));
    expect(replies.slice(0, 3).every((r) => r.length === 1 && r[0]!.includes("What I can do"))).toBe(true);
    expect(replies[3]).toEqual([en("limits.slowDown")]);
    expect(replies.slice(4)).toEqual([[], []]);
  });
});
