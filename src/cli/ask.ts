import { createInterface } from "node:readline";
import { createDeps, createLocalChat } from "../app.js";
import type { DecisionTrace } from "../bot/context.js";
import { clockFor } from "../clock.js";
import { isLang, type Lang } from "../knowledge/schema.js";
import type { Reply } from "../local/local-chat.js";
import { linkNotes } from "../local/plain-text.js";
import { toolArgs } from "./args.js";
import { localConfig } from "./local-config.js";
import { exitQuietlyWhenOutputCloses } from "./quiet-pipe.js";

exitQuietlyWhenOutputCloses();

const USAGE = 'usage: npm run --silent ask -- [--lang kk|ru|en] "question"  |  --jsonl < questions.jsonl';
const { values, positionals } = toolArgs("ask", USAGE, {
  options: { lang: { type: "string" }, jsonl: { type: "boolean", default: false } },
  allowPositionals: true,
});

const last: { trace?: DecisionTrace } = {};
const deps = createDeps({ onDecision: (t) => (last.trace = t), now: clockFor(localConfig("ask").BOT_NOW) });
let userId = 1;
// `--jsonl` lines with the same "chat" value are one conversation, sharing a session (follow-ups); others get their own.
const conversations = new Map<string, ReturnType<typeof createLocalChat>>();

async function ask(
  q: string,
  lang: Lang | undefined,
  conversation?: string,
): Promise<{ replies: Reply[]; trace: DecisionTrace | undefined }> {
  delete last.trace;
  const open = () =>
    createLocalChat(deps, { id: userId++, first_name: "Curator", ...(lang ? { language_code: lang } : {}) });
  let chat = conversation === undefined ? undefined : conversations.get(conversation);
  if (!chat) {
    chat = open();
    if (conversation !== undefined) conversations.set(conversation, chat);
  }
  const replies = await chat.send(q);
  return { replies, trace: last.trace };
}

const render = (replies: Reply[]) => replies.map((r) => r.text).join("\n\n");

if (values.jsonl) {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let q = "";
    let lang: Lang | undefined;
    let conversation: string | undefined;
    try {
      const parsed = JSON.parse(line) as { q?: unknown; lang?: unknown; chat?: unknown };
      q = typeof parsed.q === "string" ? parsed.q : "";
      lang = isLang(parsed.lang) ? parsed.lang : undefined;
      if (typeof parsed.chat === "string" || typeof parsed.chat === "number") conversation = String(parsed.chat);
    } catch {
      process.stdout.write(
        `${JSON.stringify({ q: line, lang: null, id: null, score: null, text: "", suggestions: [], error: "not JSON" })}\n`,
      );
      continue;
    }
    const { replies, trace: t } = await ask(q, lang, conversation);
    const out = {
      q,
      lang: t?.lang ?? lang ?? null,
      id: t?.id ?? null,
      score: t?.score ?? null,
      text: render(replies),
      suggestions: t?.suggestions ?? [],
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
} else {
  const q = positionals.join(" ").trim();
  if (!q) {
    console.error(USAGE);
    process.exit(2);
  }
  if (values.lang !== undefined && !isLang(values.lang)) {
    console.error(`ask: --lang must be kk, ru or en (got "${values.lang}")`);
    process.exit(2);
  }
  const { replies } = await ask(q, values.lang as Lang | undefined);
  // Read by a person, the links are notes under the text, as in the terminal chat; --jsonl keeps the text whole.
  const shown = replies.map((r) => {
    const { text, notes } = linkNotes(r.text);
    return [text, ...notes].join("\n");
  });
  console.log(shown.join("\n\n"));
  for (const r of replies) for (const b of r.buttons) console.log(`  [${b.text}]`);
}
