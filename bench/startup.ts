// Child process: time from process start to a ready bot (knowledge loaded, search index loaded as `npm start` does, middleware composed), by phase.
const boot = performance.now();
const { createBot } = await import("../src/bot/create-bot.js");
const { loadKnowledge } = await import("../src/knowledge/load.js");
const { loadSearcher } = await import("../src/knowledge/search-cache.js");
const { createDeps } = await import("../src/app.js");
const { LOCAL_BOT_INFO } = await import("../src/local/fake-telegram.js");
const { createLogger } = await import("../src/logger.js");
const imported = performance.now();
const kb = loadKnowledge();
const loaded = performance.now();
const searcher = loadSearcher(kb);
const indexed = performance.now();
const bot = createBot("1:startup", createDeps({ kb, searcher, logger: createLogger("silent") }), {
  botInfo: LOCAL_BOT_INFO,
});
await bot.init();
const ready = performance.now();
const phases = {
  boot,
  imports: imported - boot,
  knowledge: loaded - imported,
  searcher: indexed - loaded,
  bot: ready - indexed,
};
process.stdout.write(
  `${JSON.stringify({ readyMs: ready, phases, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
