import { readFileSync } from "node:fs";
import type { ApiClientOptions } from "grammy";
import { parse as parseYaml } from "yaml";
import { noticeKeyboard } from "../bot/features/remind.js";
import { createI18n } from "../i18n.js";
import { isLang, LANGS, type Lang } from "../knowledge/schema.js";
import { htmlToPlain } from "../local/plain-text.js";
import { createLogger } from "../logger.js";
import {
  type Progress,
  parseAnnouncement,
  renderAnnouncement,
  runBroadcast,
  type Summary,
} from "../notify/broadcast.js";
import { NOTIFY_DEFAULTS } from "../notify/defaults.js";
import { noticeSender, openNotifyStore } from "../notify/open.js";
import { localQueue } from "../notify/queue.js";
import { bullQueue } from "../notify/queue-bullmq.js";
import { openStorage } from "../storage/index.js";
import { toolArgs } from "./args.js";
import { localConfig } from "./local-config.js";

// Sends an operator's announcement to the subscribers of reminders, within Telegram's limits, resumable.
const usage = "usage: npm run --silent broadcast -- --file announcement.yaml [--lang kk|ru|en] [--dry-run]";
const fail = (message: string, code = 2): never => {
  console.error(`broadcast: ${message}`);
  process.exit(code);
};

const { values } = toolArgs("broadcast", usage, {
  options: { file: { type: "string" }, lang: { type: "string" }, "dry-run": { type: "boolean", default: false } },
});
if (!values.file) fail(`--file is required\n${usage}`);
if (values.lang !== undefined && !isLang(values.lang))
  fail(`--lang must be kk, ru or en (got "${values.lang}")\n${usage}`);
const lang = values.lang as Lang | undefined;

let raw: unknown;
try {
  raw = parseYaml(readFileSync(values.file!, "utf8"));
} catch (err) {
  fail(`cannot read ${values.file}: ${(err as Error).message}`);
}
const parsed = parseAnnouncement(raw);
if ("problems" in parsed)
  fail(
    `${values.file} is not a valid announcement (nothing was sent):\n${parsed.problems.map((p) => `  ${p}`).join("\n")}`,
  );
const { announcement } = parsed as Exclude<typeof parsed, { problems: string[] }>;

const config = localConfig("broadcast");
if (!values["dry-run"] && !config.BOT_TOKEN)
  fail("BOT_TOKEN is not set (in .env or the environment); --dry-run shows what would be sent without it");
const logger = createLogger(
  config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL,
  [config.BOT_TOKEN],
  process.stderr,
);
const storage = await openStorage(config, logger).catch((err: Error) => fail(err.message, 1));
const store = openNotifyStore(storage, config);
const langs = lang ? [lang] : LANGS;
const subscribers = (await store.subscriptions.list()).filter((s) => langs.includes(s.lang));

if (values["dry-run"]) {
  const counts = langs.map((l) => `${l}: ${subscribers.filter((s) => s.lang === l).length}`).join(", ");
  const seconds = Math.ceil(subscribers.length / NOTIFY_DEFAULTS.broadcastPerSecond);
  // A handful of subscribers take seconds, not "about 1 min".
  const duration = seconds < 60 ? `${Math.max(1, seconds)} s` : `${Math.ceil(seconds / 60)} min`;
  console.log(
    `Dry run of "${announcement.id}": ${subscribers.length} subscriber(s) (${counts}); at ${NOTIFY_DEFAULTS.broadcastPerSecond}/s about ${duration}. Nothing is sent.`,
  );
  for (const l of langs) console.log(`\n[${l}]\n${htmlToPlain(renderAnnouncement(announcement.text, l))}`);
  await storage.close();
  process.exit(0);
}

const client: ApiClientOptions = config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {};
const queue = config.REDIS_URL
  ? bullQueue({
      url: config.REDIS_URL,
      prefix: config.REDIS_PREFIX,
      name: "broadcast",
      perSecond: NOTIFY_DEFAULTS.broadcastPerSecond,
      logger,
    })
  : localQueue(NOTIFY_DEFAULTS.concurrency);
const tFor = createI18n();

const bar = (p: Progress) => {
  const width = 24;
  const share = p.total === 0 ? 1 : p.done / p.total;
  const filled = Math.round(share * width);
  const eta =
    p.etaSeconds === undefined ? "…" : `${Math.floor(p.etaSeconds / 60)}m ${Math.round(p.etaSeconds % 60)}s left`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(share * 100)}% ${p.done}/${p.total} · ${p.rate.toFixed(1)}/s · ${eta}`;
};
// On a terminal the bar is redrawn in place; in a log file one line every few seconds.
let lastLine = 0;
const onProgress = (p: Progress) => {
  if (process.stderr.isTTY) return void process.stderr.write(`\r${bar(p)}\x1b[K`);
  if (Date.now() - lastLine < 5000 && p.done < p.total) return;
  lastLine = Date.now();
  process.stderr.write(`${bar(p)}\n`);
};

let interrupt: () => void = () => {};
const stop = new Promise<void>((resolve) => (interrupt = resolve));
process.once("SIGINT", () => interrupt());
process.once("SIGTERM", () => interrupt());

// The pacer's and the queue's timers do not hold a process open (the bot's server does); this run must stay.
const keepAlive = setInterval(() => {}, 60_000);
const summaryLine = (s: Summary) =>
  `sent ${s.sent}, blocked ${s.blocked} (unsubscribed), failed ${s.failed}, skipped ${s.skipped}`;
const result = await runBroadcast(
  announcement,
  {
    store,
    queue,
    send: noticeSender(config.BOT_TOKEN!, client),
    keyboard: (l) => noticeKeyboard(tFor(l)),
    logger,
    onProgress,
  },
  { ...(lang ? { lang } : {}), stop },
);
clearInterval(keepAlive);
if (process.stderr.isTTY) process.stderr.write("\n");
await storage.close();
if (result.interrupted) {
  console.log(
    `Interrupted: ${summaryLine(result.summary)} of ${result.total}. Run the same command again to send the rest; no one gets a second copy.`,
  );
  process.exit(130);
}
console.log(`Broadcast "${announcement.id}" done: ${summaryLine(result.summary)} of ${result.total}.`);
process.exit(result.summary.failed > 0 ? 1 : 0);
