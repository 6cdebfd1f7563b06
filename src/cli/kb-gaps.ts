import { existsSync } from "node:fs";
import { ConfigError, loadConfig } from "../config.js";
import { readFeedback } from "../gaps/feedback.js";
import { groupGaps } from "../gaps/group.js";
import { openStorage } from "../storage/index.js";
import { toolArgs } from "./args.js";

if (existsSync(".env")) process.loadEnvFile(".env");

const { values } = toolArgs("kb:gaps", "usage: npm run --silent kb:gaps -- [--json] [--top N]", {
  options: { json: { type: "boolean", default: false }, top: { type: "string", default: "50" } },
});

try {
  const config = loadConfig({ ...process.env, BOT_MODE: "terminal" });
  const storage = await openStorage(config);
  const gaps = await storage.gaps.all();
  // The least liked answers first: they are the next ones to rewrite.
  const feedback = [...(await readFeedback(storage))].sort(([, a], [, b]) => b.down - a.down || a.up - b.up);
  await storage.close();
  const all = groupGaps(gaps);
  const groups = all.slice(0, Math.max(1, Number(values.top) || 50));
  if (values.json) {
    for (const g of groups) process.stdout.write(`${JSON.stringify(g)}\n`);
    for (const [entry, counts] of feedback) process.stdout.write(`${JSON.stringify({ entry, ...counts })}\n`);
  } else if (groups.length === 0) {
    console.log(`kb:gaps: no unanswered questions recorded (${config.REDIS_URL ? "Redis" : config.DATA_DIR})`);
  } else {
    console.log(`kb:gaps: ${gaps.length} unanswered questions in ${all.length} groups, most asked first\n`);
    for (const g of groups) {
      const langs = Object.entries(g.langs)
        .map(([l, n]) => `${l} ${n}`)
        .join(", ");
      console.log(`${String(g.count).padStart(5)}  ${g.question}   [${langs}; last ${g.last.slice(0, 10)}]`);
      for (const v of g.variants) console.log(`       ~ ${v}`);
    }
  }
  if (!values.json && feedback.length > 0) {
    console.log("\nFeedback on answers (👎 most first):\n");
    for (const [entry, { up, down }] of feedback)
      console.log(`  👍 ${String(up).padStart(4)}  👎 ${String(down).padStart(4)}  ${entry}`);
  }
} catch (err) {
  console.error(`kb:gaps: ${err instanceof ConfigError ? err.message : (err as Error).message}`);
  process.exitCode = 1;
}
