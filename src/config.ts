import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const schema = z.object({
  BOT_TOKEN: optionalString,
  BOT_MODE: z.enum(["polling", "webhook", "terminal"]).optional(),
  TELEGRAM_API_ROOT: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATA_DIR: z.string().default("data"),
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
  return { ...cfg, mode };
}
