import { run } from "@grammyjs/runner";
import { existsSync } from "node:fs";
import { createDeps } from "./app.js";
import { registerCommands } from "./bot/commands.js";
import { createBot } from "./bot/create-bot.js";
import { runChat } from "./cli/chat.js";
import { ConfigError, loadConfig } from "./config.js";
import { KnowledgeError } from "./knowledge/load.js";
import { createLogger } from "./logger.js";
import { fileStorage } from "./storage/index.js";

if (existsSync(".env")) process.loadEnvFile(".env");

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, config.BOT_TOKEN);
  const deps = createDeps({ logger, storage: fileStorage(config.DATA_DIR) });
  if (config.mode === "terminal") return runChat(deps);

  const bot = createBot(config.BOT_TOKEN!, deps, { client: config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {} });
  await bot.init();
  await registerCommands(bot.api, logger);

  const runner = run(bot);
  logger.info({ username: bot.botInfo.username, mode: config.mode }, "bot started");
  const stop = async () => {
    logger.info("shutting down");
    if (runner.isRunning()) await runner.stop();
    await deps.storage.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof KnowledgeError) {
    console.error(`saylau-bot: ${err.message}`);
  } else {
    console.error(`saylau-bot: failed to start: ${(err as Error).name}: ${(err as Error).message}`);
  }
  process.exit(1);
});
