import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDeps } from "../../src/app.js";
import { createBot } from "../../src/bot/create-bot.js";
import { FakeTelegram, LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { textUpdate } from "../../src/local/updates.js";
import { createWebhookServer, type WebhookServer } from "../../src/server/webhook.js";
import { silentLogger } from "../helpers/harness.js";

const SECRET = "test-secret-0123456789";
const deps = createDeps({ logger: silentLogger });
let open: WebhookServer | undefined;
let gate: Promise<void> | undefined;

async function start(path = "/tg", answerWithinMs?: number, maxUpdatesInFlight?: number) {
  const telegram = new FakeTelegram();
  const slowFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    if (String(input).endsWith("/sendMessage")) await gate;
    return telegram.fetch(input, init);
  }) as typeof fetch;
  const bot = createBot("1:webhook", deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: slowFetch } });
  open = createWebhookServer(bot, {
    secret: SECRET,
    path,
    logger: silentLogger,
    ...(answerWithinMs ? { answerWithinMs } : {}),
    ...(maxUpdatesInFlight ? { maxUpdatesInFlight } : {}),
  });
  const { port } = (await open.listen(0, "127.0.0.1")) as AddressInfo;
  const post = (body: string, headers: Record<string, string> = { "x-telegram-bot-api-secret-token": SECRET }) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    });
  return { telegram, port, post };
}

/** Closes the server and checks, after a while, that it is still waiting for the update held at the gate. */
async function closeWhileHeld(release: () => void): Promise<void> {
  const closing = open!.close();
  let closed = false;
  void closing.then(() => (closed = true));
  await new Promise((r) => setTimeout(r, 100));
  expect(closed).toBe(false);
  release();
  await closing;
  gate = undefined;
  open = undefined;
}

afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe("the webhook server", () => {
  it("handles an update that carries the secret token", async () => {
    const { telegram, post } = await start();
    const res = await post(JSON.stringify(textUpdate("/start", { id: 77, first_name: "A", language_code: "ru" })));
    expect(res.status).toBe(200);
    expect(
      telegram
        .take()
        .filter((c) => c.method === "sendMessage")
        .map((c) => c.payload.chat_id),
    ).toEqual([77]);
  });

  it.each([
    ["no secret", {}],
    ["a wrong secret", { "x-telegram-bot-api-secret-token": "test-secret-0123456780" }],
    ["a short secret", { "x-telegram-bot-api-secret-token": "x" }],
  ])("refuses a request with %s with 401 and does not process it", async (_, headers) => {
    const { telegram, post } = await start();
    const res = await post(JSON.stringify(textUpdate("/start")), headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(telegram.take()).toEqual([]);
  });

  it.each(["{not json", "", "null", "[]", '"text"', '{"message":{}}', '{"update_id":"1"}'])(
    "answers 400 to the malformed body %j and keeps serving",
    async (body) => {
      const { telegram, post } = await start();
      expect((await post(body)).status).toBe(400);
      expect(telegram.take()).toEqual([]);
      expect((await post(JSON.stringify(textUpdate("/help")))).status).toBe(200);
      expect(telegram.take().some((c) => c.method === "sendMessage")).toBe(true);
    },
  );

  it("accepts an update type it does not know and sends nothing", async () => {
    const { telegram, post } = await start();
    const res = await post(JSON.stringify({ update_id: 99, some_future_update: { id: 1, from: { id: 5 } } }));
    expect(res.status).toBe(200);
    expect(telegram.take()).toEqual([]);
  });

  it("answers GET /healthz with a small JSON and 404 elsewhere", async () => {
    const { port } = await start();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/tg`)).status).toBe(405);
  });

  it("finishes the update in flight when closed, then stops listening", async () => {
    const { telegram, post, port } = await start();
    let release!: () => void;
    gate = new Promise<void>((r) => (release = r));
    const pending = post(JSON.stringify(textUpdate("/start", { id: 78, first_name: "B" })));
    await new Promise((r) => setTimeout(r, 100));
    await closeWhileHeld(release);
    expect((await pending).status).toBe(200);
    expect(telegram.take().filter((c) => c.method === "sendMessage")).toHaveLength(1);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it("answers a slow update in time, and still waits for it to finish when closed", async () => {
    const { telegram, post } = await start("/tg", 50);
    let release!: () => void;
    gate = new Promise<void>((r) => (release = r));
    expect((await post(JSON.stringify(textUpdate("/start", { id: 79, first_name: "B" })))).status).toBe(200);
    expect(telegram.take().filter((c) => c.method === "sendMessage")).toHaveLength(0);
    await closeWhileHeld(release);
    expect(telegram.take().filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });
});

describe("the webhook server over capacity", () => {
  it("refuses an update with 503 while too many are in flight, so Telegram delivers it again, and takes it after", async () => {
    const { telegram, post } = await start("/tg", 50, 1);
    let release!: () => void;
    gate = new Promise<void>((r) => (release = r));
    expect((await post(JSON.stringify(textUpdate("/start", { id: 80, first_name: "A" })))).status).toBe(200);
    const refused = await post(JSON.stringify({ ...textUpdate("/help", { id: 81, first_name: "B" }), update_id: 2 }));
    expect(refused.status).toBe(503);
    release();
    gate = undefined;
    await new Promise((r) => setTimeout(r, 50));
    const again = await post(JSON.stringify({ ...textUpdate("/help", { id: 81, first_name: "B" }), update_id: 2 }));
    expect(again.status).toBe(200);
    const chats = telegram
      .take()
      .filter((c) => c.method === "sendMessage")
      .map((c) => c.payload.chat_id);
    expect(chats).toEqual([80, 81]);
  });
});

describe("GET /readyz", () => {
  it("is 200 while the storage answers and 503 with the failing check when it does not", async () => {
    let redisUp = true;
    const bot = createBot("1:ready", deps, { botInfo: LOCAL_BOT_INFO, client: { fetch: new FakeTelegram().fetch } });
    open = createWebhookServer(bot, { secret: SECRET, logger: silentLogger, ready: async () => ({ redis: redisUp }) });
    const { port } = (await open.listen(0, "127.0.0.1")) as AddressInfo;
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ok: true, draining: false, redis: true }]);
    redisUp = false;
    const down = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect([down.status, await down.json()]).toEqual([503, { ok: false, draining: false, redis: false }]);
    // Liveness is another question: the process is up.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });
});
