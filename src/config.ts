import { z } from "zod";
import { parseInstant } from "./clock.js";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const int = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const onOff = (fallback: boolean) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .enum(["on", "off", "true", "false", "1", "0", "yes", "no"])
      .default(fallback ? "on" : "off")
      .transform((v) => ["on", "true", "1", "yes"].includes(v)),
  );

// z.string().url() takes "localhost:1234" (scheme "localhost:"): an address the bot calls must be http(s) with a host.
const httpUrl = (scheme: "http" | "https") =>
  z.string().refine(
    (v) => {
      try {
        const u = new URL(v);
        return (scheme === "http" ? ["http:", "https:"] : ["https:"]).includes(u.protocol) && u.hostname !== "";
      } catch {
        return false;
      }
    },
    scheme === "http"
      ? "must be an http:// or https:// address with a host, e.g. http://127.0.0.1:8081"
      : "must be an https:// address with a host",
  );

const schema = z.object({
  BOT_TOKEN: optionalString,
  BOT_MODE: z.preprocess(emptyAsUndefined, z.enum(["polling", "webhook", "terminal"]).optional()),
  TELEGRAM_API_ROOT: z.preprocess(emptyAsUndefined, httpUrl("http").optional()),
  WEBHOOK_URL: z.preprocess(emptyAsUndefined, httpUrl("https").optional()),
  WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "16-256 characters of A-Z, a-z, 0-9, _ and -")
      .optional(),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().default("0.0.0.0")),
  PORT: int(0, 65535, 8080),
  REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
      .optional(),
  ),
  // Lets two bots (or a test run beside a dev bot) share one Redis without reading each other's keys.
  REDIS_PREFIX: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, "1-64 characters of A-Z, a-z, 0-9, _ . : and -")
      .default("saylau:"),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("data")),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  LOG_TEXTS: onOff(false),
  RATE_LIMIT_MAX: int(1, 10_000, 20),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 3600, 60),
  GAPS_LOG: onOff(true),
  NOTICES: onOff(true),
  // GET /metrics (Prometheus): on the webhook server in webhook mode, on METRICS_PORT in polling mode.
  METRICS: onOff(false),
  METRICS_PORT: int(1, 65535, 9464),
  FLOW_IDLE_MINUTES: int(1, 7 * 24 * 60, 30),
  // The bot's clock, stopped at this moment (for tests and for previewing what the bot says on a given day).
  BOT_NOW: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .transform((v, ctx) => {
        const at = parseInstant(v);
        if (at) return at;
        ctx.addIssue({
          code: "custom",
          message: `"${v}" is not an ISO date (2023-03-01) or date-time (2023-03-01T09:30, 2023-03-01T09:30+06:00)`,
        });
        return z.NEVER;
      })
      .optional(),
  ),
});

export type Config = z.infer<typeof schema> & { mode: "polling" | "webhook" | "terminal" };

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration (see .env.example): ${problems}`);
  }
  const cfg = parsed.data;
  const mode = cfg.BOT_MODE ?? (cfg.BOT_TOKEN ? "polling" : "terminal");
  if (mode !== "terminal" && !cfg.BOT_TOKEN) {
    throw new ConfigError(`BOT_MODE=${mode} needs BOT_TOKEN (get one from @BotFather)`);
  }
  if (mode === "webhook" && (!cfg.WEBHOOK_URL || !cfg.WEBHOOK_SECRET)) {
    throw new ConfigError("BOT_MODE=webhook needs WEBHOOK_URL (the public https:// address) and WEBHOOK_SECRET");
  }
  return { ...cfg, mode };
}
