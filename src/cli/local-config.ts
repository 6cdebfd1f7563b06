import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { type Config, ConfigError, loadConfig } from "../config.js";

/**
 * The configuration for a terminal tool (ask, chat): .env under the environment, validated like the bot's. .env is
 * read without copying it into process.env, so its LOG_LEVEL does not start writing log lines into ask's output.
 */
export function localConfig(tool: string, env: NodeJS.ProcessEnv = process.env, file = ".env"): Config {
  try {
    const fromFile = existsSync(file) ? parseEnv(readFileSync(file, "utf8")) : {};
    return loadConfig({ ...fromFile, ...env, BOT_MODE: "terminal" });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`${tool}: ${err.message}`);
    process.exit(2);
  }
}
