import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { COMMANDS, registerCommands } from "../../../src/bot/commands.js";
import { createI18n } from "../../../src/i18n.js";
import { LANGS } from "../../../src/knowledge/schema.js";
import { FakeTelegram } from "../../../src/local/fake-telegram.js";
import { createLogger } from "../../../src/logger.js";
import { testChat } from "../../helpers/harness.js";

function setup() {
  const telegram = new FakeTelegram();
  const lines: string[] = [];
  const logger = createLogger("info", [], { write: (l) => void lines.push(l) });
  return { telegram, lines, logger, api: new Api("123456:secret-token-value", { fetch: telegram.fetch }) };
}

type Menu = { commands: { command: string; description: string }[]; language_code?: string };

describe("registerCommands", () => {
  it("sets a command menu for kk, ru, en and a default", async () => {
    const { telegram, logger, api } = setup();
    expect(await registerCommands(api, logger)).toBe(true);
    const menus = telegram.calls.filter((c) => c.method === "setMyCommands").map((c) => c.payload as Menu);
    expect(menus.map((m) => m.language_code ?? "default").sort()).toEqual(["default", "en", "kk", "ru"]);
    for (const m of menus) {
      expect(m.commands.map((c) => c.command)).toEqual([...COMMANDS]);
      for (const c of m.commands) {
        expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(c.description.length).toBeGreaterThanOrEqual(1);
        expect(c.description.length).toBeLessThanOrEqual(256);
        expect(c.description).not.toMatch(/^commands\./);
      }
    }
    const describe = (code?: string) =>
      menus.find((m) => m.language_code === code)?.commands.find((c) => c.command === "calendar")?.description;
    expect(describe("kk")).toBe("Сайлау күнтізбесі");
    expect(describe("ru")).toBe("Календарь выборов");
    expect(describe("en")).toBe("Election calendar");
    expect(describe(undefined)).toBe("Election calendar");
  });

  it("logs a failure and carries on with the other menus", async () => {
    const { telegram, lines, logger, api } = setup();
    telegram.intercept(({ method, payload }) =>
      method === "setMyCommands" && payload.language_code === "kk"
        ? new Response(JSON.stringify({ ok: false, error_code: 400, description: "Bad Request: test failure" }), {
            headers: { "content-type": "application/json" },
          })
        : undefined,
    );
    expect(await registerCommands(api, logger)).toBe(false);
    expect(telegram.calls.filter((c) => c.method === "setMyCommands")).toHaveLength(3);
    const warnings = lines.map((l) => JSON.parse(l) as { msg: string; language: string; err: string });
    expect(warnings).toMatchObject([
      { msg: "setMyCommands failed; continuing", language: "kk", err: expect.stringContaining("test failure") },
    ]);
    expect(lines.join("")).not.toContain("secret-token-value");
  });

  it("survives a network failure", async () => {
    const { lines, logger } = setup();
    const api = new Api("123456:secret-token-value", {
      fetch: (async () => {
        throw new Error("ECONNREFUSED");
      }) as typeof fetch,
    });
    await expect(registerCommands(api, logger)).resolves.toBe(false);
    expect(lines).toHaveLength(4);
    expect(lines.join("")).not.toContain("secret-token-value");
  });
});

describe("/help", () => {
  it.each(LANGS)("names every command of the menu, /stop among them (%s)", (lang) => {
    const help = createI18n()(lang)("help.text");
    for (const command of [...COMMANDS.filter((c) => c !== "help"), "stop"]) expect(help).toContain(`/${command}`);
  });
});

describe("a command the bot does not have", () => {
  it.each([
    ["kk", "/foo деген команданы білмеймін."],
    ["ru", "Команды /foo я не знаю."],
    ["en", "I don't know the command /foo."],
  ] as const)("is named before the help, so the help does not read as an answer (%s)", async (lang, head) => {
    const chat = testChat({ lang });
    const [reply] = await chat.send("/foo");
    const help = createI18n()(lang)("help.text");
    expect(reply?.text.startsWith(head)).toBe(true);
    expect(reply?.text).toContain(help.replace(/<\/?b>/g, "").slice(0, 40));
  });

  it("mid-flow, is named and the step is asked again", async () => {
    const chat = testChat({ lang: "en" });
    await chat.send("/voting");
    const replies = await chat.send("/foo");
    expect(replies[0]?.text.startsWith("I don't know the command /foo.")).toBe(true);
    expect(replies.at(-1)?.text).toContain("let's continue where we left off");
  });
});
