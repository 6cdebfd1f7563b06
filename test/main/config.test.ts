import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

const TOKEN = { BOT_TOKEN: "1:abc" };

describe("the configuration", () => {
  it("defaults to polling with a token and terminal without one", () => {
    expect(loadConfig(TOKEN).mode).toBe("polling");
    expect(loadConfig({}).mode).toBe("terminal");
  });

  it("fills in production defaults", () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 8080,
      RATE_LIMIT_MAX: 20,
      RATE_LIMIT_WINDOW_SECONDS: 60,
      GAPS_LOG: true,
      LOG_TEXTS: false,
      FLOW_IDLE_MINUTES: 30,
      DATA_DIR: "data",
      REDIS_PREFIX: "saylau:",
    });
  });

  it("reads switches and numbers", () => {
    const c = loadConfig({
      ...TOKEN,
      GAPS_LOG: "off",
      LOG_TEXTS: "on",
      PORT: "3000",
      RATE_LIMIT_MAX: "5",
      REDIS_URL: "redis://127.0.0.1:6379",
      PORT_UNUSED: "x",
    });
    expect(c).toMatchObject({
      GAPS_LOG: false,
      LOG_TEXTS: true,
      PORT: 3000,
      RATE_LIMIT_MAX: 5,
      REDIS_URL: "redis://127.0.0.1:6379",
    });
    expect(loadConfig({ REDIS_PREFIX: "saylau-staging:" }).REDIS_PREFIX).toBe("saylau-staging:");
  });

  it("reads BOT_NOW once, as a date or a date-time, and fails in one line on anything else", () => {
    expect(loadConfig({}).BOT_NOW).toBeUndefined();
    expect(loadConfig({ BOT_NOW: " " }).BOT_NOW).toBeUndefined();
    expect(loadConfig({ BOT_NOW: "2023-03-01" }).BOT_NOW?.toISOString()).toBe("2023-02-28T19:00:00.000Z");
    expect(loadConfig({ BOT_NOW: "2026-08-23T10:00+05:00" }).BOT_NOW?.toISOString()).toBe("2026-08-23T05:00:00.000Z");
    for (const bad of ["yesterday", "2023-02-30", "2023-03-01T25:00"]) {
      let message = "";
      try {
        loadConfig({ BOT_NOW: bad });
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        message = (err as Error).message;
      }
      expect(message).toMatch(
        new RegExp(`^Invalid configuration \\(see \\.env\\.example\\): BOT_NOW: "${bad}" is not an ISO date`),
      );
      expect(message).not.toContain("\n");
    }
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ BOT_MODE: "", REDIS_URL: "", PORT: "", WEBHOOK_URL: "" })).toMatchObject({
      mode: "terminal",
      PORT: 8080,
    });
  });

  it.each([
    [{ BOT_MODE: "polling" }, /BOT_MODE=polling needs BOT_TOKEN/],
    [{ ...TOKEN, BOT_MODE: "webhook" }, /WEBHOOK_URL .* and WEBHOOK_SECRET/],
    [
      { ...TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "http://x.kz/tg", WEBHOOK_SECRET: "s".repeat(20) },
      /WEBHOOK_URL: must be an https:\/\/ address with a host/,
    ],
    [
      { TELEGRAM_API_ROOT: "localhost:1234" },
      /TELEGRAM_API_ROOT: must be an http:\/\/ or https:\/\/ address with a host/,
    ],
    [{ TELEGRAM_API_ROOT: "ftp://api.example.kz" }, /TELEGRAM_API_ROOT: must be an http/],
    [{ WEBHOOK_SECRET: "short" }, /WEBHOOK_SECRET/],
    [{ PORT: "eighty" }, /PORT/],
    [{ RATE_LIMIT_MAX: "0" }, /RATE_LIMIT_MAX/],
    [{ GAPS_LOG: "maybe" }, /GAPS_LOG/],
    [{ REDIS_URL: "localhost:6379" }, /REDIS_URL: must start with redis:\/\//],
    [{ BOT_MODE: "lambda" }, /BOT_MODE/],
    [{ REDIS_PREFIX: "saylau *" }, /REDIS_PREFIX/],
  ])("fails fast on %j, naming the problem", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("accepts an http Bot API root (a local Bot API server) and an https webhook", () => {
    expect(loadConfig({ TELEGRAM_API_ROOT: "http://127.0.0.1:8081" }).TELEGRAM_API_ROOT).toBe("http://127.0.0.1:8081");
  });

  it("accepts a complete webhook setup", () => {
    const c = loadConfig({
      ...TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.kz/tg",
      WEBHOOK_SECRET: "a-long-secret_0123456789",
    });
    expect(c.mode).toBe("webhook");
  });
});
